// Titles before a name and degrees after it, spelt as rules/extraction.xml lists them where
// OCR bent one stroke, and left alone where the reading is known or no single one is near.
#include <gtest/gtest.h>

#include "extract/letter_parts.h"

namespace cabut::extract {
namespace {

const Vocabulary& vocabulary() {
  static const auto loaded = loadVocabulary(std::string(CABUT_SOURCE_DIR) + "/rules");
  return **loaded;
}

std::string mended(const std::string& printed) {
  Field name;
  name.value = printed;
  name.confidence = 0.9;
  repairNameTitles(name, vocabulary());
  return name.value;
}

TEST(NameTitles, ADegreeOneStrokeOffIsSpeltAsListed) {
  EXPECT_EQ(mended("Ir. Hj. Sahria, S.Kom., ML."), "Ir. Hj. Sahria, S.Kom., M.T.");
  EXPECT_EQ(mended("DR. RONALD SUMAMPOUW, S.Y., M.PD."), "DR. RONALD SUMAMPOUW, S.T., M.PD.");
  EXPECT_EQ(mended("Sitti Rahmah, SiAk."), "Sitti Rahmah, S.Ak.");
  // A capital I read as a stroke between a degree's dots; a stroke for a dot stays one.
  EXPECT_EQ(mended("Thomas, S.Pd.!., M.M."), "Thomas, S.Pd.I., M.M.");
  EXPECT_EQ(mended("Thomas, S.Pd.|"), "Thomas, S.Pd.I");
  // A colon for a dot.
  EXPECT_EQ(mended("Endah Puspitasari, S:IP"), "Endah Puspitasari, S.I.P.");
  EXPECT_NE(mended("Hendrik Lumentut, S|Kom., M.M."), "Hendrik Lumentut, SIKom., M.M.");
}

TEST(NameTitles, SpecksAndALabelsRemnantBeforeTheNameGo) {
  EXPECT_EQ(mended("m2 Dr. H. ANDI DJAFAR, S.Kep."), "Dr. H. ANDI DJAFAR, S.Kep.");
  EXPECT_EQ(mended("SF\u201d Ir. HJ. ENDAH, S.SOS."), "Ir. HJ. ENDAH, S.SOS.");
  EXPECT_EQ(mended("La : Agus Prasetyo, S.T."), "Agus Prasetyo, S.T.");
  // A title that lost its dot, and a Balinese "I", are the name's.
  EXPECT_EQ(mended("Ir H. Budi Santoso, S.Sos."), "Ir H. Budi Santoso, S.Sos.");
  EXPECT_EQ(mended("I Made Suarta, S.Pd."), "I Made Suarta, S.Pd.");
}

TEST(NameTitles, TheTitleHWithItsDotReadAsAStroke) {
  EXPECT_EQ(mended("Hi BUDI SANTOSO, S.PD.I."), "H. BUDI SANTOSO, S.PD.I.");
  EXPECT_EQ(mended("HL Budi Santoso, S.Kom."), "H. Budi Santoso, S.Kom.");
}

TEST(NameTitles, ADegreeReadInTwoPiecesIsOne) {
  EXPECT_EQ(mended("Burhanuddin, Sai P"), "Burhanuddin, S.A.P.");
}

TEST(NameTitles, DegreesWhoseCommaWasLostStayTwo) {
  EXPECT_EQ(mended("Rina Kusumawati, S.H. M.M."), "Rina Kusumawati, S.H., M.M.");
  EXPECT_EQ(mended("Hj. Sri Aimar, S.Stat. ML."), "Hj. Sri Aimar, S.Stat., M.T.");
}

TEST(NameTitles, TitlesBeforeTheNameAreMendedAndUnglued) {
  EXPECT_EQ(mended("Dr. Hi. NURLINA, S.K.M., M.Kes."), "Dr. Hj. NURLINA, S.K.M., M.Kes.");
  EXPECT_EQ(mended("Dfa. Meyti Lumentut, M.H."), "Dra. Meyti Lumentut, M.H.");
  EXPECT_EQ(mended("IRH. SUKRI, S.IP., M.H."), "IR. H. SUKRI, S.IP., M.H.");
  EXPECT_EQ(mended("LrAndi Muhammad Arsyad, S.Pd."), "Ir. Andi Muhammad Arsyad, S.Pd.");
  EXPECT_EQ(mended("Hj-Hariani Tammalele, S.Stat."), "Hj. Hariani Tammalele, S.Stat.");
  // A name of its own with a capital inside stays.
  EXPECT_EQ(mended("DiAndra Putri, S.E."), "DiAndra Putri, S.E.");
}

TEST(NameTitles, KnownReadingsStayAsPrintedAndAsSure) {
  Field name;
  name.value = "Andi Saputra,S.Kom., M.Si";
  name.confidence = 0.9;
  repairNameTitles(name, vocabulary());
  EXPECT_EQ(name.value, "Andi Saputra,S.Kom., M.Si");
  EXPECT_FLOAT_EQ(name.confidence, 0.9);
}

TEST(NameTitles, NoGuessAmongSeveralOrFarOnes) {
  // "M.X." is as near M.M. as M.H. or M.E.; "S.HUM" is a degree of its own.
  EXPECT_EQ(mended("Yosef, M.X."), "Yosef, M.X.");
  EXPECT_EQ(mended("Yosef, S.Hum"), "Yosef, S.Hum");
  // A name word with a dot is no title ("Muh." opens many names).
  EXPECT_EQ(mended("Muh. Aswar, S.Pd."), "Muh. Aswar, S.Pd.");
}

}  // namespace
}  // namespace cabut::extract
