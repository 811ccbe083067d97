#include "ocr/page_text.h"

#include <algorithm>

namespace cabut::ocr {

Box unite(const Box& a, const Box& b) {
  if (a.x1 <= a.x0 && a.y1 <= a.y0) return b;
  if (b.x1 <= b.x0 && b.y1 <= b.y0) return a;
  return {std::min(a.x0, b.x0), std::min(a.y0, b.y0), std::max(a.x1, b.x1), std::max(a.y1, b.y1)};
}

std::string Line::text() const {
  std::string joined;
  for (const auto& word : words) {
    if (!joined.empty()) joined += ' ';
    joined += word.text;
  }
  return joined;
}

}  // namespace cabut::ocr
