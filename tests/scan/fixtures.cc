#include "scan/fixtures.h"

#include <cstdlib>
#include <filesystem>
#include <stdexcept>

namespace cabut::testing {

const std::string& fixturesDir() {
  // Versioned: a change to the script's output gets a new folder rather than stale files.
  static const std::string dir = [] {
    const std::string path = std::string(CABUT_TEST_DATA) + "/scan-fixtures-v11";
    if (!std::filesystem::is_directory(path)) {
      std::filesystem::create_directories(CABUT_TEST_DATA);
      const std::string command =
          "/usr/bin/python3 '" CABUT_SOURCE_DIR "/tests/scan/make_fixtures.py' '" + path + "'";
      if (std::system(command.c_str()) != 0) {
        throw std::runtime_error("make_fixtures.py failed: " + command);
      }
    }
    return path;
  }();
  return dir;
}

std::string fixture(const std::string& name) {
  return fixturesDir() + "/" + name;
}

}  // namespace cabut::testing
