// Developer tool: extraction on `cabut ocr --xml` output, without OCR. Prints the
// <extraction> XML of the files given, reconciled as one case; with --rows, the visual rows
// extraction sees (to stderr).
#include <libxml/tree.h>

#include <cstring>
#include <iostream>

#include "common/data_dir.h"
#include "extract/extract.h"
#include "extract/ocr_fixture.h"
#include "extract/rows.h"

int main(int argc, char** argv) {
  bool rows = false;
  std::vector<std::string> paths;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--rows") == 0)
      rows = true;
    else
      paths.emplace_back(argv[i]);
  }
  auto vocabulary = cabut::extract::loadVocabulary(cabut::defaultRulesDir());
  if (!vocabulary) {
    std::cerr << vocabulary.failure().message << "\n";
    return 2;
  }
  xmlDocPtr doc = xmlNewDoc(reinterpret_cast<const xmlChar*>("1.0"));
  xmlNodePtr root = xmlNewNode(nullptr, reinterpret_cast<const xmlChar*>("extraction"));
  xmlDocSetRootElement(doc, root);
  std::vector<cabut::extract::Letter> letters;
  for (const auto& path : paths) {
    for (const auto& file : cabut::testing::loadOcrXml(path)) {
      if (rows) {
        for (const auto& page : file.pages)
          for (const auto& row : cabut::extract::pageRows(page))
            std::cerr << row.page << " y=" << row.box.y0 << " h=" << row.height
                      << " x=" << row.box.x0 << " | " << row.text() << "\n";
      }
      for (auto& letter : cabut::extract::extractLetters(file, **vocabulary))
        letters.push_back(std::move(letter));
    }
  }
  // As `cabut extract` does: the files given together are one case.
  cabut::extract::reconcileCase(letters);
  for (const auto& letter : letters) cabut::extract::appendDocumentXml(root, letter);
  xmlDocFormatDump(stdout, doc, 1);
  xmlFreeDoc(doc);
  return 0;
}
