#include "rules/rules_config.h"

namespace cabut::rules {

Params paramsFromConfig(const Poco::Util::AbstractConfiguration& config) {
  Params params;
  Poco::Util::AbstractConfiguration::Keys names;
  config.keys("rules.param", names);
  for (const auto& name : names) params[name] = config.getString("rules.param." + name);
  return params;
}

Poco::Util::Option rulesDirOption() {
  return Poco::Util::Option("rules", "r", "read checklist.xml from DIR")
      .required(false)
      .repeatable(false)
      .argument("DIR")
      .binding("check.rulesDir");
}

Result<std::shared_ptr<Checklist>> loadConfiguredChecklist(
    const Poco::Util::AbstractConfiguration& config) {
  const std::string rulesDir = config.getString("check.rulesDir", config.getString("rules.path"));
  return Checklist::load(rulesDir, paramsFromConfig(config));
}

}  // namespace cabut::rules
