// A PDF page's own text layer as lines of words (internal to ocr/).
#pragma once

#include <vector>

#include "ocr/page_text.h"
#include "scan/scan.h"

namespace cabut::ocr {

// Groups the layer's words (in the PDF's reading order) into lines: a word that does not
// overlap the current line vertically, or that jumps back left, starts a new line; a gap of
// more than 1.5 line heights starts a new block. Glued fragments (no space after) are joined.
// Text is made XML-safe; confidence is 1.
std::vector<Line> linesFromLayer(const std::vector<scan::LayerWord>& words);

}  // namespace cabut::ocr
