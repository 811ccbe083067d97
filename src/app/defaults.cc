#include "app/defaults.h"

#include <Poco/Environment.h>

#include <string>
#include <utility>

#include "common/data_dir.h"

namespace cabut::app {

void loadDefaults(Poco::Util::AbstractConfiguration& config) {
  const std::pair<const char*, std::string> defaults[] = {
      {"rules.path", defaultRulesDir()},
      {"ocr.languages", "ind+eng"},
      {"ocr.deadlineSeconds", "120"},
      {"ocr.maxPixels", "150000000"},
      {"scan.maxPages", "50"},
      {"scan.rasterDpi", "300"},
      {"workers", std::to_string(Poco::Environment::processorCount())},
  };
  for (const auto& [key, value] : defaults)
    if (!config.has(key)) config.setString(key, value);
}

}  // namespace cabut::app
