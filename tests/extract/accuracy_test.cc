// End to end: the real `cabut extract` (real OCR) on freshly generated clean and degraded
// letters, scored by ../shared/tools/score-extraction against the generator's ground truth.
// Sets are small (--count) to keep CI time to a few minutes; the floors are what the
// project measures on them (README "Measured results: extraction"), not targets.
#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <regex>
#include <string>

namespace {

namespace fs = std::filesystem;

struct PipeClose {
  void operator()(FILE* pipe) const { pclose(pipe); }
};

// Runs a shell command, returns its standard output (standard error passes through).
std::string run(const std::string& command) {
  std::unique_ptr<FILE, PipeClose> pipe(popen(command.c_str(), "r"));
  if (!pipe) return {};
  std::string output;
  std::array<char, 4096> buffer{};
  while (size_t n = fread(buffer.data(), 1, buffer.size(), pipe.get()))
    output.append(buffer.data(), n);
  return output;
}

double scoreSet(const std::string& set, int count, int seed) {
  const std::string source = CABUT_SOURCE_DIR;
  const std::string scorer = source + "/../shared/tools/score-extraction";
  if (!fs::exists(scorer)) {
    ADD_FAILURE() << "missing " << scorer << " (the shared/ folder beside the checkout)";
    return 0;
  }
  const fs::path dir = fs::path(CABUT_TEST_DATA) / "extract-accuracy" / set;
  fs::remove_all(dir);
  fs::create_directories(dir);
  const std::string generate = "/usr/bin/python3 " + source +
                               "/samples/generator/generate.py --out " + dir.string() + " --set " +
                               set + " --count " + std::to_string(count) + " --seed " +
                               std::to_string(seed) + " --quiet >&2";
  EXPECT_EQ(std::system(generate.c_str()), 0) << generate;
  const std::string report = run(scorer + " " + dir.string() + " " + CABUT_BINARY + " extract");
  std::cerr << report;
  std::smatch match;
  const std::regex overall("overall_field_accuracy=([0-9.]+)");
  if (!std::regex_search(report, match, overall)) {
    ADD_FAILURE() << "no overall_field_accuracy in the scorer's report";
    return 0;
  }
  return std::stod(match[1]);
}

TEST(ExtractionAccuracy, CleanScans) {
  EXPECT_GE(scoreSet("clean", 8, 23), 0.97);
}

TEST(ExtractionAccuracy, DegradedScans) {
  EXPECT_GE(scoreSet("degraded", 8, 23), 0.90);
}

}  // namespace
