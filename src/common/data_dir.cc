#include "common/data_dir.h"

#include <Poco/Environment.h>
#include <Poco/File.h>
#include <Poco/Path.h>

#include <array>
#include <filesystem>

namespace cabut {
namespace {

bool holdsRules(const std::filesystem::path& dir) {
  std::error_code ignored;
  return std::filesystem::is_directory(dir / "rules", ignored);
}

std::filesystem::path executableDir() {
  std::error_code ignored;
  auto exe = std::filesystem::read_symlink("/proc/self/exe", ignored);
  return exe.empty() ? std::filesystem::path() : exe.parent_path();
}

}  // namespace

std::string dataDir() {
  if (Poco::Environment::has("CABUT_HOME")) return Poco::Environment::get("CABUT_HOME");
  const auto exeDir = executableDir();
  if (!exeDir.empty()) {
    const std::array candidates{exeDir.parent_path(), exeDir.parent_path() / "share" / "cabut",
                                exeDir.parent_path().parent_path()};
    for (const auto& candidate : candidates)
      if (holdsRules(candidate)) return candidate.lexically_normal().string();
  }
  if (holdsRules(CABUT_DATA_DIR)) return CABUT_DATA_DIR;
  return CABUT_SOURCE_DIR;
}

std::string defaultRulesDir() { return dataDir() + "/rules"; }
std::string defaultConfigDir() { return dataDir() + "/config"; }

}  // namespace cabut
