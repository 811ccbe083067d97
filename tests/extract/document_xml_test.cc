// <document> output: the contract's shape, and text from a hostile scan kept well-formed.
#include <gtest/gtest.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include <memory>
#include <string>

#include "extract/extract.h"

namespace cabut::extract {
namespace {

struct DocFree {
  void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};
using DocPtr = std::unique_ptr<xmlDoc, DocFree>;

std::string serialise(const Letter& letter) {
  DocPtr doc(xmlNewDoc(reinterpret_cast<const xmlChar*>("1.0")));
  xmlNodePtr root = xmlNewNode(nullptr, reinterpret_cast<const xmlChar*>("extraction"));
  xmlDocSetRootElement(doc.get(), root);
  appendDocumentXml(root, letter);
  xmlChar* buffer = nullptr;
  int size = 0;
  xmlDocDumpFormatMemoryEnc(doc.get(), &buffer, &size, "UTF-8", 1);
  std::string text(reinterpret_cast<const char*>(buffer), static_cast<size_t>(size));
  xmlFree(buffer);
  return text;
}

TEST(DocumentXml, ContractShapeWithAttributes) {
  Letter letter;
  letter.source = "inbox/scan-0042.pdf";
  letter.firstPage = 1;
  letter.lastPage = 2;
  letter.kind = Kind::request;
  letter.letterNumber = {"800/112/II/2024/BKPSDM", "", 0.9, 1, {10, 20, 300, 60}};
  letter.letterDate = {"2024-02-14", "14 Februari 2024", 0.95, 1, {}};
  Person holder;
  holder.name = {"Muhammad Rizal, S.Kom.", "", 0.9, 2, {}};
  holder.reason = {"affiliationChanged", "Mutasi", 0.8, 2, {}};
  letter.holders.push_back(holder);
  const std::string xml = serialise(letter);
  EXPECT_NE(xml.find("<document source=\"inbox/scan-0042.pdf\" pages=\"1-2\" kind=\"request\">"),
            std::string::npos)
      << xml;
  EXPECT_NE(xml.find("bbox=\"10,20,300,60\""), std::string::npos);
  EXPECT_NE(xml.find(">800/112/II/2024/BKPSDM</letter_number>"), std::string::npos);
  EXPECT_NE(xml.find(">2024-02-14</letter_date>"), std::string::npos);
  EXPECT_NE(xml.find("<holder>"), std::string::npos);
  EXPECT_NE(xml.find(">affiliationChanged</reason>"), std::string::npos);
  EXPECT_EQ(xml.find("<signatory>"), std::string::npos);  // nothing found: left out
  EXPECT_EQ(xml.find("<subject"), std::string::npos);
}

TEST(DocumentXml, HostileTextStaysWellFormed) {
  Letter letter;
  letter.source = "in\x01box/\"a&b\".pdf";
  letter.kind = Kind::recommendation;
  letter.subject.value =
      "<script>alert(1)</script> & \x02\x1F \xFF\xFE"
      " broken \xEF\xBF\xBF"
      " end";
  letter.signatory.name.value = "]]> <!-- -->";
  const std::string xml = serialise(letter);
  DocPtr parsed(xmlReadMemory(xml.data(), static_cast<int>(xml.size()), "out.xml", nullptr,
                              XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING));
  ASSERT_TRUE(parsed) << xml;
  EXPECT_EQ(xml.find("<script>"), std::string::npos);
  EXPECT_NE(xml.find("&lt;script&gt;"), std::string::npos);
  EXPECT_NE(xml.find("end</subject>"), std::string::npos);
}

TEST(DocumentXml, KindNames) {
  EXPECT_STREQ(kindName(Kind::request), "request");
  EXPECT_STREQ(kindName(Kind::recommendation), "recommendation");
  EXPECT_STREQ(kindName(Kind::other), "other");
}

}  // namespace
}  // namespace cabut::extract
