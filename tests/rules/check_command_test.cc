// The real `cabut check` binary on generated cases (samples/generator, --set cases): each
// verdict as the case's .expected says, from the ground-truth letters (no OCR) and from the
// scans (real OCR). Plus its exit codes.
#include <gtest/gtest.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <set>
#include <sstream>

#include "cases/case.h"
#include "rule_files.h"

namespace cabut::rules {
namespace {

namespace fs = std::filesystem;

struct Run {
  int exitCode = -1;
  std::string out, err;
};

std::string quoted(const std::string& text) {
  std::string out = "'";
  for (char ch : text) out += ch == '\'' ? std::string("'\\''") : std::string(1, ch);
  return out + "'";
}

Run runCabut(const std::string& args) {
  const auto errFile = fs::path(CABUT_TEST_DATA) / "rules" / "stderr.txt";
  fs::create_directories(errFile.parent_path());
  const std::string command = quoted(CABUT_BINARY) + " " + args + " 2>" + quoted(errFile.string());
  Run run;
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) return run;
  std::array<char, 4096> buffer{};
  for (size_t n; (n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0;)
    run.out.append(buffer.data(), n);
  const int status = pclose(pipe);
  run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  std::ifstream err(errFile);
  run.err.assign(std::istreambuf_iterator<char>(err), {});
  return run;
}

std::string verdictIn(const std::string& xml) {
  auto parsed = cases::Case::parse(xml, "output");
  return parsed.ok() ? cases::verdictName(parsed->verdict()) : "unparsable: " + xml.substr(0, 200);
}

void expectValidCase(const std::string& xml) {
  auto parsed = cases::Case::parse(xml, "output");
  ASSERT_TRUE(parsed.ok()) << parsed.failure().message;
  const auto problem = cases::validateCase(*parsed, testing::kSourceRules + "/case.xsd", "output");
  EXPECT_FALSE(problem.has_value()) << problem->message;
}

// The generated case set, made once for all tests here.
class CheckCommand : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    casesDir_ = std::make_unique<fs::path>(fs::path(CABUT_TEST_DATA) / "rules" / "cases");
    if (fs::exists(*casesDir_)) return;
    // ctest runs each test in its own process, in parallel: generate into a folder of this
    // process's own and rename it into place, so no test ever sees a half-written set.
    const fs::path mine = casesDir_->string() + ".tmp-" + std::to_string(getpid());
    fs::remove_all(mine);
    const std::string generate =
        "/usr/bin/python3 " +
        quoted(std::string(CABUT_SOURCE_DIR) + "/samples/generator/generate.py") + " --out " +
        quoted(mine.string()) + " --set cases --seed 1 >/dev/null 2>&1";
    ASSERT_EQ(std::system(generate.c_str()), 0) << generate;
    std::error_code lostTheRace;
    fs::rename(mine, *casesDir_, lostTheRace);
    if (lostTheRace) fs::remove_all(mine);
  }
  static void TearDownTestSuite() { casesDir_.reset(); }

  // name -> expected verdict, from NAME.expected ("verdict=...").
  static std::vector<std::pair<std::string, std::string>> expectedVerdicts() {
    std::vector<std::pair<std::string, std::string>> cases;
    for (const auto& entry : fs::directory_iterator(*casesDir_)) {
      if (entry.path().extension() != ".expected") continue;
      std::ifstream in(entry.path());
      std::string line;
      std::getline(in, line);
      cases.emplace_back(entry.path().stem().string(), line.substr(line.find('=') + 1));
    }
    std::sort(cases.begin(), cases.end());
    return cases;
  }

  static std::unique_ptr<fs::path> casesDir_;
};
std::unique_ptr<fs::path> CheckCommand::casesDir_;

