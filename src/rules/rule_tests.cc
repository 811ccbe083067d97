// `cabut rules test`: rule authors' tests, NAME.case.xml + NAME.expect, run in name order.
#include <algorithm>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <set>

#include "rules/identity_numbers.h"
#include "rules/rules.h"

namespace cabut::rules {
namespace {

constexpr const char* kCaseSuffix = ".case.xml";
constexpr const char* kDefaultTestDate = "2024-06-01";

std::string trimmed(const std::string& text) {
  const auto first = text.find_first_not_of(" \t\r");
  if (first == std::string::npos) return "";
  return text.substr(first, text.find_last_not_of(" \t\r") - first + 1);
}

struct Expectations {
  std::string today = kDefaultTestDate;
  std::vector<std::pair<std::string, std::string>> items;  // in file order
};

std::optional<std::string> readExpectations(const std::filesystem::path& path, Expectations& out) {
  std::ifstream in(path);
  if (!in) return path.string() + ": cannot read";
  int lineNumber = 0;
  for (std::string line; std::getline(in, line);) {
    ++lineNumber;
    line = trimmed(line.substr(0, line.find('#')));
    if (line.empty()) continue;
    const auto eq = line.find('=');
    if (eq == std::string::npos)
      return path.string() + ":" + std::to_string(lineNumber) + ": expected NAME = VALUE";
    const std::string key = trimmed(line.substr(0, eq)), value = trimmed(line.substr(eq + 1));
    if (key == "today")
      out.today = value;
    else
      out.items.emplace_back(key, value);
  }
  return std::nullopt;
}

}  // namespace

bool RuleTestReport::ok() const {
  return problems.empty() && !rows.empty() &&
         std::all_of(rows.begin(), rows.end(), [](const auto& row) { return row.passed(); });
}

RuleTestReport runRuleTests(const std::shared_ptr<Checklist>& checklist,
                            const std::string& testsDir) {
  RuleTestReport report;
  std::vector<std::filesystem::path> cases;
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(testsDir, error)) {
    const std::string name = entry.path().filename().string();
    if (name.size() > std::strlen(kCaseSuffix) && name.ends_with(kCaseSuffix))
      cases.push_back(entry.path());
  }
  if (error) report.problems.push_back(testsDir + ": " + error.message());
  std::sort(cases.begin(), cases.end());

  const auto rules = checklist->rules();
  std::set<std::string> ruleIds, expectedFail, expectedPass;
  for (const auto& rule : rules) ruleIds.insert(rule.id);

  for (const auto& casePath : cases) {
    std::string name = casePath.filename().string();
    name.resize(name.size() - std::strlen(kCaseSuffix));
    const auto expectPath = casePath.parent_path() / (name + ".expect");
    Expectations expected;
    if (auto problem = readExpectations(expectPath, expected)) {
      report.problems.push_back(*problem);
      continue;
    }
    const auto today = parseIsoDate(expected.today);
    if (!today) {
      report.problems.push_back(expectPath.string() + ": today is not YYYY-MM-DD");
      continue;
    }
    auto loaded = cases::Case::readFile(casePath.string());
    if (!loaded) {
      report.problems.push_back(loaded.failure().message);
      continue;
    }
    Evaluator evaluator(checklist, *today);
    const Evaluation evaluation = evaluator.evaluate(*loaded);
    for (const auto& [item, value] : expected.items) {
      RuleTestRow row{name, item, value, ""};
      if (item == "verdict") {
        row.actual = cases::verdictName(evaluation.verdict);
      } else if (!ruleIds.count(item)) {
        report.problems.push_back(expectPath.string() + ": no rule '" + item + "' in " +
                                  checklist->path());
        continue;
      } else {
        for (const auto& result : evaluation.results)
          if (result.rule.id == item) row.actual = outcomeName(result.outcome);
        (value == "fail" ? expectedFail : expectedPass).insert(item);
      }
      report.rows.push_back(row);
    }
  }
  for (const auto& rule : rules) {
    if (!expectedFail.count(rule.id)) report.untestedFail.push_back(rule.id);
    if (!expectedPass.count(rule.id)) report.untestedPass.push_back(rule.id);
  }
  return report;
}

}  // namespace cabut::rules
