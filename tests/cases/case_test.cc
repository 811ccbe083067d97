// The case document: shape, section order, schema (rules/case.xsd), safe text.
#include <gtest/gtest.h>

#include "cases/case.h"
#include "cases/xml_file.h"

namespace cabut::cases {
namespace {

const std::string kCaseXsd = std::string(CABUT_SOURCE_DIR) + "/rules/case.xsd";

const char* kExtraction = R"(<?xml version="1.0" encoding="UTF-8"?>
<extraction>
  <document source="inbox/a.pdf" pages="1-2" kind="request">
    <letter_number>800/112/II/2024/BKPSDM</letter_number>
    <letter_date confidence="0.93" page="1" bbox="10,20,300,40">2024-02-14</letter_date>
    <signatory><name>Dra. Hj. Sitti Aminah, M.Si.</name><nip>196805121994032007</nip></signatory>
    <holder>
      <name>Muhammad Rizal, S.Kom.</name>
      <nip>199003152015031002</nip>
      <reason printed="pindah tugas ke Dinas Kesehatan">affiliationChanged</reason>
    </holder>
  </document>
  <error source="inbox/b.pdf" code="empty-file">the file is empty</error>
</extraction>)";

std::vector<std::string> childNames(const Case& c) {
  std::vector<std::string> names;
  for (xmlNodePtr child = c.root()->children; child; child = child->next)
    if (child->type == XML_ELEMENT_NODE) names.emplace_back(xml::c(child->name));
  return names;
}

TEST(Case, NewCaseIsUncheckedAndValid) {
  Case c;
  EXPECT_EQ(c.verdict(), Verdict::unchecked);
  EXPECT_NE(c.toXml().find("<case verdict=\"unchecked\"/>"), std::string::npos);
  EXPECT_FALSE(validateCase(c, kCaseXsd).has_value());
}

TEST(Case, CopiesDocumentsFromAnExtractionAndStaysValid) {
  auto source = xml::readMemory(kExtraction, "extraction.xml");
  ASSERT_TRUE(source.ok()) << source.failure().message;
  Case c;
  auto copied = c.addDocumentsFrom(source->get(), "extraction.xml");
  ASSERT_TRUE(copied.ok());
  EXPECT_EQ(*copied, 2);
  const auto problem = validateCase(c, kCaseXsd);
  EXPECT_FALSE(problem.has_value()) << problem->message;
  // The wording as printed stays beside the code.
  EXPECT_NE(c.toXml().find("printed=\"pindah tugas ke Dinas Kesehatan\""), std::string::npos);
}

TEST(Case, SectionsKeepSchemaOrderWhateverOrderTheyAreAdded) {
  Case c;
  c.section(Section::ams);
  c.section(Section::checks);
  c.addError("x.pdf", {"empty-file", "kosong"});
  c.section(Section::workflow);
  c.section(Section::corrections);
  c.addError("y.pdf", {"missing", "tidak ada"});
  EXPECT_EQ(childNames(c), (std::vector<std::string>{"error", "error", "checks", "workflow",
                                                     "corrections", "ams"}));
  EXPECT_FALSE(validateCase(c, kCaseXsd).has_value());
  c.removeSection(Section::checks);
  EXPECT_EQ(childNames(c),
            (std::vector<std::string>{"error", "error", "workflow", "corrections", "ams"}));
}

TEST(Case, ErrorTextFromAttackersIsMadeXmlSafe) {
  Case c;
  c.addError(std::string("bad\x01name\xff.pdf"), {"corrupt", std::string("reason \x02 <tag>")});
  auto reparsed = Case::parse(c.toXml(), "roundtrip");
  ASSERT_TRUE(reparsed.ok()) << reparsed.failure().message;
  EXPECT_FALSE(validateCase(*reparsed, kCaseXsd).has_value());
}

TEST(Case, VerdictAndAttributesRoundTrip) {
  Case c;
  c.setVerdict(Verdict::invalid);
  c.setAttribute("id", "2024-0007");
  c.setAttribute("received", "2024-02-15T08:00:00+08:00");
  auto reparsed = Case::parse(c.toXml(), "roundtrip");
  ASSERT_TRUE(reparsed.ok());
  EXPECT_EQ(reparsed->verdict(), Verdict::invalid);
  EXPECT_FALSE(validateCase(*reparsed, kCaseXsd).has_value());
}

TEST(Case, SchemaRefusesWhatIsNotACase) {
  auto wrongKind = Case::parse(
      R"(<case verdict="complete"><document source="a" pages="1" kind="letter"/></case>)", "t");
  ASSERT_TRUE(wrongKind.ok());
  const auto problem = validateCase(*wrongKind, kCaseXsd, "t");
  ASSERT_TRUE(problem.has_value());
  EXPECT_EQ(problem->code, "schema-violation");
  EXPECT_NE(problem->message.find("t:1:"), std::string::npos) << problem->message;

  auto badReason = Case::parse(R"(<case verdict="complete"><document source="a" pages="1"
      kind="request"><holder><reason>bored</reason></holder></document></case>)",
                               "t");
  ASSERT_TRUE(badReason.ok());
  EXPECT_TRUE(validateCase(*badReason, kCaseXsd).has_value());

  auto badVerdict = Case::parse(R"(<case verdict="fine"/>)", "t");
  ASSERT_TRUE(badVerdict.ok());
  EXPECT_TRUE(validateCase(*badVerdict, kCaseXsd).has_value());

  EXPECT_FALSE(Case::parse("<extraction/>", "t").ok());
  const auto notXml = Case::parse("<case verdict=", "broken.xml");
  ASSERT_FALSE(notXml.ok());
  EXPECT_EQ(notXml.failure().code, "not-xml");
  EXPECT_NE(notXml.failure().message.find("broken.xml:1:"), std::string::npos);
}

TEST(Case, DocumentsWithADtdAreRefused) {
  const auto laughs = Case::parse(R"(<?xml version="1.0"?>
<!DOCTYPE case [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
<case verdict="unchecked"><document source="&b;" pages="1" kind="request"/></case>)",
                                  "laughs.xml");
  ASSERT_FALSE(laughs.ok());
  EXPECT_NE(laughs.failure().message.find("DOCTYPE"), std::string::npos);
}

TEST(Case, LaterStageSectionsValidate) {
  auto c = Case::parse(R"(<case verdict="complete" id="7">
    <checks checklist="rules/checklist.xml" today="2024-06-01">
      <check rule="request-present" step="3" severity="block" category="completeness"
             result="pass" title="Surat permohonan ada"/>
      <check rule="holder-nip-valid" step="3" severity="block" result="fail">
        <message location="/case/document[1]/holder">NIP tidak valid</message></check>
    </checks>
    <workflow><action step="1" role="kepala-dinas" user="ismail" time="2024-06-01T08:00:00Z"
       action="disposisi">Teruskan ke Kabid Persandian</action></workflow>
    <corrections><correction field="/case/document[1]/holder/nip" original="19900315201503100Z"
       user="verifikator1" time="2024-06-01T09:00:00Z">199003152015031002</correction></corrections>
    <ams><push time="2024-06-01T10:00:00Z" status="accepted"/><certificate status="revoked"/></ams>
  </case>)",
                       "t");
  ASSERT_TRUE(c.ok());
  const auto problem = validateCase(*c, kCaseXsd);
  EXPECT_FALSE(problem.has_value()) << problem->message;
}

}  // namespace
}  // namespace cabut::cases
