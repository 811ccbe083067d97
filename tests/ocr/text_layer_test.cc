// ocr/text_layer: a PDF text layer's words grouped into lines and blocks.
#include <gtest/gtest.h>

#include "ocr/text_layer.h"

namespace cabut::ocr {
namespace {

scan::LayerWord word(std::string text, int x0, int y0, bool spaceAfter = true) {
  return {std::move(text), x0, y0, x0 + 40 * 4, y0 + 40, spaceAfter};
}

TEST(OcrTextLayer, WordsOnOneBaselineFormOneLine) {
  const auto lines = linesFromLayer({word("Nomor", 100, 100), word(":", 300, 102),
                                     word("800/1/2024", 400, 98), word("Sifat", 100, 160)});
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0].text(), "Nomor : 800/1/2024");
  EXPECT_EQ(lines[1].text(), "Sifat");
  EXPECT_EQ(lines[0].block, lines[1].block);
  EXPECT_EQ(lines[0].box.x0, 100);
  EXPECT_EQ(lines[0].box.y0, 98);
  EXPECT_FLOAT_EQ(lines[0].words[0].confidence, 1.0f);
}

TEST(OcrTextLayer, GluedFragmentsBecomeOneWordAndGapsStartBlocks) {
  const auto lines = linesFromLayer(
      {word("Serti", 100, 100, false), word("fikat", 260, 100), word("Mamuju", 100, 400)});
  ASSERT_EQ(lines.size(), 2u);
  ASSERT_EQ(lines[0].words.size(), 1u);
  EXPECT_EQ(lines[0].words[0].text, "Sertifikat");
  EXPECT_EQ(lines[0].words[0].box.x1, 260 + 160);
  EXPECT_EQ(lines[1].block, lines[0].block + 1);
}

TEST(OcrTextLayer, TextIsMadeXmlSafe) {
  const auto lines = linesFromLayer({word(std::string("a\x01") + "b\xff", 100, 100)});
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(lines[0].words[0].text, "ab\xef\xbf\xbd");
}

}  // namespace
}  // namespace cabut::ocr
