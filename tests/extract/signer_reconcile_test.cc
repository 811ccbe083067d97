// The same NIP signing several letters of a case: the reading that looks like a printed
// name stands for the damaged ones.
#include <gtest/gtest.h>

#include "extract/extract.h"

namespace cabut::extract {
namespace {

Field field(const std::string& value, double confidence = 0.9, int page = 1) {
  Field f;
  f.value = value;
  f.confidence = confidence;
  f.page = page;
  f.box = ocr::Box{10, 20, 300, 50};
  return f;
}

Letter signedBy(const std::string& name, const std::string& nip) {
  Letter letter;
  letter.kind = Kind::request;
  if (!name.empty()) letter.signatory.name = field(name);
  letter.signatory.nip = field(nip);
  return letter;
}

const std::string kNip = "196809282001012013";

TEST(ReconcileSigners, NameCutShortByTheStampTakesTheWholeReading) {
  std::vector<Letter> letters{signedBy("RIA HASYIM, M.SI.", kNip),
                              signedBy("Dra. Hj. Sahria Hasyim, M.Si.", kNip)};
  reconcileSigners(letters);
  EXPECT_EQ(letters[0].signatory.name.value, "Dra. Hj. Sahria Hasyim, M.Si.");
  EXPECT_EQ(letters[1].signatory.name.value, "Dra. Hj. Sahria Hasyim, M.Si.");
  // It keeps its own place on its own page, and says it is less sure.
  EXPECT_EQ(letters[0].signatory.name.box.x1, 300);
  EXPECT_LT(letters[0].signatory.name.confidence, 0.9);
}

TEST(ReconcileSigners, ALetterThatReadNoNameTakesADoubtedReadingShapedAsOne) {
  std::vector<Letter> letters{signedBy("BURHANUDDIN, S.A.P., M.Kes.", kNip), signedBy("", kNip)};
  letters[0].signatory.name.confidence = 0.47;
  reconcileSigners(letters);
  EXPECT_EQ(letters[1].signatory.name.value, "BURHANUDDIN, S.A.P., M.Kes.");
  // A doubted reading does not replace one that was read, nor is lent when not shaped as
  // a name or barely read at all.
  letters = {signedBy("BURHANUDDIN, S.A.P., M.Kes.", kNip), signedBy("Burhan", kNip)};
  letters[0].signatory.name.confidence = 0.47;
  reconcileSigners(letters);
  EXPECT_EQ(letters[1].signatory.name.value, "Burhan");
  letters = {signedBy("BURHANUDDIN, S.A.P., M.Kes.", kNip), signedBy("", kNip)};
  letters[0].signatory.name.confidence = 0.2;
  reconcileSigners(letters);
  EXPECT_FALSE(letters[1].signatory.name.found());
}

TEST(ReconcileSigners, ANipTheStampHidIsTheOneTheSameNameSignsWithElsewhere) {
  std::vector<Letter> letters{signedBy("xU HIDAYAT, S.PD.I., M.M.", ""),
                              signedBy("Ir. Wahyu Hidayat, S.Pd.I., M.M.", kNip)};
  letters[1].signatory.position = field("Kepala Dinas Pendidikan dan Kebudayaan");
  reconcileSigners(letters);
  EXPECT_EQ(letters[0].signatory.nip.value, kNip);
  EXPECT_EQ(letters[0].signatory.name.value, "Ir. Wahyu Hidayat, S.Pd.I., M.M.");
  EXPECT_EQ(letters[0].signatory.position.value, "Kepala Dinas Pendidikan dan Kebudayaan");
  // Other degrees, or another name, are another person.
  letters = {signedBy("xU HIDAYAT, S.Kom.", ""),
             signedBy("Ir. Wahyu Hidayat, S.Pd.I., M.M.", kNip)};
  reconcileSigners(letters);
  EXPECT_EQ(letters[0].signatory.nip.value, "");
  letters = {signedBy("Rahmat, S.Pd.I., M.M.", ""),
             signedBy("Ir. Wahyu Hidayat, S.Pd.I., M.M.", kNip)};
  reconcileSigners(letters);
  EXPECT_EQ(letters[0].signatory.nip.value, "");
  // A name the end of two people's lends neither NIP; the next letter's signer still borrows.
  letters = {signedBy("xU HIDAYAT, S.Pd.I., M.M.", ""),
             signedBy("Ir. Wahyu Hidayat, S.Pd.I., M.M.", kNip),
             signedBy("Ir. Rahmat Hidayat, S.Pd.I., M.M.", "197001012000031002"),
             signedBy("a SAHRIA HASYIM, M.Si.", ""),
             signedBy("Dra. Hj. Sahria Hasyim, M.Si.", "196901012000032001")};
  reconcileSigners(letters);
  EXPECT_EQ(letters[0].signatory.nip.value, "");
  EXPECT_EQ(letters[3].signatory.nip.value, "196901012000032001");
}

TEST(ReconcileSigners, ReadingWithStrayMarksTakesTheCleanOne) {
  std::vector<Letter> letters{signedBy("HI naek (kysini, S.IP:, M.Kes.", kNip),
                              signedBy("Hj. Endang Suryani, S.IP., M. Kes.", kNip)};
  reconcileSigners(letters);
  EXPECT_EQ(letters[0].signatory.name.value, "Hj. Endang Suryani, S.IP., M. Kes.");
}

TEST(ReconcileSigners, LoneLettersAndBadDegreesAreDamage) {
  std::vector<Letter> letters{signedBy("WARIS P. N", kNip),
                              signedBy("ARIFIN, $4. P/, M.Pad.", kNip),
                              signedBy("H. Abd. Waris Pawelloi, S.Kom., M.Kes.", kNip)};
  reconcileSigners(letters);
  EXPECT_EQ(letters[0].signatory.name.value, "H. Abd. Waris Pawelloi, S.Kom., M.Kes.");
  EXPECT_EQ(letters[1].signatory.name.value, "H. Abd. Waris Pawelloi, S.Kom., M.Kes.");
}

TEST(ReconcileSigners, MissingNameComesFromTheHolderWithThatNip) {
  Letter request = signedBy("", kNip);
  Letter other = signedBy("Ir. Hamsah, S.E., M.Si.", "197001011995031001");
  Person holder;
  holder.name = field("Baharuddin Ramli, S.Pd.");
  holder.nip = field(kNip);
  other.holders.push_back(holder);
  std::vector<Letter> letters{request, other};
  reconcileSigners(letters);
  EXPECT_EQ(letters[0].signatory.name.value, "Baharuddin Ramli, S.Pd.");
  EXPECT_EQ(letters[0].signatory.name.page, 0);  // no place of its own to point at
  EXPECT_EQ(letters[1].signatory.name.value, "Ir. Hamsah, S.E., M.Si.");
}

TEST(ReconcileSigners, TwoCleanReadingsStayAsRead) {
  // Neither contains the other: which one is right is not for this step to guess.
  std::vector<Letter> letters{signedBy("Grate Wowor, S.H.", kNip),
                              signedBy("Grace Wowor, S.H.", kNip)};
  reconcileSigners(letters);
  EXPECT_EQ(letters[0].signatory.name.value, "Grate Wowor, S.H.");
  EXPECT_EQ(letters[1].signatory.name.value, "Grace Wowor, S.H.");
}

TEST(ReconcileSigners, AReadingTheEngineWasClearlySurerOfStandsForAnAlikeOne) {
  // The name printed clear in the recommendation's body against the one read through the
  // signature's strokes: both look like names, the engine was surer of the first.
  Letter recommendation = signedBy("Haeruddin Amir, S.Ak., M.T.", kNip);
  recommendation.signatory.name.confidence = 0.94;
  Letter request = signedBy("Haerutidih Amit, AK., M.T.", kNip);
  request.signatory.name.confidence = 0.75;
  std::vector<Letter> letters{request, recommendation};
  reconcileSigners(letters);
  EXPECT_EQ(letters[0].signatory.name.value, "Haeruddin Amir, S.Ak., M.T.");
  // A little surer is no reason to change a reading.
  Letter other = signedBy("Grate Wowor, S.H.", kNip);
  other.signatory.name.confidence = 0.85;
  letters = {other, signedBy("Grace Wowor, S.H.", kNip)};
  reconcileSigners(letters);
  EXPECT_EQ(letters[0].signatory.name.value, "Grate Wowor, S.H.");
}

TEST(ReconcileSigners, LettersLostInsideANameTakeTheWholeReading) {
  std::vector<Letter> letters{signedBy("DR. H. ISM HABUDDIN, S.H., M.A.P.", kNip),
                              signedBy("Dr. H. ISMAIL SAHABUDDIN, S.H., M.A.P.", kNip)};
  reconcileSigners(letters);
  EXPECT_EQ(letters[0].signatory.name.value, "Dr. H. ISMAIL SAHABUDDIN, S.H., M.A.P.");
}

TEST(ReconcileSigners, ReadingWhoseDegreesTheStampCutTakesTheFullerOne) {
  std::vector<Letter> letters{signedBy("Dr. H. SEGENG RAHARYS, S.Pd.", kNip),
                              signedBy("Dr. H. SUGENG RAHARJO, S.Pd., M.M.", kNip),
                              signedBy("Hj. Inaevati Anwar, S.K.M., M.", "197103252000032004"),
                              signedBy("Hj. IRMAWATI ANWAR, S.K.M., M.M.", "197103252000032004")};
  reconcileSigners(letters);
  EXPECT_EQ(letters[0].signatory.name.value, "Dr. H. SUGENG RAHARJO, S.Pd., M.M.");
  EXPECT_EQ(letters[1].signatory.name.value, "Dr. H. SUGENG RAHARJO, S.Pd., M.M.");
  EXPECT_EQ(letters[2].signatory.name.value, "Hj. IRMAWATI ANWAR, S.K.M., M.M.");
}

TEST(ReconcileSigners, MoreDegreesDoNotMakeAnotherNameTheSame) {
  // Both look printed, but the names are too far apart to be one reading damaged.
  std::vector<Letter> letters{signedBy("Andi Baso, S.Pd.", kNip),
                              signedBy("Kepala Dinas Pendidikan, S.Pd., M.M.", kNip)};
  reconcileSigners(letters);
  EXPECT_EQ(letters[0].signatory.name.value, "Andi Baso, S.Pd.");
}

TEST(ReconcileSigners, NipMisreadIntoOneThatCannotBeTakesTheCasesClearOne) {
  // "T9751202 ...": the T read as 7 gives a birth year 7975; the other letter prints the
  // NIP clearly, and its name comes with it.
  std::vector<Letter> letters{
      signedBy("", "797512022008011011"),
      signedBy("Dr. Burhanuddin Anwar, S.K.M., M.Si.", "197512022008011011")};
  reconcileSigners(letters);
  EXPECT_EQ(letters[0].signatory.nip.value, "197512022008011011");
  EXPECT_LT(letters[0].signatory.nip.confidence, 0.9);
  EXPECT_EQ(letters[0].signatory.name.value, "Dr. Burhanuddin Anwar, S.K.M., M.Si.");
}

TEST(ReconcileSigners, PlausibleNipOrOneNearTwoNipsStaysAsRead) {
  // 1975-06-14 could be a birth date: not for this step to change. "79751202..." is as
  // near to two NIPs of the case: neither is taken.
  std::vector<Letter> letters{signedBy("", "197506142006011012"),
                              signedBy("", "797512022008011011"),
                              signedBy("Ir. Hamsah, S.E.", "197906142006011012"),
                              signedBy("Ir. Hamsah, S.E.", "197512022008011012"),
                              signedBy("Andi Baso, S.Pd.", "197512022008011013")};
  reconcileSigners(letters);
  EXPECT_EQ(letters[0].signatory.nip.value, "197506142006011012");
  EXPECT_EQ(letters[1].signatory.nip.value, "797512022008011011");
}

TEST(ReconcileSigners, TitleTheStampHidTakesTheSameSignersOtherLetter) {
  std::vector<Letter> letters{signedBy("H. Joko Purnomo, S.Psi.", kNip),
                              signedBy("H. Joko Purnomo, S.Psi.", kNip),
                              signedBy("Andi Baso, S.Pd.", "197001011995031001")};
  letters[0].signatory.position = field("Kepala Badan Pengelolaan Keuangan dan Aset Daerah");
  reconcileSigners(letters);
  EXPECT_EQ(letters[1].signatory.position.value,
            "Kepala Badan Pengelolaan Keuangan dan Aset Daerah");
  EXPECT_LT(letters[1].signatory.position.confidence, 0.9);
  EXPECT_EQ(letters[1].signatory.position.page, 0);     // read on the other letter's page
  EXPECT_FALSE(letters[2].signatory.position.found());  // another NIP: another person
}

TEST(ReconcileSigners, OtherNipsAndUnsureNipsAreOtherPeople) {
  std::vector<Letter> letters{signedBy("RIA HASYIM, M.SI.", kNip),
                              signedBy("Dra. Hj. Sahria Hasyim, M.Si.", "196809282001012014"),
                              signedBy("UDDIN, S.H.", "19680928200101201"),
                              signedBy("Ahmad Sahabuddin, S.H.", "19680928200101201")};
  reconcileSigners(letters);
  EXPECT_EQ(letters[0].signatory.name.value, "RIA HASYIM, M.SI.");
  EXPECT_EQ(letters[2].signatory.name.value, "UDDIN, S.H.");
}

TEST(ReconcileSigners, ReadingTheEngineDoubtsIsNoModel) {
  std::vector<Letter> letters{signedBy("RIA HASYIM, M.SI.", kNip),
                              signedBy("Dra. Hj. Sahria Hasyim, M.Si.", kNip)};
  letters[1].signatory.name.confidence = 0.3;
  reconcileSigners(letters);
  EXPECT_EQ(letters[0].signatory.name.value, "RIA HASYIM, M.SI.");
}

}  // namespace
}  // namespace cabut::extract
