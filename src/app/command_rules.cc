// `cabut rules test DIR`: rule authors' tests of the checklist (format: src/rules/rules.h).
#include <Poco/Util/Option.h>
#include <Poco/Util/OptionSet.h>

#include <cstdio>
#include <iostream>

#include "app/command.h"
#include "rules/rules.h"
#include "rules/rules_config.h"

namespace cabut::app {
namespace {

constexpr int kExitTestsFailed = 1;

void printRow(const std::string& test, const std::string& item, const std::string& expected,
              const std::string& actual, const std::string& mark) {
  std::printf("%-40s %-36s %-10s %-10s %s\n", test.c_str(), item.c_str(), expected.c_str(),
              actual.c_str(), mark.c_str());
}

class RulesCommand final : public Command {
 public:
  RulesCommand()
      : Command("rules", "test DIR",
                "Run the checklist's tests: each DIR/NAME.case.xml is checked and the results "
                "compared with DIR/NAME.expect (lines `RULE-ID = pass|fail|error`, "
                "`verdict = complete|incomplete|invalid`, `today = YYYY-MM-DD`). Prints a "
                "table; exit 0 when all pass, 1 when one fails, 2 on bad usage or rules.") {}

 protected:
  void defineOptions(Poco::Util::OptionSet& options) override {
    Command::defineOptions(options);
    options.addOption(rules::rulesDirOption());
  }

  int run(const std::vector<std::string>& args) override {
    if (args.size() != 2 || args[0] != "test") {
      std::cerr << "cabut rules: usage: cabut rules test DIR (see --help)\n";
      return kExitUsage;
    }
    auto checklist = rules::loadConfiguredChecklist(config());
    if (!checklist) {
      std::cerr << "cabut rules: " << checklist.failure().message << "\n";
      return kExitUsage;
    }
    const auto report = rules::runRuleTests(*checklist, args[1]);
    printRow("TEST", "RULE", "EXPECTED", "ACTUAL", "");
    size_t failed = 0;
    for (const auto& row : report.rows) {
      printRow(row.test, row.item, row.expected, row.actual, row.passed() ? "ok" : "FAILED");
      if (!row.passed()) ++failed;
    }
    for (const auto& problem : report.problems) std::printf("PROBLEM %s\n", problem.c_str());
    auto listUntested = [](const char* what, const std::vector<std::string>& ids) {
      if (ids.empty()) return;
      std::printf("note: no test expects %s for:", what);
      for (const auto& id : ids) std::printf(" %s", id.c_str());
      std::printf("\n");
    };
    listUntested("fail", report.untestedFail);
    listUntested("pass", report.untestedPass);
    std::printf("%zu checks, %zu failed, %zu problems (%s)\n", report.rows.size(), failed,
                report.problems.size(), (*checklist)->path().c_str());
    return report.ok() ? kExitOk : kExitTestsFailed;
  }
};

const RegisterCommand registration("rules", {"test the checklist: cabut rules test DIR",
                                             runCommand<RulesCommand>});

}  // namespace
}  // namespace cabut::app
