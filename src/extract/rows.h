// A page's text re-read as visual rows: OCR lines that sit side by side (a "Nomor" line and
// the date at the right margin, the cells of a table row) are joined into one row, and each
// row is cut into segments where a wide gap separates its words. Internal to extract/.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "extract/extract.h"
#include "ocr/page_text.h"

namespace cabut::extract {

struct Segment {
  std::vector<ocr::Word> words;
  ocr::Box box;
  std::string text;                 // words joined by spaces
  std::vector<std::string> folded;  // foldedWords(text)
};

struct Row {
  int page = 0;  // 1-based page number in the file
  int pageWidth = 0, pageHeight = 0;
  ocr::Box box;
  int height = 0;                 // median word height: the unit for gaps and alignment
  std::vector<Segment> segments;  // left to right
  std::vector<ocr::Word> words() const;
  std::string text() const;                 // segments joined by a tab
  std::vector<std::string> folded() const;  // all words folded
};

// The rows of one page, top to bottom. `balineseNames` (folded birth-order names) put back
// the lone "I" before them that OCR read as a table rule or glued to the name.
std::vector<Row> pageRows(const ocr::PageText& page,
                          const std::vector<std::string>& balineseNames = {});

// Whether `text` (marks around it aside) is one of `names`, folded Balinese birth-order
// names ("Wayan", "Made").
bool isBalineseName(std::string_view text, const std::vector<std::string>& names);

// Builds a segment from words (box, text, folded words).
Segment makeSegment(std::vector<ocr::Word> words);

// A value read from one or more words: its text, mean word confidence, page and box.
Field fieldFrom(const std::vector<ocr::Word>& words, int page);
// The same for an e-mail address: OCR often drops the small dot between two labels of a
// domain and leaves a gap ("haeruddin@inspektorat mamasakab.go.id"), so two words side by
// side on one line after the "@" are joined by a dot; words on the next line (an address
// wrapped in a narrow cell) join as before.
Field emailFieldFrom(const std::vector<ocr::Word>& words, int page);
using ocr::unite;

}  // namespace cabut::extract
