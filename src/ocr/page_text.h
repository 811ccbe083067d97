// What OCR (or a PDF text layer) gives the rest of the pipeline: words with boxes and
// confidences, grouped in lines, per page. Plain values; no engine types leak out of ocr/.
#pragma once

#include <string>
#include <vector>

namespace cabut::ocr {

// Pixels on the page image, origin top-left, x1/y1 exclusive.
struct Box {
  int x0 = 0, y0 = 0, x1 = 0, y1 = 0;
};

// The smallest box holding both; an empty box (the default) adds nothing.
Box unite(const Box& a, const Box& b);

struct Word {
  std::string text;         // UTF-8, as read (already XML-safe)
  float confidence = 0.0f;  // 0..1
  Box box;
};

// A text line in reading order (Tesseract's textline, or a PDF text-layer line).
struct Line {
  std::vector<Word> words;
  Box box;
  int block = 0;             // layout block index, lines of one block belong together
  std::string text() const;  // words joined by single spaces
};

struct PageText {
  int number = 0;             // 1-based page number in its file
  int width = 0, height = 0;  // pixels of the (cleaned) page image
  int dpi = 300;
  bool blank = false;                // no letter on it (duplex back side, empty scan)
  std::string origin;                // "ocr" or "text-layer"
  std::vector<std::string> cleanup;  // what was done: "rotated 180", "deskewed -1.4 deg", ...
  double seconds = 0.0;              // time spent reading this page
  std::vector<Line> lines;
};

struct FileText {
  std::string source;  // the path exactly as given by the caller
  std::vector<PageText> pages;
};

}  // namespace cabut::ocr
