// rules/: the verifier's checklist as data. Takes a case document (cases/case.h), gives one
// result per rule and the case's verdict; writes them into the case as <checks>.
//
// The checklist (rules/checklist.xml, schema rules/checklist.xsd) is a list of rules, each an
// XPath 1.0 test over the case document with the project's functions in the namespace
// bound to prefix `c` (README "cabut check" lists them). Loading validates the file and
// compiles every expression once; a bad file is refused with "FILE:LINE: reason".
//
// Threads: a Checklist and its Evaluators belong to one thread (libxml2 compiled XPath
// caches function lookups in place); load the checklist once per worker thread.
#pragma once

#include <chrono>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "cases/case.h"
#include "common/failure.h"

namespace cabut::rules {

// The namespace of the project's XPath functions; checklists use the prefix `c`.
inline constexpr const char* kFunctionNamespace = "urn:cabut:xpath";

enum class Severity { block, warn };
enum class Category { completeness, validity };
enum class Outcome { pass, fail, error };  // error: could not be evaluated (counts as fail)
const char* outcomeName(Outcome outcome);

struct RuleInfo {
  std::string id;
  std::string title;  // Bahasa Indonesia, shown beside the result
  int step = 0;       // SOP step 1..5
  Severity severity = Severity::block;
  Category category = Category::validity;
  int line = 0;  // in the checklist file
};

// Named values the rules read as XPath variables ($max-letter-age-days); the checklist gives
// defaults, configuration (`rules.param.NAME`) overrides them.
using Params = std::map<std::string, std::string>;

class Checklist {
 public:
  // Loads RULESDIR/checklist.xml, validated against RULESDIR/checklist.xsd (or, when the
  // folder has none, the default rules folder's). Failure codes: "not-xml",
  // "schema-violation", "bad-xpath", "unknown-function", "unknown-variable", "too-complex",
  // "bad-param"; messages "FILE:LINE: reason".
  static Result<std::shared_ptr<Checklist>> load(const std::string& rulesDir,
                                                 const Params& overrides = {});
  static Result<std::shared_ptr<Checklist>> loadFile(const std::string& checklistPath,
                                                     const std::string& xsdPath,
                                                     const Params& overrides = {});
  ~Checklist();
  Checklist(const Checklist&) = delete;
  Checklist& operator=(const Checklist&) = delete;

  const std::string& path() const;
  std::vector<RuleInfo> rules() const;
  const Params& params() const;

  struct Impl;

 private:
  friend class Evaluator;
  explicit Checklist(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

struct Message {
  std::string location;  // XPath of the node the message is about
  std::string text;      // the rule's message with its placeholders filled
};

struct RuleResult {
  RuleInfo rule;
  Outcome outcome = Outcome::pass;
  std::vector<Message> messages;  // one per failing node; the reason on error
};

struct Evaluation {
  std::vector<RuleResult> results;  // in checklist order
  cases::Verdict verdict = cases::Verdict::unchecked;
  std::string today;  // YYYY-MM-DD the date rules compared against
};

// incomplete when a blocking completeness rule did not pass; else invalid when a blocking
// validity rule did not pass; else complete. Warnings never change the verdict.
cases::Verdict verdictOf(const std::vector<RuleResult>& results);

// Evaluates a checklist against cases. Reusable for many cases (the XPath context with the
// project's functions is built once).
class Evaluator {
 public:
  Evaluator(std::shared_ptr<Checklist> checklist, std::chrono::year_month_day today);
  ~Evaluator();
  Evaluator(const Evaluator&) = delete;
  Evaluator& operator=(const Evaluator&) = delete;

  // Never throws; a rule that cannot be evaluated (expression too costly, bad regular
  // expression, wrong arguments) gives Outcome::error with the reason.
  Evaluation evaluate(const cases::Case& c);

  // evaluate(), then replaces the case's <checks> with the results and sets its verdict.
  Evaluation check(cases::Case& c);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Writes <checks checklist today> with one <check> per result; sets the case's verdict.
void writeChecks(cases::Case& c, const Evaluation& evaluation, const std::string& checklistPath);

// The date the system clock says (local time zone), for when --today is not given.
std::chrono::year_month_day systemToday();

// ---- Rule authors' tests (`cabut rules test DIR`) ----
// DIR/NAME.case.xml is a case document; DIR/NAME.expect lists what should come out:
//   # comment
//   today = 2024-06-01            (optional, default 2024-06-01)
//   verdict = complete            (optional)
//   RULE-ID = pass | fail | error
struct RuleTestRow {
  std::string test, item;        // item: a rule id or "verdict"
  std::string expected, actual;  // "pass"/"fail"/"error", or verdict names
  bool passed() const { return expected == actual; }
};

struct RuleTestReport {
  std::vector<RuleTestRow> rows;
  std::vector<std::string> problems;      // unreadable tests, unknown rule ids (each fails)
  std::vector<std::string> untestedFail;  // rules no test expects to fail
  std::vector<std::string> untestedPass;  // rules no test expects to pass
  bool ok() const;
};

RuleTestReport runRuleTests(const std::shared_ptr<Checklist>& checklist,
                            const std::string& testsDir);

}  // namespace cabut::rules
