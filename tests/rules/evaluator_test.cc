// Evaluating rules: iteration, missing values, verdicts, runaway expressions, the functions.
#include <gtest/gtest.h>

#include "rule_files.h"
#include "rules/identity_numbers.h"
#include "rules/rules.h"

namespace cabut::rules {
namespace {

using testing::checklistDir;
using testing::rule;

const auto kToday = *parseIsoDate("2024-06-01");

const char* kTwoLetters = R"(<case verdict="unchecked">
  <document source="a.pdf" pages="1" kind="request">
    <letter_date>2024-05-02</letter_date>
    <holder><name>Muhammad Rizal, S.Kom.</name><nip>199003152015031002</nip></holder>
    <holder><name>Nur Aisyah</name><nip>199503122022212003</nip></holder>
  </document>
  <document source="b.pdf" pages="1" kind="recommendation">
    <letter_date>2024-05-01</letter_date>
    <holder><name>MUHAMMAD RIZAL</name><nip>199003152015031002</nip></holder>
  </document>
</case>)";

cases::Case parseCase(const char* text) {
  auto parsed = cases::Case::parse(text, "case.xml");
  EXPECT_TRUE(parsed.ok()) << parsed.failure().message;
  return std::move(*parsed);
}

std::shared_ptr<Checklist> loadChecklist(const std::string& name, const std::string& body) {
  auto loaded = Checklist::load(checklistDir(name, body));
  EXPECT_TRUE(loaded.ok()) << loaded.failure().message;
  return loaded.ok() ? *loaded : nullptr;
}

Evaluation evaluate(const std::shared_ptr<Checklist>& checklist, const char* caseText) {
  auto c = parseCase(caseText);
  return Evaluator(checklist, kToday).evaluate(c);
}

// Evaluates one XPath expression as a rule test on <case> and returns the outcome.
Outcome outcomeOf(const std::string& test, const char* caseText = kTwoLetters) {
  auto checklist = loadChecklist("expression", rule("x", test));
  if (!checklist) return Outcome::error;
  return evaluate(checklist, caseText).results.at(0).outcome;
}

TEST(Evaluator, IteratesOverContextNodesWithOneMessageEach) {
  auto checklist = loadChecklist(
      "iterate", rule("holder-recommended",
                      "/case/document[@kind='recommendation']/holder[nip = c:current()/nip and "
                      "c:name-similar(name, c:current()/name)]",
                      "{name} ({nip}) tidak direkomendasikan",
                      "context=\"document[@kind='request']/holder\"", "completeness"));
  const auto evaluation = evaluate(checklist, kTwoLetters);
  const auto& result = evaluation.results.at(0);
  EXPECT_EQ(result.outcome, Outcome::fail);
  ASSERT_EQ(result.messages.size(), 1u);
  EXPECT_EQ(result.messages[0].text, "Nur Aisyah (199503122022212003) tidak direkomendasikan");
  EXPECT_EQ(result.messages[0].location, "/case/document[1]/holder[2]");
  EXPECT_EQ(evaluation.verdict, cases::Verdict::incomplete);
}

TEST(Evaluator, EmptyContextFailsUnlessTheRuleSaysPass) {
  const std::string context = "context=\"document[@kind='other']\"";
  auto strict = loadChecklist("empty-fail", rule("x", "true()", "m", context));
  EXPECT_EQ(evaluate(strict, kTwoLetters).results[0].outcome, Outcome::fail);
  auto lenient =
      loadChecklist("empty-pass", rule("x", "false()", "m", context + " when-empty=\"pass\""));
  EXPECT_EQ(evaluate(lenient, kTwoLetters).results[0].outcome, Outcome::pass);
}

TEST(Evaluator, MissingValueIsAFailure) {
  EXPECT_EQ(outcomeOf("c:nip-valid(document/holder/nik)"), Outcome::fail);
  EXPECT_EQ(outcomeOf("c:days-between(document/nothing, c:today()) &gt;= 0"), Outcome::fail);
  EXPECT_EQ(outcomeOf("c:email-domain-allowed(document/holder/email, 'go.id')"), Outcome::fail);
}

TEST(Evaluator, ReportFailsWhereTheTestHolds) {
  auto checklist = loadChecklist(
      "report",
      "<rule id=\"x\" step=\"4\" severity=\"warn\" category=\"validity\"><title>t</title>"
      "<report test=\"count(document) = 2\">dua surat</report></rule>");
  const auto evaluation = evaluate(checklist, kTwoLetters);
  EXPECT_EQ(evaluation.results[0].outcome, Outcome::fail);
  EXPECT_EQ(evaluation.verdict, cases::Verdict::complete) << "warnings never change the verdict";
}

TEST(Evaluator, VerdictIncompleteWinsOverInvalid) {
  auto rules = [](Severity severity, Category category, Outcome outcome) {
    RuleResult result;
    result.rule.severity = severity;
    result.rule.category = category;
    result.outcome = outcome;
    return result;
  };
  using enum Outcome;
  const auto block = Severity::block, warn = Severity::warn;
  const auto completeness = Category::completeness, validity = Category::validity;
  EXPECT_EQ(verdictOf({}), cases::Verdict::complete);
  EXPECT_EQ(verdictOf({rules(block, validity, pass), rules(block, completeness, pass)}),
            cases::Verdict::complete);
  EXPECT_EQ(verdictOf({rules(block, validity, fail)}), cases::Verdict::invalid);
  EXPECT_EQ(verdictOf({rules(block, validity, fail), rules(block, completeness, fail)}),
            cases::Verdict::incomplete);
  EXPECT_EQ(verdictOf({rules(warn, completeness, fail), rules(warn, validity, error)}),
            cases::Verdict::complete);
  // A rule that could not be evaluated never lets a case through.
  EXPECT_EQ(verdictOf({rules(block, validity, error)}), cases::Verdict::invalid);
  EXPECT_EQ(verdictOf({rules(block, completeness, error)}), cases::Verdict::incomplete);
}

TEST(Evaluator, RunawayExpressionIsStoppedWithAnError) {
  // Many nodes, and a test that is cubic in them: libxml2's operation limit stops it.
  std::string big =
      "<case verdict=\"unchecked\"><document source=\"a\" pages=\"1\" kind=\"other\">";
  for (int i = 0; i < 400; ++i) big += "<holder><name>x</name></holder>";
  big += "</document></case>";
  auto checklist = loadChecklist(
      "runaway", rule("x", "count(//*[count(//*[count(//*) &gt; 0]) &gt; 0]) &gt; 0"));
  const auto evaluation = evaluate(checklist, big.c_str());
  EXPECT_EQ(evaluation.results[0].outcome, Outcome::error);
  ASSERT_FALSE(evaluation.results[0].messages.empty());
  EXPECT_NE(evaluation.results[0].messages[0].text.find("tidak dapat dievaluasi"),
            std::string::npos);
  EXPECT_EQ(evaluation.verdict, cases::Verdict::invalid);
}

TEST(Evaluator, LongFlatExpressionEvaluates) {
  std::string sum = "1";
  for (int i = 0; i < 1500; ++i) sum += "+1";
  EXPECT_EQ(outcomeOf(sum + " = 1501"), Outcome::pass);
}

TEST(Evaluator, FunctionErrorsAreErrorsNotCrashes) {
  EXPECT_EQ(outcomeOf("c:matches('abc', '(unclosed')"), Outcome::error);
  EXPECT_EQ(outcomeOf("c:nip-valid()"), Outcome::error);
  EXPECT_EQ(outcomeOf("c:has-title('Kepala Dinas', 'no-such-list')"), Outcome::error);
  // Catastrophic backtracking is cut by PCRE's match limit.
  EXPECT_NE(outcomeOf("c:matches('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab', "
                      "'^(a|a|aa)*c$')"),
            Outcome::pass);
}

TEST(Functions, DatesAndToday) {
  EXPECT_EQ(outcomeOf("c:today() = '2024-06-01'"), Outcome::pass);
  EXPECT_EQ(outcomeOf("c:days-between('2024-05-02', c:today()) = 30"), Outcome::pass);
  EXPECT_EQ(outcomeOf("c:days-between(document[1]/letter_date, document[2]/letter_date) = -1"),
            Outcome::pass);
  EXPECT_EQ(outcomeOf("string(c:days-between('2024-02-30', c:today())) = 'NaN'"), Outcome::pass);
  EXPECT_EQ(outcomeOf("c:is-date('2024-02-29') and not(c:is-date('2023-02-29'))"), Outcome::pass);
}

TEST(Functions, IdentityNumbers) {
  EXPECT_EQ(outcomeOf("c:nip-valid(document[1]/holder[2]/nip)"), Outcome::pass);
  EXPECT_EQ(outcomeOf("c:nip-kind(document[1]/holder[2]/nip) = 'pppk'"), Outcome::pass);
  EXPECT_EQ(outcomeOf("c:nip-birth-date('199003152015031002') = '1990-03-15'"), Outcome::pass);
  EXPECT_EQ(outcomeOf("c:nip-gender('199503122022212003') = 'female'"), Outcome::pass);
  EXPECT_EQ(outcomeOf("c:nip-birth-date('199013152015031002') = ''"), Outcome::pass);
  EXPECT_EQ(outcomeOf("c:nik-valid('7601015203950004', '199503122022212003')"), Outcome::pass);
  EXPECT_EQ(outcomeOf("c:nik-valid('7601011203950004', '199503122022212003')"), Outcome::fail)
      << "a man's NIK for a woman's NIP";
  EXPECT_EQ(outcomeOf("c:nik-valid('7601015203950004', '')"), Outcome::pass);
  EXPECT_EQ(outcomeOf("c:nik-birth-date('7601015203950004') = '1995-03-12' and "
                      "c:nik-gender('7601015203950004') = 'female'"),
            Outcome::pass);
}

TEST(Functions, TextMatching) {
  EXPECT_EQ(outcomeOf("c:matches('800/112/II/2024/BKPSDM', '^[0-9.]+/[0-9]+/')"), Outcome::pass);
  EXPECT_EQ(outcomeOf("c:matches('abc', '^ABC$', 'i') and not(c:matches('abc', '^ABC$'))"),
            Outcome::pass);
  EXPECT_EQ(outcomeOf("c:name-similar(document[1]/holder[1]/name, document[2]/holder[1]/name)"),
            Outcome::pass);
  EXPECT_EQ(outcomeOf("c:name-similar('Nur Aisyah', 'Muhammad Rizal')"), Outcome::fail);
  EXPECT_EQ(outcomeOf("c:name-similar('Nur Aisyah', 'Nur Aisah', 0.99)"), Outcome::fail);
  EXPECT_EQ(outcomeOf("c:email-domain-allowed('a@mamujukab.go.id', 'go.id')"), Outcome::pass);
  EXPECT_EQ(outcomeOf("c:same-office('Dinas Kesehatan', 'dinas kesehatan kabupaten mamuju')"),
            Outcome::pass);
}

TEST(Functions, TitleVocabularyFromTheChecklist) {
  auto checklist = loadChecklist(
      "titles",
      "<vocabulary id=\"heads\"><ignore-prefix>plt</ignore-prefix><term>kepala</term>"
      "<exclude>kepala bidang</exclude></vocabulary>\n" +
          rule("x",
               "c:has-title('Plt. KEPALA DINAS', 'heads') and "
               "not(c:has-title('Kepala Bidang Umum', 'heads')) and "
               "c:after-title('Kepala Dinas Kesehatan', 'heads') = 'dinas kesehatan'"));
  EXPECT_EQ(evaluate(checklist, kTwoLetters).results[0].outcome, Outcome::pass);
}

TEST(Evaluator, CheckWritesResultsIntoTheCaseAndItStaysValid) {
  auto checklist = Checklist::load(testing::kSourceRules);
  ASSERT_TRUE(checklist.ok()) << checklist.failure().message;
  auto c = parseCase(kTwoLetters);
  Evaluator evaluator(*checklist, kToday);
  evaluator.check(c);
  evaluator.check(c);  // checking again replaces, never doubles, the results
  EXPECT_EQ(c.verdict(), cases::Verdict::incomplete);
  const std::string xml = c.toXml();
  EXPECT_EQ(xml.find("<checks"), xml.rfind("<checks"));
  EXPECT_NE(xml.find("rule=\"recommendation-signed-by-head\""), std::string::npos);
  const auto problem = cases::validateCase(c, testing::kSourceRules + "/case.xsd", "checked-case");
  EXPECT_FALSE(problem.has_value()) << problem->message;
}

}  // namespace
}  // namespace cabut::rules

namespace cabut::rules {
namespace {

TEST(DefaultChecklist, OddCasesAreNeverComplete) {
  auto checklist = Checklist::load(testing::kSourceRules);
  ASSERT_TRUE(checklist.ok()) << checklist.failure().message;
  Evaluator evaluator(*checklist, kToday);
  const char* odd[] = {
      R"(<case verdict="unchecked"/>)",
      R"(<case verdict="unchecked"><error source="a.pdf" code="empty-file">kosong</error></case>)",
      R"(<case verdict="unchecked"><document source="a" pages="1" kind="request"/>
         <document source="b" pages="1" kind="recommendation"/></case>)",
      R"(<case verdict="unchecked"><document source="a" pages="1" kind="request"><holder/>
         </document><document source="b" pages="1" kind="recommendation"><holder/>
         </document></case>)",
  };
  for (const char* text : odd) {
    auto c = parseCase(text);
    EXPECT_NE(evaluator.evaluate(c).verdict, cases::Verdict::complete) << text;
  }
}

}  // namespace
}  // namespace cabut::rules
