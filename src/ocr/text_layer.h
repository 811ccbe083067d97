// A PDF page's own text layer as lines of words (internal to ocr/).
#pragma once

#include <vector>

#include "ocr/page_text.h"
#include "scan/scan.h"

namespace cabut::ocr {

// Groups the layer's words into lines by position, not by the PDF's drawing order (which
// follows whatever the producer did): words whose vertical centres fall within one line's
// height form a row, read left to right; a wide gap (a second column) starts a new line on the
// same row; a vertical gap of more than 1.5 line heights starts a new block. Fragments drawn
// without a space between them are joined into one word. Text is made XML-safe; confidence 1.
std::vector<Line> linesFromLayer(const std::vector<scan::LayerWord>& words);

}  // namespace cabut::ocr
