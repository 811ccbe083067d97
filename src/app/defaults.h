// The embedded default configuration: cabut runs with no configuration file at all.
// config/cabut.xml documents the same keys with the same values.
#pragma once

#include <Poco/Util/AbstractConfiguration.h>

namespace cabut::app {

// Fills `config` with every key's default value (lowest priority layer).
void loadDefaults(Poco::Util::AbstractConfiguration& config);

}  // namespace cabut::app
