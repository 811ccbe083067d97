// rules/extraction.xml: the shipped file loads; a broken copy is refused with file, line
// and reason.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "extract/extract.h"
#include "extract/vocabulary.h"

namespace cabut::extract {
namespace {

namespace fs = std::filesystem;

std::string shipped(const std::string& name) {
  std::ifstream in(std::string(CABUT_SOURCE_DIR) + "/rules/" + name);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

// A rules folder with the shipped schema and `xml` as extraction.xml.
std::string rulesWith(const std::string& xml, const std::string& name) {
  const fs::path dir = fs::temp_directory_path() / ("cabut-extract-vocab-" + name);
  fs::create_directories(dir);
  std::ofstream(dir / "extraction.xsd") << shipped("extraction.xsd");
  std::ofstream(dir / "extraction.xml") << xml;
  return dir.string();
}

std::string replaced(std::string text, const std::string& from, const std::string& to) {
  const size_t at = text.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  if (at != std::string::npos) text.replace(at, from.size(), to);
  return text;
}

TEST(Vocabulary, ShippedFileLoads) {
  auto vocabulary = loadVocabulary(std::string(CABUT_SOURCE_DIR) + "/rules");
  ASSERT_TRUE(vocabulary) << vocabulary.failure().message;
  EXPECT_EQ((*vocabulary)->month("februari"), 2);
  EXPECT_EQ((*vocabulary)->month("pebruari"), 2);
  EXPECT_EQ((*vocabulary)->month("septernber"), 9);
  EXPECT_EQ((*vocabulary)->labelField({"nip"}), "nip");
  EXPECT_EQ((*vocabulary)->labelField({"1", "nama", "lengkap"}), "name");
  EXPECT_EQ((*vocabulary)->labelField({"alamat", "email"}), "email");
  EXPECT_EQ((*vocabulary)->combinedLabelField("No. KTP/NIK"), "nik");
  EXPECT_EQ((*vocabulary)->identitySuffixField({"nomor", "induk", "kependudukan", "nik"}), "nik");
  EXPECT_EQ((*vocabulary)->labelField({"tempat", "lahir"}), "");
  // "S.Pd." read "SPd:" is a degree, not the label "SKPD" one letter away; a misread label
  // that is no degree still matches.
  EXPECT_EQ((*vocabulary)->labelField({"spd"}), "");
  EXPECT_EQ((*vocabulary)->labelField({"skpd"}), "unit");
  EXPECT_EQ((*vocabulary)->labelField({"skpo"}), "unit");
  EXPECT_EQ((*vocabulary)->combinedLabelField("Instansi/Unit Kerja"), "unit");
  EXPECT_EQ((*vocabulary)->combinedLabelField("Jabatan/Pangkat"), "position");
  EXPECT_EQ((*vocabulary)->combinedLabelField("Tempat/Tgl. Lahir"), "");
  EXPECT_NE((*vocabulary)->pattern("holder-in-text"), nullptr);
}

TEST(Vocabulary, MissingFolderNamesTheFile) {
  auto vocabulary = loadVocabulary("/nonexistent/rules");
  ASSERT_FALSE(vocabulary);
  EXPECT_EQ(vocabulary.failure().code, "bad-rules");
  EXPECT_NE(vocabulary.failure().message.find("/nonexistent/rules/extraction.x"), std::string::npos)
      << vocabulary.failure().message;
}

TEST(Vocabulary, MalformedXmlNamesFileAndLine) {
  const auto dir = rulesWith(
      "<?xml version=\"1.0\"?>\n<extraction-vocabulary version=\"1\">\n"
      "  <anchors>\n  </anchor>\n</extraction-vocabulary>\n",
      "malformed");
  auto vocabulary = loadVocabulary(dir);
  ASSERT_FALSE(vocabulary);
  EXPECT_NE(vocabulary.failure().message.find(dir + "/extraction.xml:4:"), std::string::npos)
      << vocabulary.failure().message;
}

TEST(Vocabulary, SchemaViolationNamesFileLineAndReason) {
  const std::string broken =
      replaced(shipped("extraction.xml"), "<anchor field=\"number\">", "<anchor field=\"bogus\">");
  const auto dir = rulesWith(broken, "schema");
  auto vocabulary = loadVocabulary(dir);
  ASSERT_FALSE(vocabulary);
  const std::string& message = vocabulary.failure().message;
  EXPECT_NE(message.find(dir + "/extraction.xml:"), std::string::npos) << message;
  EXPECT_NE(message.find("bogus"), std::string::npos) << message;
}

TEST(Vocabulary, BadRegularExpressionNamesItsLine) {
  const std::string broken =
      replaced(shipped("extraction.xml"), "<pattern name=\"holder-in-text\">",
               "<pattern name=\"holder-in-text\">)unbalanced(");
  const auto dir = rulesWith(broken, "regex");
  auto vocabulary = loadVocabulary(dir);
  ASSERT_FALSE(vocabulary);
  const std::string& message = vocabulary.failure().message;
  EXPECT_NE(message.find(dir + "/extraction.xml:"), std::string::npos) << message;
  EXPECT_NE(message.find("\"holder-in-text\""), std::string::npos) << message;
}

}  // namespace
}  // namespace cabut::extract
