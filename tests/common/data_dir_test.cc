#include "common/data_dir.h"

#include <gtest/gtest.h>
#include <stdlib.h>

#include <filesystem>

namespace cabut {
namespace {

TEST(DataDir, FindsTheCheckoutsRulesFromTheBuildTree) {
  unsetenv("CABUT_HOME");
  EXPECT_TRUE(std::filesystem::is_directory(defaultRulesDir())) << defaultRulesDir();
}

TEST(DataDir, HonoursCabutHome) {
  setenv("CABUT_HOME", "/opt/elsewhere", 1);
  EXPECT_EQ(defaultRulesDir(), "/opt/elsewhere/rules");
  unsetenv("CABUT_HOME");
}

}  // namespace
}  // namespace cabut
