// `cabut extract` as a program: only XML on stdout, the documented exit codes, <error>
// elements for unreadable files, file:line:reason for a bad extraction.xml.
#include <gtest/gtest.h>
#include <libxml/parser.h>
#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>

namespace {

namespace fs = std::filesystem;

struct Outcome {
  int status = -1;
  std::string out, err;
};

struct PipeClose {
  void operator()(FILE* pipe) const { pclose(pipe); }
};

Outcome run(const std::string& arguments) {
  // One file per test: CTest may run the tests of this file in parallel.
  const fs::path errFile =
      fs::path(CABUT_TEST_DATA) /
      ("extract-command-" +
       std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()) + ".err");
  fs::create_directories(errFile.parent_path());
  const std::string command =
      std::string(CABUT_BINARY) + " extract " + arguments + " 2>" + errFile.string();
  Outcome result;
  FILE* raw = popen(command.c_str(), "r");
  if (!raw) return result;
  std::array<char, 4096> buffer{};
  while (size_t n = fread(buffer.data(), 1, buffer.size(), raw))
    result.out.append(buffer.data(), n);
  const int status = pclose(raw);
  result.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  std::ifstream err(errFile);
  std::stringstream text;
  text << err.rdbuf();
  result.err = text.str();
  return result;
}

bool wellFormed(const std::string& xml) {
  xmlDocPtr doc = xmlReadMemory(xml.data(), static_cast<int>(xml.size()), "out.xml", nullptr,
                                XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  const bool ok = doc != nullptr;
  xmlFreeDoc(doc);
  return ok;
}

fs::path sampleDir() {
  const fs::path dir = fs::path(CABUT_TEST_DATA) / "extract-command";
  if (!fs::exists(dir / "case01")) {
    const std::string generate = "/usr/bin/python3 " + std::string(CABUT_SOURCE_DIR) +
                                 "/samples/generator/generate.py --out " + dir.string() +
                                 " --set clean --count 1 --seed 5 --quiet >&2";
    EXPECT_EQ(std::system(generate.c_str()), 0);
  }
  return dir;
}

TEST(ExtractCommand, ScanGivesOneXmlDocumentAndExitZero) {
  std::string files;
  for (const auto& entry : fs::directory_iterator(sampleDir() / "case01"))
    files += " '" + entry.path().string() + "'";
  const Outcome result = run("--jobs 2" + files);
  EXPECT_EQ(result.status, 0) << result.err;
  EXPECT_TRUE(wellFormed(result.out)) << result.out;
  EXPECT_TRUE(result.out.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<extraction>"));
  EXPECT_NE(result.out.find("<document source=\"" + (sampleDir() / "case01").string()),
            std::string::npos)
      << result.out;
  EXPECT_NE(result.out.find("kind=\"request\""), std::string::npos);
  EXPECT_EQ(result.err.find("pages"), std::string::npos);  // no progress: not a terminal
}

TEST(ExtractCommand, UnreadableFilesGetErrorElementsAndExitOne) {
  const fs::path empty = fs::path(CABUT_TEST_DATA) / "extract-empty.pdf";
  std::ofstream(empty).close();
  const Outcome result = run("'" + empty.string() + "' /nonexistent/scan.png");
  EXPECT_EQ(result.status, 1);
  EXPECT_TRUE(wellFormed(result.out)) << result.out;
  EXPECT_NE(result.out.find("<error source=\"" + empty.string() + "\" code=\"empty-file\">"),
            std::string::npos)
      << result.out;
  EXPECT_NE(result.out.find("<error source=\"/nonexistent/scan.png\" code=\"not-found\">"),
            std::string::npos)
      << result.out;
}

TEST(ExtractCommand, BadVocabularyIsRefusedWithFileLineAndExitTwo) {
  const fs::path rules = fs::path(CABUT_TEST_DATA) / "extract-bad-rules";
  fs::create_directories(rules);
  fs::copy_file(fs::path(CABUT_SOURCE_DIR) / "rules/extraction.xsd", rules / "extraction.xsd",
                fs::copy_options::overwrite_existing);
  std::ofstream(rules / "extraction.xml") << "<?xml version=\"1.0\"?>\n<extraction-vocabulary>\n"
                                             "<anchors></wrong>\n";
  const Outcome result = run("--rules '" + rules.string() + "' /nonexistent/scan.png");
  EXPECT_EQ(result.status, 2);
  EXPECT_TRUE(result.out.empty()) << result.out;
  EXPECT_NE(result.err.find((rules / "extraction.xml").string() + ":3:"), std::string::npos)
      << result.err;
}

TEST(ExtractCommand, NoFilesIsAUsageError) {
  const Outcome result = run("");
  EXPECT_EQ(result.status, 2);
  EXPECT_TRUE(result.out.empty());
  EXPECT_FALSE(result.err.empty());
}

}  // namespace
