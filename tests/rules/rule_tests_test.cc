// `cabut rules test`: the shipped tests pass and cover every rule both ways; a wrong
// expectation is reported as a failure.
#include <gtest/gtest.h>

#include <algorithm>

#include "rule_files.h"
#include "rules/rules.h"

namespace cabut::rules {
namespace {

TEST(RuleTests, ShippedTestsPassAndCoverEveryRuleBothWays) {
  auto checklist = Checklist::load(testing::kSourceRules);
  ASSERT_TRUE(checklist.ok()) << checklist.failure().message;
  const auto report = runRuleTests(*checklist, testing::kSourceRules + "/tests");
  for (const auto& row : report.rows)
    EXPECT_TRUE(row.passed()) << row.test << " " << row.item << ": expected " << row.expected
                              << ", got " << row.actual;
  for (const auto& problem : report.problems) ADD_FAILURE() << problem;
  EXPECT_TRUE(report.ok());
  for (const auto& id : report.untestedFail) ADD_FAILURE() << "no test makes " << id << " fail";
  for (const auto& id : report.untestedPass) ADD_FAILURE() << "no test makes " << id << " pass";
}

TEST(RuleTests, WrongExpectationAndUnknownRuleAreReported) {
  auto checklist = Checklist::load(testing::kSourceRules);
  ASSERT_TRUE(checklist.ok());
  const auto dir = testing::freshDir("rule-tests");
  testing::writeFile(dir / "lonely.case.xml",
                     "<case verdict=\"unchecked\"><document source=\"a\" pages=\"1\" "
                     "kind=\"request\"/></case>");
  testing::writeFile(dir / "lonely.expect",
                     "verdict = complete   # wrong: there is no recommendation\n"
                     "request-present = pass\nno-such-rule = pass\n");
  const auto report = runRuleTests(*checklist, dir.string());
  EXPECT_FALSE(report.ok());
  ASSERT_EQ(report.rows.size(), 2u);
  EXPECT_EQ(report.rows[0].actual, "incomplete");
  EXPECT_FALSE(report.rows[0].passed());
  EXPECT_TRUE(report.rows[1].passed());
  ASSERT_EQ(report.problems.size(), 1u);
  EXPECT_NE(report.problems[0].find("no-such-rule"), std::string::npos);
}

TEST(RuleTests, EmptyFolderIsNotASuccess) {
  auto checklist = Checklist::load(testing::kSourceRules);
  ASSERT_TRUE(checklist.ok());
  EXPECT_FALSE(runRuleTests(*checklist, testing::freshDir("no-tests").string()).ok());
}

}  // namespace
}  // namespace cabut::rules
