// Test fixtures: the pages of a scan as `cabut ocr --xml` prints them (real Tesseract output,
// words with boxes and confidences), loaded back into ocr::FileText so extraction can be
// tested without running OCR again.
#pragma once

#include <string>
#include <vector>

#include "ocr/page_text.h"

namespace cabut::testing {

// Every <file> of a `cabut ocr --xml` document; throws std::runtime_error when unreadable.
std::vector<ocr::FileText> loadOcrXml(const std::string& path);

// A page from plain lines of text, one word box per word, on a 2480x3508 page: for parser
// tests that need layout but not OCR (x in characters of 20 px, rows 50 px apart).
ocr::PageText pageFromLines(const std::vector<std::string>& lines, int number = 1);

}  // namespace cabut::testing
