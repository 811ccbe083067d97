// Fuzzy anchors: folding and bounded edit distance, the way OCR errors need them.
#include <gtest/gtest.h>

#include "extract/text_fold.h"

namespace cabut::extract {
namespace {

TEST(Fold, CaseDiacriticsAndPunctuation) {
  EXPECT_EQ(fold("  Perihal :  Permohonan  "), "perihal permohonan");
  EXPECT_EQ(fold("E-mail"), "e mail");
  EXPECT_EQ(fold("Pencabütan Sértifikat"), "pencabutan sertifikat");
  EXPECT_EQ(fold("a.n. Bupati"), "a n bupati");
  EXPECT_EQ(fold("\xFF\xFE"
                 "broken"),
            "broken");  // invalid UTF-8 is dropped, not fatal
}

TEST(Fold, LettersAloneWithoutSpacesOrMarks) {
  EXPECT_EQ(foldedLetters("Horn hat saya,"), "hornhatsaya");
  EXPECT_EQ(foldedLetters("S.Kom."), "skom");
  EXPECT_EQ(foldedLetters("~ \xC2\xBB"), "");
}

TEST(Fold, LeadingMarksGoLettersAndParenthesesStay) {
  EXPECT_EQ(withoutLeadingMarks("\xC2\xBBKepala"), "Kepala");
  EXPECT_EQ(withoutLeadingMarks("=\xE2\x80\x9C"
                                "7606"),
            "7606");
  EXPECT_EQ(withoutLeadingMarks("(BSrE)"), "(BSrE)");
  EXPECT_EQ(withoutLeadingMarks("\xC3\xA9tat"), "\xC3\xA9tat");
  EXPECT_EQ(withoutLeadingMarks("~"), "");
}

TEST(EditDistance, DamerauWithLimit) {
  EXPECT_EQ(editDistance("nomor", "nomor", 2), 0);
  EXPECT_EQ(editDistance("nomro", "nomor", 2), 1);  // transposition
  EXPECT_EQ(editDistance("perlhal", "perihal", 2), 1);
  EXPECT_EQ(editDistance("abcdefgh", "zzzzzzzz", 2), 3);  // stops at limit + 1
}

TEST(SameWord, OcrErrorsOnAnchorsMatch) {
  EXPECT_TRUE(sameWord("nornor", "nomor"));  // rn read for m
  EXPECT_TRUE(sameWord("perlhal", "perihal"));
  EXPECT_TRUE(sameWord("disatuiui", "disetujui"));
  EXPECT_TRUE(sameWord("n1p", "nip"));  // 1 for I
  EXPECT_TRUE(sameWord("jabatan", "jabatan"));
  EXPECT_TRUE(sameWord("jabalan", "jabatan"));
}

TEST(SameWord, ShortWordsAndOtherWordsDoNot) {
  EXPECT_FALSE(sameWord("nik", "nip"));  // short words must match exactly
  EXPECT_FALSE(sameWord("nama", "mana"));
  EXPECT_FALSE(sameWord("kepala", "kelapa"));
  EXPECT_FALSE(sameWord("camat", "catatan"));
}

TEST(Phrases, FindAndStartWith) {
  const auto words = foldedWords("Dengan ini mengajukan permohonan pencabutan sertifikat");
  EXPECT_EQ(findPhrase(words, {"permohonan", "pencabutan"}), 3);
  EXPECT_EQ(findPhrase(words, {"rekomendasi"}), -1);
  EXPECT_TRUE(startsWithPhrase(foldedWords("1. Nama Lengkap"), {"nama"}, 1));
  EXPECT_FALSE(startsWithPhrase(foldedWords("Saya Nama"), {"nama"}, 0));
}

}  // namespace
}  // namespace cabut::extract
