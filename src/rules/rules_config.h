// How the configuration reaches the checklist: `rules.path` (the rules folder) and
// `rules.param.NAME` (overrides of the checklist's <param name="NAME">).
#pragma once

#include <Poco/Util/AbstractConfiguration.h>
#include <Poco/Util/Option.h>

#include "rules/rules.h"

namespace cabut::rules {

Params paramsFromConfig(const Poco::Util::AbstractConfiguration& config);

// The --rules DIR option of the commands that read the checklist (binds `check.rulesDir`).
Poco::Util::Option rulesDirOption();

// Loads the checklist from `check.rulesDir` (the --rules option) or else `rules.path`, with
// the configured params.
Result<std::shared_ptr<Checklist>> loadConfiguredChecklist(
    const Poco::Util::AbstractConfiguration& config);

}  // namespace cabut::rules
