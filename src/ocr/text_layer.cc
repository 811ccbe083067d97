#include "ocr/text_layer.h"

#include <algorithm>

#include "common/xml_text.h"

namespace cabut::ocr {
namespace {

struct Placed {
  Word word;
  bool spaceAfter = true;
  int middle() const { return (word.box.y0 + word.box.y1) / 2; }
  int height() const { return word.box.y1 - word.box.y0; }
};

void extend(Box& box, const Box& more) {
  box.x0 = std::min(box.x0, more.x0);
  box.y0 = std::min(box.y0, more.y0);
  box.x1 = std::max(box.x1, more.x1);
  box.y1 = std::max(box.y1, more.y1);
}

std::vector<std::vector<Placed>> rowsOf(std::vector<Placed> placed) {
  std::stable_sort(placed.begin(), placed.end(),
                   [](const Placed& a, const Placed& b) { return a.middle() < b.middle(); });
  std::vector<std::vector<Placed>> rows;
  Box rowBox;
  for (auto& word : placed) {
    if (rows.empty() || word.middle() > rowBox.y1) {
      rows.emplace_back();
      rowBox = word.word.box;
    }
    extend(rowBox, word.word.box);
    rows.back().push_back(std::move(word));
  }
  for (auto& row : rows) {
    std::stable_sort(row.begin(), row.end(), [](const Placed& a, const Placed& b) {
      return a.word.box.x0 < b.word.box.x0;
    });
  }
  return rows;
}

}  // namespace

std::vector<Line> linesFromLayer(const std::vector<scan::LayerWord>& words) {
  std::vector<Placed> placed;
  for (const auto& layerWord : words) {
    Placed item;
    item.word.text = xmlSafeText(layerWord.text);
    item.word.confidence = 1.0f;
    item.word.box = {layerWord.x0, layerWord.y0, layerWord.x1, layerWord.y1};
    item.spaceAfter = layerWord.spaceAfter;
    if (item.word.text.find_first_not_of(" \t\r\n") != std::string::npos) {
      placed.push_back(std::move(item));
    }
  }
  std::vector<Line> lines;
  int block = 0;
  int previousRowBottom = -1, previousRowHeight = 0;
  for (auto& row : rowsOf(std::move(placed))) {
    const int height = row.front().height();
    if (previousRowBottom >= 0 &&
        row.front().word.box.y0 - previousRowBottom > previousRowHeight + previousRowHeight / 2) {
      ++block;
    }
    const Placed* previous = nullptr;
    for (auto& item : row) {
      const int gap = previous ? item.word.box.x0 - previous->word.box.x1 : 0;
      if (!previous || gap > 2 * height) {
        Line line;
        line.box = item.word.box;
        line.block = block;
        lines.push_back(std::move(line));
      } else if (!previous->spaceAfter && gap < height / 6) {
        Word& last = lines.back().words.back();
        last.text += item.word.text;
        extend(last.box, item.word.box);
        extend(lines.back().box, item.word.box);
        previous = &item;
        continue;
      }
      extend(lines.back().box, item.word.box);
      lines.back().words.push_back(item.word);
      previous = &item;
    }
    previousRowBottom = lines.back().box.y1;
    previousRowHeight = lines.back().box.y1 - lines.back().box.y0;
  }
  return lines;
}

}  // namespace cabut::ocr
