#include "ocr/text_layer.h"

#include <algorithm>

#include "common/xml_text.h"

namespace cabut::ocr {
namespace {

void extend(Box& box, const Box& more) {
  box.x0 = std::min(box.x0, more.x0);
  box.y0 = std::min(box.y0, more.y0);
  box.x1 = std::max(box.x1, more.x1);
  box.y1 = std::max(box.y1, more.y1);
}

bool sameLine(const Box& line, const Box& word) {
  const int middle = (word.y0 + word.y1) / 2;
  return middle >= line.y0 && middle <= line.y1 && word.x0 + (word.y1 - word.y0) >= line.x0;
}

}  // namespace

std::vector<Line> linesFromLayer(const std::vector<scan::LayerWord>& words) {
  std::vector<Line> lines;
  int block = 0;
  bool glueNext = false;
  for (const auto& layerWord : words) {
    Word word;
    word.text = xmlSafeText(layerWord.text);
    word.confidence = 1.0f;
    word.box = {layerWord.x0, layerWord.y0, layerWord.x1, layerWord.y1};
    if (word.text.empty()) continue;
    const bool continuesLine = !lines.empty() && sameLine(lines.back().box, word.box) &&
                               word.box.x0 >= lines.back().words.back().box.x0;
    if (!continuesLine) {
      if (!lines.empty()) {
        const Box& previous = lines.back().box;
        const int height = previous.y1 - previous.y0;
        if (word.box.y0 - previous.y1 > height + height / 2) ++block;
      }
      Line line;
      line.box = word.box;
      line.block = block;
      lines.push_back(std::move(line));
      glueNext = false;
    }
    Line& line = lines.back();
    extend(line.box, word.box);
    if (glueNext && !line.words.empty()) {
      line.words.back().text += word.text;
      extend(line.words.back().box, word.box);
    } else {
      line.words.push_back(std::move(word));
    }
    glueNext = !layerWord.spaceAfter;
  }
  return lines;
}

}  // namespace cabut::ocr
