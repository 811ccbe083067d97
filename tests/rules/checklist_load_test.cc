// Loading checklists: the default one loads; each kind of bad file is refused with its line.
#include <gtest/gtest.h>

#include "rule_files.h"
#include "rules/rules.h"

namespace cabut::rules {
namespace {

using testing::checklistDir;
using testing::rule;

Failure loadFailure(const std::string& dir, const Params& overrides = {}) {
  auto loaded = Checklist::load(dir, overrides);
  EXPECT_FALSE(loaded.ok());
  return loaded.ok() ? Failure{} : loaded.failure();
}

TEST(ChecklistLoad, DefaultChecklistLoads) {
  auto loaded = Checklist::load(testing::kSourceRules);
  ASSERT_TRUE(loaded.ok()) << loaded.failure().message;
  const auto rules = (*loaded)->rules();
  EXPECT_GE(rules.size(), 15u);
  for (const auto& info : rules) {
    EXPECT_GE(info.step, 1);
    EXPECT_LE(info.step, 5);
    EXPECT_FALSE(info.title.empty()) << info.id;
  }
  EXPECT_EQ((*loaded)->params().at("official-email-domains"), "go.id");
}

TEST(ChecklistLoad, NotXml) {
  const auto dir = checklistDir("not-xml", "<rule id=\"x\"");
  const auto failure = loadFailure(dir);
  EXPECT_EQ(failure.code, "not-xml");
  // libxml2 reports the unterminated tag where it gave up: the next line.
  EXPECT_NE(failure.message.find("checklist.xml:4:"), std::string::npos) << failure.message;
}

TEST(ChecklistLoad, SchemaViolation) {
  const auto dir =
      checklistDir("schema",
                   "<rule id=\"x\" step=\"9\" severity=\"block\" category=\"validity\">"
                   "<title>x</title><assert test=\"true()\">m</assert></rule>");
  const auto failure = loadFailure(dir);
  EXPECT_EQ(failure.code, "schema-violation");
  EXPECT_NE(failure.message.find("checklist.xml:3:"), std::string::npos) << failure.message;
  EXPECT_NE(failure.message.find("step"), std::string::npos) << failure.message;
}

TEST(ChecklistLoad, DuplicateRuleIdIsASchemaViolation) {
  const auto dir = checklistDir("duplicate", rule("x", "true()") + "\n" + rule("x", "true()"));
  EXPECT_EQ(loadFailure(dir).code, "schema-violation");
}

TEST(ChecklistLoad, XPathSyntaxErrorNamesTheLine) {
  const auto dir = checklistDir(
      "syntax", rule("fine", "true()") + "\n" + rule("broken", "document[@kind='request'"));
  const auto failure = loadFailure(dir);
  EXPECT_EQ(failure.code, "bad-xpath");
  EXPECT_NE(failure.message.find("checklist.xml:4:"), std::string::npos) << failure.message;
  EXPECT_NE(failure.message.find("broken"), std::string::npos) << failure.message;
}

TEST(ChecklistLoad, UnknownFunction) {
  EXPECT_EQ(loadFailure(checklistDir("unknown-c", rule("x", "c:nip-valide(nip)"))).code,
            "unknown-function");
  EXPECT_EQ(loadFailure(checklistDir("unknown-core", rule("x", "upper-case(name)"))).code,
            "unknown-function");
  EXPECT_EQ(loadFailure(checklistDir("unknown-prefix", rule("x", "fn:true()"))).code,
            "unknown-function");
  // In a message placeholder too.
  EXPECT_EQ(
      loadFailure(checklistDir("unknown-message", rule("x", "true()", "NIP {c:nope(nip)}"))).code,
      "unknown-function");
  // Node tests and operator names are not functions.
  auto fine = Checklist::load(
      checklistDir("not-functions", rule("x",
                                         "count(text()) = 0 and node() or 1 div 1 mod 1 = 0 or "
                                         "child::document[c:nip-valid(nip)]")));
  EXPECT_TRUE(fine.ok()) << fine.failure().message;
}

TEST(ChecklistLoad, UnknownVariable) {
  const auto dir = checklistDir(
      "variable", "<param name=\"days\">3</param>\n" + rule("x", "$days &gt; 1 and $dayz &gt; 1"));
  const auto failure = loadFailure(dir);
  EXPECT_EQ(failure.code, "unknown-variable");
  EXPECT_NE(failure.message.find("$dayz"), std::string::npos);
}

TEST(ChecklistLoad, TooDeeplyNested) {
  std::string nested = "true()";
  for (int i = 0; i < 40; ++i) nested = "not(" + nested + ")";
  const auto failure = loadFailure(checklistDir("nested", rule("x", nested)));
  EXPECT_EQ(failure.code, "too-complex");
  std::string predicates = "document";
  for (int i = 0; i < 40; ++i) predicates += "[holder";
  for (int i = 0; i < 40; ++i) predicates += "]";
  EXPECT_EQ(loadFailure(checklistDir("predicates", rule("x", predicates))).code, "too-complex");
}

TEST(ChecklistLoad, ParamOverrides) {
  const auto dir =
      checklistDir("params", "<param name=\"days\">3</param>\n" + rule("x", "$days &gt; 1"));
  auto loaded = Checklist::load(dir, {{"days", "10"}});
  ASSERT_TRUE(loaded.ok()) << loaded.failure().message;
  EXPECT_EQ((*loaded)->params().at("days"), "10");
  EXPECT_EQ(loadFailure(dir, {{"weeks", "1"}}).code, "bad-param");
}

TEST(ChecklistLoad, MissingFile) {
  const auto dir = testing::freshDir("empty");
  EXPECT_EQ(loadFailure(dir.string()).code, "not-xml");
}

}  // namespace
}  // namespace cabut::rules