TEST_F(CheckCommand, GroundTruthLettersGiveTheExpectedVerdicts) {
  const auto cases = expectedVerdicts();
  ASSERT_GE(cases.size(), 10u);
  for (const auto& [name, verdict] : cases) {
    const auto truth = *casesDir_ / (name + ".truth.xml");
    const auto run = runCabut("check --today 2024-06-01 " + quoted(truth.string()));
    EXPECT_EQ(run.exitCode, 0) << name << ": " << run.err;
    EXPECT_EQ(verdictIn(run.out), verdict) << name;
    expectValidCase(run.out);
  }
}

// OCR costs CI time (a few seconds per page): one or two cases per kind of verdict.
const std::set<std::string> kScannedCases{
    "complete-office",    "complete-two-holders",   "complete-combined-pdf",
    "missing-request",    "missing-recommendation", "recommendation-other-person",
    "malformed-nip",      "malformed-nik",          "future-date",
    "signatory-not-head", "personal-email",         "no-reason"};

TEST_F(CheckCommand, ScannedCaseFoldersGiveTheExpectedVerdicts) {
  const auto cases = expectedVerdicts();
  ASSERT_GE(cases.size(), 10u);
  for (const auto& [name, verdict] : cases) {
    if (!kScannedCases.count(name)) continue;
    const auto run = runCabut("check --today 2024-06-01 " + quoted((*casesDir_ / name).string()));
    EXPECT_EQ(run.exitCode, 0) << name << ": " << run.err;
    EXPECT_EQ(verdictIn(run.out), verdict) << name << "\n" << run.out;
    expectValidCase(run.out);
  }
}

TEST_F(CheckCommand, UnreadableFileStillPrintsTheCaseAndExits1) {
  const auto truth = *casesDir_ / "complete-office.truth.xml";
  const auto run =
      runCabut("check --today 2024-06-01 " + quoted(truth.string()) + " /nonexistent/scan.pdf");
  EXPECT_EQ(run.exitCode, 1);
  EXPECT_NE(run.out.find("<error source=\"/nonexistent/scan.pdf\""), std::string::npos);
  expectValidCase(run.out);
}

TEST_F(CheckCommand, BadRulesAreUsageErrors) {
  const auto dir = testing::checklistDir("bad-for-command", testing::rule("x", "c:nope()"));
  const auto truth = *casesDir_ / "complete-office.truth.xml";
  const auto run = runCabut("check --rules " + quoted(dir) + " " + quoted(truth.string()));
  EXPECT_EQ(run.exitCode, 2);
  EXPECT_TRUE(run.out.empty());
  EXPECT_NE(run.err.find("checklist.xml:3:"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("unknown function c:nope()"), std::string::npos) << run.err;

  EXPECT_EQ(runCabut("check --today 2024-13-01 " + quoted(truth.string())).exitCode, 2);
  EXPECT_EQ(runCabut("check").exitCode, 2);
  EXPECT_EQ(runCabut("check -Drules.param.no-such-param=1 " + quoted(truth.string())).exitCode, 2);
}

TEST_F(CheckCommand, ParamFromTheCommandLineChangesTheOutcome) {
  const auto truth = *casesDir_ / "complete-office.truth.xml";
  const auto strict = runCabut("check --today 2024-06-01 -Drules.param.max-letter-age-days=1 " +
                               quoted(truth.string()));
  EXPECT_EQ(verdictIn(strict.out), "invalid") << strict.err;
  const auto run =
      runCabut("check --today 2024-06-01 -Drules.param.official-email-domains=example.org " +
               quoted(truth.string()));
  EXPECT_EQ(verdictIn(run.out), "invalid");
}

TEST(RulesCommand, FailingTestsExitNonZero) {
  const auto dir = testing::freshDir("rules-command");
  testing::writeFile(dir / "t.case.xml", "<case verdict=\"unchecked\"/>");
  testing::writeFile(dir / "t.expect", "verdict = complete\n");
  const auto run = runCabut("rules test " + quoted(dir.string()));
  EXPECT_EQ(run.exitCode, 1);
  EXPECT_NE(run.out.find("FAILED"), std::string::npos);
  EXPECT_EQ(runCabut("rules").exitCode, 2);
}

}  // namespace
}  // namespace cabut::rules
