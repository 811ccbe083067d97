#include "ocr/page_text.h"

namespace cabut::ocr {

std::string Line::text() const {
  std::string joined;
  for (const auto& word : words) {
    if (!joined.empty()) joined += ' ';
    joined += word.text;
  }
  return joined;
}

}  // namespace cabut::ocr
