#include "common/xml_text.h"

#include <gtest/gtest.h>

namespace cabut {
namespace {

TEST(XmlSafeText, KeepsIndonesianTextAndWhitespace) {
  EXPECT_EQ(xmlSafeText("Perihal:\tPencabutan\nSertifikat é"), "Perihal:\tPencabutan\nSertifikat é");
}

TEST(XmlSafeText, DropsControlCharacters) {
  EXPECT_EQ(xmlSafeText(std::string("a\x01" "b\x1f" "c\x00" "d", 7)), "abcd");
}

TEST(XmlSafeText, ReplacesInvalidUtf8) {
  EXPECT_EQ(xmlSafeText("a\xff" "b"), "a\xEF\xBF\xBD" "b");
  EXPECT_EQ(xmlSafeText("\xC0\xAF"), "\xEF\xBF\xBD\xEF\xBF\xBD");  // overlong '/'
  EXPECT_EQ(xmlSafeText("\xE2\x82"), "\xEF\xBF\xBD\xEF\xBF\xBD");  // truncated sequence
}

TEST(XmlSafeText, DropsNonCharactersAndSurrogates) {
  EXPECT_EQ(xmlSafeText("x\xEF\xBF\xBEy\xEF\xBF\xBFz"), "xyz");
  EXPECT_EQ(xmlSafeText("x\xED\xA0\x80y"), "xy");
}

}  // namespace
}  // namespace cabut
