// Splitting, classification and field extraction on laid-out text: synthetic pages (each
// parser on its own) and real OCR output of generated scans (tests/extract/data/*.ocr.xml,
// written by `cabut ocr --xml`).
#include <gtest/gtest.h>

#include <algorithm>

#include "extract/extract.h"
#include "extract/letter_parts.h"
#include "extract/ocr_fixture.h"

namespace cabut::extract {
namespace {

using testing::pageFromLines;

const Vocabulary& vocabulary() {
  static const auto loaded = loadVocabulary(std::string(CABUT_SOURCE_DIR) + "/rules");
  return **loaded;
}

ocr::FileText fileOf(std::vector<ocr::PageText> pages) {
  ocr::FileText file;
  file.source = "inbox/scan.pdf";
  file.pages = std::move(pages);
  return file;
}

std::vector<Letter> extract(const std::vector<std::vector<std::string>>& pages) {
  std::vector<ocr::PageText> texts;
  for (size_t i = 0; i < pages.size(); ++i)
    texts.push_back(pageFromLines(pages[i], static_cast<int>(i) + 1));
  return extractLetters(fileOf(std::move(texts)), vocabulary());
}

ocr::FileText fixture(const std::string& name, size_t index = 0) {
  return testing::loadOcrXml(std::string(CABUT_SOURCE_DIR) + "/tests/extract/data/" + name)
      .at(index);
}

const std::vector<std::string> kRequestHead = {
    "PEMERINTAH KABUPATEN MAMUJU",
    "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA",
    "",
    "Nomor     : 800/112/II/2024/BKPSDM          Mamuju, 14 Februari 2024",
    "Sifat     : Biasa",
    "Perihal   : Permohonan Pencabutan Sertifikat",
    "            Elektronik",
    "",
    "Yth. Kepala Dinas Komunikasi dan Informatika",
    "",
    "Dengan ini kami mengajukan permohonan pencabutan sertifikat elektronik:",
};

const std::vector<std::string> kSignature = {
    "Demikian permohonan ini kami sampaikan.",
    "",
    "                                  Kepala Badan Kepegawaian dan",
    "                                  Pengembangan Sumber Daya Manusia,",
    "",
    "",
    "",
    "                                  Dra. Hj. Sitti Aminah, M.Si.",
    "                                  Pembina Utama Muda",
    "                                  NIP. 19680512 199403 2 007",
};

std::vector<std::string> join(std::vector<std::string> a, const std::vector<std::string>& b) {
  a.insert(a.end(), b.begin(), b.end());
  return a;
}

TEST(HeaderFields, TheSalutationUnderAWrappedSubjectIsNoPartOfIt) {
  auto letters =
      extract({{"Nomor     : 800/112/II/2024/BKPSDM", "Perihal   : Permohonan Pencabutan",
                "            Sertifikat Elektronik", "            Dengan hormat,",
                "Bersama ini kami sampaikan permohonan pencabutan."}});
  EXPECT_EQ(letters.at(0).subject.value, "Permohonan Pencabutan Sertifikat Elektronik");
}

TEST(HeaderFields, AnAcronymOneLetterOffIsSpeltAsTheVocabularyLists) {
  const auto subjectRead = [](const std::string& subject) {
    return extract({{"Nomor     : 800/112/II/2024/BKPSDM", "Perihal   : " + subject, ""}})
        .at(0)
        .subject.value;
  };
  EXPECT_EQ(subjectRead("Permohonan Pencabutan Sertifikat Elektronik (ITE)"),
            "Permohonan Pencabutan Sertifikat Elektronik (TTE)");
  EXPECT_EQ(subjectRead("Rekomendasi Pencabutan Sertifikat Elektronik (BSIE)"),
            "Rekomendasi Pencabutan Sertifikat Elektronik (BSrE)");
  EXPECT_EQ(subjectRead("Permohonan Pencabutan Sertifikat Elektronik (TTEs"),
            "Permohonan Pencabutan Sertifikat Elektronik (TTE");
  // A word two letters off stays as read.
  EXPECT_EQ(subjectRead("Permohonan Pencabutan Sertifikat Elektronik (ABC)"),
            "Permohonan Pencabutan Sertifikat Elektronik (ABC)");
}

TEST(HeaderFields, AColonReadAsAStrokeBeforeTheSubjectGoes) {
  auto letters = extract({{"Nomor     : 800/112/II/2024/BKPSDM",
                           "Perihal   1 Permohonan Revoke Sertifikat Elektronik", ""}});
  EXPECT_EQ(letters.at(0).subject.value, "Permohonan Revoke Sertifikat Elektronik");
}

TEST(HeaderFields, NumberDateAndWrappedSubject) {
  auto letters = extract({join(kRequestHead, kSignature)});
  ASSERT_EQ(letters.size(), 1u);
  EXPECT_EQ(letters[0].letterNumber.value, "800/112/II/2024/BKPSDM");
  EXPECT_EQ(letters[0].letterDate.value, "2024-02-14");
  EXPECT_EQ(letters[0].subject.value, "Permohonan Pencabutan Sertifikat Elektronik");
  EXPECT_EQ(letters[0].kind, Kind::request);
}

TEST(HeaderFields, FuzzyAnchorsAndTanggal) {
  auto letters = extract({{"Nornor : 045/12/III/2024", "Tanggal : 5 Maret 2024",
                           "Perlhal : Rekomendasi Pencabutan Sertifikat Elektronik"}});
  ASSERT_EQ(letters.size(), 1u);
  EXPECT_EQ(letters[0].letterNumber.value, "045/12/III/2024");
  EXPECT_EQ(letters[0].letterDate.value, "2024-03-05");
  EXPECT_EQ(letters[0].kind, Kind::recommendation);
}

TEST(HeaderFields, LabelsLostToOcrTheValuesTellWhatTheyAre) {
  auto letters =
      extract({join({"PEMERINTAH KABUPATEN MAMUJU", "",
                     "          : 800/112/II/2024/BKPSDM          Mamuju, 14 Februari 2024",
                     "          : Biasa", "          : Permohonan Pencabutan Sertifikat",
                     "            Elektronik", "", "Dengan ini kami mengajukan permohonan:",
                     "Nama : Andi Saputra", "NIP : 19851201 201001 1 004", ""},
                    kSignature)});
  ASSERT_EQ(letters.size(), 1u);
  EXPECT_EQ(letters[0].letterNumber.value, "800/112/II/2024/BKPSDM");
  EXPECT_EQ(letters[0].subject.value, "Permohonan Pencabutan Sertifikat Elektronik");
  EXPECT_EQ(letters[0].kind, Kind::request);
  ASSERT_EQ(letters[0].holders.size(), 1u);
}

TEST(HeaderFields, SubjectWordOneLetterOffTheVocabularyIsSpeltAgain) {
  auto letters = extract(
      {{"Nomor : 800/112/II/2024", "Perihal : Permohonan Pencabutan Sertifikat Elekironik BSrE"},
       {"Nomor : 800/113/II/2024", "Perihal : PENCABUTAN SERTIFIKAT FLEKTRONIK"}});
  ASSERT_GE(letters.size(), 1u);
  EXPECT_EQ(letters[0].subject.value, "Permohonan Pencabutan Sertifikat Elektronik BSrE");
  EXPECT_EQ(letters[0].subject.printed, "Permohonan Pencabutan Sertifikat Elekironik BSrE");
  ASSERT_EQ(letters.size(), 2u);
  EXPECT_EQ(letters[1].subject.value, "PENCABUTAN SERTIFIKAT ELEKTRONIK");
}

TEST(HeaderFields, SubjectWordTwoLettersOffOrSplitIsSpeltAgain) {
  auto letters = extract(
      {{"Nomor : 800/112/II/2024", "Perihal : Pernjohonan Pencabutan Sertifkat Elektronik"},
       {"Nomor : 800/113/II/2024", "Perihal : Permohonan Pencz butar Sert f kat Elektronik"},
       {"Nomor : 800/114/II/2024", "Perihal : Permohonan Pencabutan Sertifikat Andi Saputra"}});
  ASSERT_EQ(letters.size(), 3u);
  EXPECT_EQ(letters[0].subject.value, "Permohonan Pencabutan Sertifikat Elektronik");
  EXPECT_EQ(letters[0].subject.printed, "Pernjohonan Pencabutan Sertifkat Elektronik");
  EXPECT_EQ(letters[1].subject.value, "Permohonan Pencabutan Sertifikat Elektronik");
  // Words no vocabulary word is near stay as printed.
  EXPECT_EQ(letters[2].subject.value, "Permohonan Pencabutan Sertifikat Andi Saputra");
}

TEST(HeaderFields, SubjectWordSplitAfterSixLettersOrHoldingAColonAndSpecksAtItsEnds) {
  auto letters =
      extract({{"Nomor : 800/112/II/2024", "Perihal : Rekomen jasi Pencabutan Sertifikat"},
               {"Nomor : 800/113/II/2024", "Perihal : Rekomenda:i Pencabutan Sertifikat"},
               {"Nomor : 800/114/II/2024", "Perihal : 5 Permohonan Revoke a.n. Ilyas 2"}});
  ASSERT_EQ(letters.size(), 3u);
  EXPECT_EQ(letters[0].subject.value, "Rekomendasi Pencabutan Sertifikat");
  EXPECT_EQ(letters[1].subject.value, "Rekomendasi Pencabutan Sertifikat");
  EXPECT_EQ(letters[2].subject.value, "Permohonan Revoke a.n. Ilyas");
}

TEST(HeaderFields, SubjectWordWithAStrokeOrAHyphenMisreadIsSpeltAgain) {
  auto letters = extract(
      {{"Nomor : 800/112/II/2024", "Perihal : Permo!ionan Pencabutan-Sertufikai Elektronik"},
       {"Nomor : 800/113/II/2024", "Perihal : Pencabutan Sertifikat Elektronik Non-Aktif"}});
  ASSERT_EQ(letters.size(), 2u);
  EXPECT_EQ(letters[0].subject.value, "Permohonan Pencabutan Sertifikat Elektronik");
  EXPECT_EQ(letters[1].subject.value, "Pencabutan Sertifikat Elektronik Non-Aktif");  // short
}

TEST(HeaderFields, ALongSubjectWordThreeLettersOffButOpeningAlikeIsSpeltAgain) {
  auto letters =
      extract({{"Nomor : 800/112/II/2024", "Perihal : Permohonan Pencabutan Sertikai Elektronik"},
               {"Nomor : 800/113/II/2024", "Perihal : Permohonan Revoke a.n. Kristina"}});
  ASSERT_EQ(letters.size(), 2u);
  EXPECT_EQ(letters[0].subject.value, "Permohonan Pencabutan Sertifikat Elektronik");
  EXPECT_EQ(letters[1].subject.value, "Permohonan Revoke a.n. Kristina");
}

TEST(HeaderFields, SubjectWrapsAfterAMarkForTheColonOrBelowASpeck) {
  auto letters = extract({{"Nomor     : 800/112/II/2024", "Hal       \u00bb Permohonan Pencabutan",
                           "            Sertifikat Elektronik", "", "Dengan hormat,"},
                          {"Nomor     : 800/113/II/2024", "Perihal   : Rekomendasi Pencabutan",
                           "         6  Sertifikat Elektronik", "", "Dengan hormat,"}});
  ASSERT_EQ(letters.size(), 2u);
  EXPECT_EQ(letters[0].subject.value, "Permohonan Pencabutan Sertifikat Elektronik");
  EXPECT_EQ(letters[1].subject.value, "Rekomendasi Pencabutan Sertifikat Elektronik");
}

// The request of kRequestHead with its number row `number` and, below its head, the date
// line `dateLine`.
std::vector<Letter> requestDated(const std::string& number, const std::string& dateLine) {
  auto head = kRequestHead;
  head[3] = "Nomor     : " + number;
  return extract({join(join(head, {"", dateLine}), kSignature)});
}

TEST(HeaderFields, ADateLineWithASpeckOrItsMonthLost) {
  auto letters = requestDated("555/50/Disdikbud/XII/2023", "Majen 2, 20 Maret 2024");
  ASSERT_EQ(letters.size(), 1u);
  EXPECT_EQ(letters[0].letterDate.value, "2024-03-20");
  // The comma read as a dot, specks after the year.
  letters = requestDated("555/50/Disdikbud/XII/2023", "Mamuju. 20 Maret 2024 0. -");
  ASSERT_EQ(letters.size(), 1u);
  EXPECT_EQ(letters[0].letterDate.value, "2024-03-20");
  // The month word unreadable: the number's Roman month, with the line's day and year.
  letters = requestDated("555/50/Disdikbud/XII/2023", "Majene, 14      2023  .%");
  ASSERT_EQ(letters.size(), 1u);
  EXPECT_EQ(letters[0].letterDate.value, "2023-12-14");
  EXPECT_LT(letters[0].letterDate.confidence, 0.6);
}

TEST(HeaderFields, ADateLineSplitAfterItsPlaceOrWithItsYearBent) {
  // A gap read after the place's comma puts the date in the next segment.
  auto letters = requestDated("555/218/I/2024/BKPSDM", "AN     Parepare,      15 Mei 2024");
  ASSERT_EQ(letters.size(), 1u);
  EXPECT_EQ(letters[0].letterDate.value, "2024-05-15");
  // A gap read after the place, its comma lost.
  letters = requestDated("555/218/I/2024/BKPSDM", "PRE      16 Januari 2024");
  ASSERT_EQ(letters.size(), 1u);
  EXPECT_EQ(letters[0].letterDate.value, "2024-01-16");
  // "2224": the letter number's year, one digit off.
  letters = requestDated("555/218/I/2024/BKPSDM", "Mamuju, 18 Januari 2224");
  ASSERT_EQ(letters.size(), 1u);
  EXPECT_EQ(letters[0].letterDate.value, "2024-01-18");
  EXPECT_LT(letters[0].letterDate.confidence, 0.6);
  // "202": the year cut to its first three digits.
  letters = requestDated("555/218/I/2024/BKPSDM", "Mamasa, 2 Februari 202");
  ASSERT_EQ(letters.size(), 1u);
  EXPECT_EQ(letters[0].letterDate.value, "2024-02-02");
}

TEST(HeaderFields, AStrokeBetweenThePlaceAndTheMonthIsTheDayOne) {
  auto letters = requestDated("555/218/III/2024/BKPSDM", "Mamuju, | Maret 2024");
  ASSERT_EQ(letters.size(), 1u);
  EXPECT_EQ(letters[0].letterDate.value, "2024-03-01");
}

TEST(HeaderFields, NothingInventedWhenAbsent) {
  auto letters = extract({{"Kepada Yth. Kepala Dinas", "Dengan hormat,",
                           "mohon pencabutan sertifikat elektronik saya."}});
  ASSERT_EQ(letters.size(), 1u);
  EXPECT_FALSE(letters[0].letterNumber.found());
  EXPECT_FALSE(letters[0].letterDate.found());
  EXPECT_FALSE(letters[0].subject.found());
  EXPECT_TRUE(letters[0].holders.empty());
}

TEST(ColonLists, RepeatedBlocksGiveOneHolderEach) {
  auto page =
      join(kRequestHead,
           {"1. Nama       : Muhammad Rizal, S.Kom.", "   NIP        : 19900315 201503 1 002",
            "   NIK        : 7602011503900002", "   Jabatan    : Analis Kepegawaian",
            "   Unit Kerja : Badan Kepegawaian dan Pengembangan",
            "                Sumber Daya Manusia", "   E-mail     : Rizal@MamujuKab.go.id",
            "   Alasan     : pindah tugas ke Kabupaten Majene", "2. Nama       : Andi Saputra",
            "   NIP        : 19851201 201001 1 004", "   Alasan     : Pensiun", ""});
  auto letters = extract({join(page, kSignature)});
  ASSERT_EQ(letters.size(), 1u);
  ASSERT_EQ(letters[0].holders.size(), 2u);
  const Person& rizal = letters[0].holders[0];
  EXPECT_EQ(rizal.name.value, "Muhammad Rizal, S.Kom.");
  EXPECT_EQ(rizal.nip.value, "199003152015031002");
  EXPECT_EQ(rizal.nik.value, "7602011503900002");
  EXPECT_EQ(rizal.position.value, "Analis Kepegawaian");
  EXPECT_EQ(rizal.unit.value, "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia");
  EXPECT_EQ(rizal.email.value, "rizal@mamujukab.go.id");
  EXPECT_EQ(rizal.reason.value, "affiliationChanged");
  EXPECT_EQ(rizal.reason.printed, "pindah tugas ke Kabupaten Majene");
  EXPECT_EQ(letters[0].holders[1].name.value, "Andi Saputra");
  EXPECT_EQ(letters[0].holders[1].reason.value, "cessationOfOperation");
  EXPECT_FALSE(letters[0].holders[1].email.found());
}

TEST(ColonLists, AHoldersReasonReadGarbledGivesWayToTheBodys) {
  auto head = kRequestHead;
  head.back() = "Sehubungan dengan yang bersangkutan telah pensiun, kami mengajukan permohonan";
  head.push_back("pencabutan sertifikat elektronik:");
  auto letters =
      extract({join(join(head, {"Nama       : Siti Rahma", "NIP        : 19900101 201501 2 001",
                                "Keterangan : Pqrxz wvy", ""}),
                    kSignature)});
  ASSERT_EQ(letters.at(0).holders.size(), 1u);
  EXPECT_EQ(letters[0].holders[0].reason.value, "cessationOfOperation");
}

TEST(ColonLists, SpecksAfterAPositionGoRomanNumeralsStay) {
  auto letters = extract({join(
      kRequestHead, {"Nama : Andi", "NIP : 19900101 201501 1 001",
                     "Jabatan : Pranata Komputer Terampil = 925", "Unit Kerja : Seksi I", ""})});
  ASSERT_EQ(letters.at(0).holders.size(), 1u);
  EXPECT_EQ(letters[0].holders[0].position.value, "Pranata Komputer Terampil");
  EXPECT_EQ(letters[0].holders[0].unit.value, "Seksi I");
}

TEST(ColonLists, SpecksInsideAndGluedBeforeAPositionGo) {
  // A lone small letter between two capitalised words, a cell rule glued to the first.
  auto letters =
      extract({join(kRequestHead, {"Nama : Andi", "NIP : 19900101 201501 1 001",
                                   "Jabatan : Analis Kepegawaian Ahli d Muda",
                                   "Unit Kerja : |Dinas Komunikasi dan Informatika", ""})});
  ASSERT_EQ(letters.at(0).holders.size(), 1u);
  EXPECT_EQ(letters[0].holders[0].position.value, "Analis Kepegawaian Ahli Muda");
  EXPECT_EQ(letters[0].holders[0].unit.value, "Dinas Komunikasi dan Informatika");
}

TEST(ColonLists, EmailRepairedFromTheLetterheadDomains) {
  auto letters = extract({{"PEMERINTAH KABUPATEN MAMASA", "INSPEKTORAT DAERAH",
                           "Email: inspektorat@mamasakab.go.id Laman: inspektorat.mamasakab.go.id",
                           "Perihal : Permohonan Pencabutan Sertifikat Elektronik",
                           "1. Nama : Haeruddin", "   Email : haeruddin@inspektoratmamasakab.go.id",
                           "2. Nama : Firman", "   Email : firman.rahmanomamasakab.go.id"}});
  ASSERT_EQ(letters.at(0).holders.size(), 2u);
  EXPECT_EQ(letters[0].holders[0].email.value, "haeruddin@inspektorat.mamasakab.go.id");
  EXPECT_EQ(letters[0].holders[1].email.value, "firman.rahman@mamasakab.go.id");
}

TEST(ColonLists, ColonReadAsAnotherMarkIsNoPartOfTheValue) {
  auto letters =
      extract({join(kRequestHead, {"Nama : Arifin, S.Psi.", "NIP     *     119930726 202021 1.003",
                                   "NIK     + 7606054510890001",
                                   "E-mail \u201c1 arifin93@disdukcapil.go.id", ""})});
  ASSERT_EQ(letters.at(0).holders.size(), 1u);
  EXPECT_EQ(letters[0].holders[0].nik.value, "7606054510890001");  // "NIK  + 7606..."
  EXPECT_EQ(letters[0].holders[0].nip.value, "199307262020211003");
  EXPECT_EQ(letters[0].holders[0].email.value, "arifin93@disdukcapil.go.id");
}

TEST(ColonLists, EnumeratorBeforeALabelWhoseColonReadAsMarks) {
  auto letters = extract({join(kRequestHead, {"1.   Nama      : Muhammad Rizal, S.T.",
                                              "     NIP       : 19911121 201903 1 023",
                                              "2.   Nama      \"\u00bbMardiana, S.E., M.A.P.",
                                              "     NIP       : 19680721 199803 2 004", ""})});
  ASSERT_EQ(letters.at(0).holders.size(), 2u);
  EXPECT_EQ(letters[0].holders[1].name.value, "Mardiana, S.E., M.A.P.");
  EXPECT_EQ(letters[0].holders[1].nip.value, "196807211998032004");
}

TEST(ColonLists, GapForALostDotInsideTheDomain) {
  // No letterhead shows the domain: the gap on the line is the only trace of the dot.
  auto letters = extract(
      {join(kRequestHead, {"Nama : Haeruddin", "Email : haeruddin@inspektorat mamasakab.go.id",
                           "Nama : Firman", "Email : firman@mamasakab.go id", ""})});
  ASSERT_EQ(letters.at(0).holders.size(), 2u);
  EXPECT_EQ(letters[0].holders[0].email.value, "haeruddin@inspektorat.mamasakab.go.id");
  EXPECT_EQ(letters[0].holders[1].email.value, "firman@mamasakab.go.id");
}

TEST(ColonLists, AnAddressMisreadWithoutItsDotDoesNotSpoilTheOthers) {
  auto letters =
      extract({join(kRequestHead, {"Nama : Wayan", "Email : wayan@palukotago.id", "Nama : Irwan",
                                   "Email : irwan@palukota.go.id", ""})});
  ASSERT_EQ(letters.at(0).holders.size(), 2u);
  EXPECT_EQ(letters[0].holders[0].email.value, "wayan@palukota.go.id");
  EXPECT_EQ(letters[0].holders[1].email.value, "irwan@palukota.go.id");
}

TEST(ColonLists, WellReadAddressesDoNotTakeADotANarrowCellPutIn) {
  // One address wrapped in a narrow cell came out "mamu.jutengahkab"; the others, read
  // whole, are the domain and keep it.
  auto letters =
      extract({join(kRequestHead, {"Nama : Ramli", "Email : ramli74@mamujutengahkab.go.id",
                                   "Nama : Ichwan", "Email : ichwan@mamu.jutengahkab.go.id",
                                   "Nama : Hasan", "Email : hasan@mamujutengahkab.go.id", ""})});
  ASSERT_EQ(letters.at(0).holders.size(), 3u);
  EXPECT_EQ(letters[0].holders[0].email.value, "ramli74@mamujutengahkab.go.id");
  EXPECT_EQ(letters[0].holders[2].email.value, "hasan@mamujutengahkab.go.id");
}

TEST(ColonLists, UserNameANarrowLetterOffTheHoldersNameTakesItsSpelling) {
  // "iham" lost the l of Ilham, "magdatena" read an l as t, "Ipakiding" is lpakiding in
  // capitals; "iilyas" (I of Ilyas + ilyas) and "muhamad" (a wide letter off Muhammad) are the
  // holders' own spellings, and "irwan" beside a name read without its capital stays.
  auto letters = extract(
      {join(kRequestHead, {"Nama : Andi Ilham Djalil", "Email : iham.djalil@makassarkota.go.id",
                           "Nama : Magdalena, S.E.", "Email : magdatena79@makassarkota.go.id",
                           "Nama : Lidya Pakiding", "Email : Ipakiding@makassarkota.go.id",
                           "Nama : Ilyas", "Email : iilyas@makassarkota.go.id",
                           "Nama : Muhammad Yusuf", "Email : muhamad.yusuf@makassarkota.go.id",
                           "Nama : trwan, S.Kep.", "Email : irwan@makassarkota.go.id", ""})});
  ASSERT_EQ(letters.at(0).holders.size(), 6u);
  const auto& holders = letters[0].holders;
  EXPECT_EQ(holders[0].email.value, "ilham.djalil@makassarkota.go.id");
  EXPECT_EQ(holders[0].email.printed, "iham.djalil@makassarkota.go.id");
  EXPECT_EQ(holders[1].email.value, "magdalena79@makassarkota.go.id");
  EXPECT_EQ(holders[2].email.value, "lpakiding@makassarkota.go.id");
  EXPECT_EQ(holders[3].email.value, "iilyas@makassarkota.go.id");
  EXPECT_EQ(holders[4].email.value, "muhamad.yusuf@makassarkota.go.id");
  EXPECT_EQ(holders[5].email.value, "irwan@makassarkota.go.id");
}

TEST(ColonLists, UserNameWithALetterMisreadRatherThanASpeckTakesTheNamesSpelling) {
  // "ipakiding": the l of lpakiding read as i (not a speck before "pakiding"); "ataufig":
  // the q's tail blurred into a g.
  auto letters = extract(
      {join(kRequestHead, {"Nama : Lidya Pakiding", "Email : ipakiding@makassarkota.go.id",
                           "Nama : Ahmad Taufiq", "Email : ataufig@makassarkota.go.id", ""})});
  ASSERT_EQ(letters.at(0).holders.size(), 2u);
  EXPECT_EQ(letters[0].holders[0].email.value, "lpakiding@makassarkota.go.id");
  EXPECT_EQ(letters[0].holders[1].email.value, "ataufiq@makassarkota.go.id");
}

TEST(ColonLists, CapitalisedUserNameKeepsTheHoldersI) {
  // A capital I in an address is read as an l; where the clerk capitalised "Ilham" the
  // holder's name puts the i back.
  auto letters = extract(
      {join(kRequestHead, {"Nama : H. Ilham, A.Md.", "Email : Ilham@pareparekota.go.id", ""})});
  ASSERT_EQ(letters.at(0).holders.size(), 1u);
  EXPECT_EQ(letters[0].holders[0].email.value, "ilham@pareparekota.go.id");
}

TEST(ColonLists, DomainMisreadInLettersTakesTheOneTheLetterShows) {
  // A low-resolution cell read "makassar" as "makussur" and lost the top-level label's
  // letters; the letterhead and the other addresses show the domain.
  auto letters = extract({{"PEMERINTAH KOTA MAKASSAR", "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG",
                           "Email: dpupr@makassarkota.go.id Laman: pupr.makassarkota.go.id",
                           "Perihal : Permohonan Pencabutan Sertifikat Elektronik",
                           "1. Nama : Ribka", "   Email : ribka91@makussarkotu.go.id",
                           "2. Nama : Yohanis", "   Email : yohanis@pupr.makussurkota.go.id",
                           "3. Nama : Kadir", "   Email : kadir72@makassarkota.go.3",
                           "4. Nama : Amir", "   Email : amir93@makassarkota.go.id"}});
  ASSERT_EQ(letters.at(0).holders.size(), 4u);
  EXPECT_EQ(letters[0].holders[0].email.value, "ribka91@makassarkota.go.id");
  EXPECT_EQ(letters[0].holders[1].email.value, "yohanis@pupr.makassarkota.go.id");
  EXPECT_EQ(letters[0].holders[2].email.value, "kadir72@makassarkota.go.id");
  EXPECT_EQ(letters[0].holders[3].email.value, "amir93@makassarkota.go.id");
  // A dot read inside a short domain's label along with a letter misread.
  letters = extract({{"PEMERINTAH KABUPATEN GOWA", "Email: bkpsdm@gowakab.go.id",
                      "Perihal : Permohonan Pencabutan Sertifikat Elektronik",
                      "1. Nama : Rusnawati", "   Email : rusnawati@go.vakab.go.id",
                      "2. Nama : Amir", "   Email : amir93@gowakab.go.id"}});
  ASSERT_EQ(letters.at(0).holders.size(), 2u);
  EXPECT_EQ(letters[0].holders[0].email.value, "rusnawati@gowakab.go.id");
}

TEST(ColonLists, ALetterheadWithoutAnAddressStillNamesTheRegionsDomain) {
  // A regency's offices write under "<name>kab.go.id", a city's under "<name>kota.go.id".
  auto letters = extract(
      {{"PEMERINTAH KABUPATEN MAMASA", "DINAS KESEHATAN", "Jalan Poros Mamasa No. 5",
        "Perihal : Permohonan Pencabutan Sertifikat", "1. Nama : Hatta",
        "   Email : hatta@ma.masaka.go.id", "2. Nama : Endah", "   Email : endah@mamasakab.co.id",
        "3. Nama : Yusuf", "   Email : yusuf@gmail.com"}});
  ASSERT_EQ(letters.at(0).holders.size(), 3u);
  EXPECT_EQ(letters[0].holders[0].email.value, "hatta@mamasakab.go.id");
  EXPECT_EQ(letters[0].holders[1].email.value, "endah@mamasakab.go.id");
  EXPECT_EQ(letters[0].holders[2].email.value, "yusuf@gmail.com");
  letters = extract(
      {{"PEMERINTAH KOTA PAREPARE", "DINAS SOSIAL", "Perihal : Permohonan Pencabutan Sertifikat",
        "1. Nama : Hatta", "   Email : hatta@pureparekota.go.id"}});
  ASSERT_EQ(letters.at(0).holders.size(), 1u);
  EXPECT_EQ(letters[0].holders[0].email.value, "hatta@pareparekota.go.id");
}

TEST(ColonLists, AnAtPutBackBeforeTheLettersDomainLeavesTheDigitsRepaired) {
  // "@" read as "e": put back before the domain the letterhead shows, after which the
  // user name's "9l" is a birth year's "91" as in any other address.
  auto letters = extract(
      {{"PEMERINTAH KABUPATEN MAMUJU", "BADAN KEPEGAWAIAN DAERAH", "Email: bkd@mamujukab.go.id",
        "Perihal : Permohonan Pencabutan Sertifikat Elektronik", "1. Nama : Hajrah",
        "   Email : hajrah9lemamujukab.go.id"}});
  ASSERT_EQ(letters.at(0).holders.size(), 1u);
  EXPECT_EQ(letters[0].holders[0].email.value, "hajrah91@mamujukab.go.id");
}

TEST(ColonLists, AnotherUnitOfTheSameDomainIsNoMisreading) {
  // "dinkes." and "dinsos." are two edits apart, but both end in the regency's domain.
  auto letters = extract({{"PEMERINTAH KABUPATEN MAMASA", "DINAS SOSIAL",
                           "Perihal : Permohonan Pencabutan Sertifikat Elektronik",
                           "1. Nama : Hasnah", "   Email : hasnah@dinkes.mamasakab.go.id",
                           "2. Nama : Ahmad", "   Email : ahmad@dinsos.mamasakab.go.id",
                           "3. Nama : Yusuf", "   Email : yusuf@dinsos.mamasakab.go.id",
                           "4. Nama : Retno", "   Email : retno97@gmail.com"}});
  ASSERT_EQ(letters.at(0).holders.size(), 4u);
  EXPECT_EQ(letters[0].holders[0].email.value, "hasnah@dinkes.mamasakab.go.id");
  EXPECT_EQ(letters[0].holders[3].email.value, "retno97@gmail.com");
}

TEST(ColonLists, CombinedLabelsSplitTheirValues) {
  auto letters =
      extract({join(kRequestHead, {"Nama/NIP : Andi Saputra, S.Kom. / 19851201 201001 1 004",
                                   "NIP/NIK : 19900101 201501 1 001 / 7371010101900003",
                                   "Instansi/Unit Kerja : Dinas Sosial", ""})});
  ASSERT_EQ(letters.at(0).holders.size(), 1u);
  const Person& holder = letters[0].holders[0];
  EXPECT_EQ(holder.name.value, "Andi Saputra, S.Kom.");
  EXPECT_EQ(holder.nip.value, "199001012015011001");  // the later, explicit NIP line
  EXPECT_EQ(holder.nik.value, "7371010101900003");
  EXPECT_EQ(holder.unit.value, "Dinas Sosial");
}

TEST(ColonLists, SignerDescribedBeforeTheHolderIsNotAHolder) {
  auto letters =
      extract({join({"SURAT REKOMENDASI", "Nomor : 800/45/I/2024",
                     "Yang bertanda tangan di bawah ini:", "Nama     : Dr. H. Hamsah, M.M.",
                     "NIP      : 19730516 199601 1 017", "Jabatan  : Kepala Badan Kepegawaian",
                     "merekomendasikan pencabutan sertifikat elektronik atas nama:",
                     "Nama     : Siti Rahma", "NIP      : 19900101 201501 2 001", ""},
                    kSignature)});
  ASSERT_EQ(letters.size(), 1u);
  EXPECT_EQ(letters[0].kind, Kind::recommendation);
  ASSERT_EQ(letters[0].holders.size(), 1u);
  EXPECT_EQ(letters[0].holders[0].name.value, "Siti Rahma");
  EXPECT_EQ(letters[0].holders[0].reason.value, "unspecified");
  // A short sentence between the two lists, of five words like a smudged label's row.
  letters = extract(
      {join({"SURAT REKOMENDASI", "Nomor : 800/45/I/2024", "Yang bertanda tangan di bawah ini:",
             "Nama     : Dr. H. Hamsah, M.M.", "NIP      : 19730516 199601 1 017",
             "Jabatan  : Kepala Badan Kepegawaian", "Dengan ini memberikan rekomendasi kepada",
             "Nama     : Siti Rahma", "NIP      : 19900101 201501 2 001", ""},
            kSignature)});
  ASSERT_EQ(letters.size(), 1u);
  ASSERT_EQ(letters[0].holders.size(), 1u);
  EXPECT_EQ(letters[0].holders[0].name.value, "Siti Rahma");
}

TEST(ColonLists, TheSentenceIntroducingTheHoldersEndsTheSignersListDespiteItsColon) {
  auto letters =
      extract({join({"SURAT REKOMENDASI", "Nomor : 800/45/I/2024",
                     "Yang bertanda tangan di bawah ini:", "Nama     : Dr. H. Hamsah, M.M.",
                     "NIP      : 19730516 199601 1 017", "Jabatan  : Kepala Badan Kepegawaian",
                     "Dengan ini: merekomendasikan pencabutan sertifikat elektronik atas nama:",
                     "Nama     : Siti Rahma", "NIP      : 19900101 201501 2 001", ""},
                    kSignature)});
  ASSERT_EQ(letters.size(), 1u);
  ASSERT_EQ(letters[0].holders.size(), 1u);
  EXPECT_EQ(letters[0].holders[0].name.value, "Siti Rahma");
}

// One page where a word marked with "~" is one the engine was unsure of (confidence 0.3),
// and one marked with "!" one it all but rejected (0.1).
std::vector<Letter> extractMarked(const std::vector<std::string>& lines) {
  ocr::PageText page = pageFromLines(lines, 1);
  for (auto& line : page.lines) {
    for (auto& word : line.words) {
      for (const auto& [marker, confidence] : {std::pair{'~', 0.3f}, std::pair{'!', 0.1f}}) {
        if (const auto mark = word.text.find(marker); mark != std::string::npos) {
          word.text.erase(mark, 1);
          word.confidence = confidence;
        }
      }
    }
  }
  return extractLetters(fileOf({std::move(page)}), vocabulary());
}

TEST(HeaderFields, AColonReadAsAShortWordTheEngineAllButRejectedGoes) {
  // "Perihal vat Permohonan ...": the colon and a speck read as a word at confidence 0.1;
  // the same word read surely is part of the subject.
  for (const std::string subjectLine :
       {"Perihal vat! Permohonan Pencabutan Sertifikat Elektronik",
        "Perihal   vat! Permohonan Pencabutan Sertifikat Elektronik"}) {
    auto letters = extractMarked({"Nomor     : 800/112/II/2024/BKPSDM", subjectLine});
    ASSERT_EQ(letters.size(), 1u);
    EXPECT_EQ(letters[0].subject.value, "Permohonan Pencabutan Sertifikat Elektronik");
    EXPECT_EQ(letters[0].kind, Kind::request);
  }
  auto sure = extractMarked({"Nomor     : 800/112/II/2024/BKPSDM",
                             "Perihal   Ada Permohonan Pencabutan Sertifikat Elektronik"});
  EXPECT_EQ(sure.at(0).subject.value, "Ada Permohonan Pencabutan Sertifikat Elektronik");
  // Digits so read are the value's own.
  auto nip = extractMarked(
      join(kRequestHead, {"Nama     : Siti Rahma", "NIP   *   197! 10508199712 1003", ""}));
  ASSERT_EQ(nip.at(0).holders.size(), 1u);
  EXPECT_EQ(nip[0].holders[0].nip.value, "197105081997121003");
}

TEST(ColonLists, AMisreadSentenceWithAColonBetweenTheSignersListAndTheHoldersEndsTheFirst) {
  // "Memberikan rekomendasi" read with a colon inside it: no label of the list.
  auto letters = extract(
      {join({"SURAT REKOMENDASI", "Nomor : 800/45/I/2024", "Yang bertanda tangan di bawah ini:",
             "Nama     : Dedi Kurniawan, S.Stat.", "NIP      : 19680511 199802 1 001",
             "Jabatan  : Kepala Dinas Kependudukan dan Pencatatan Sipil",
             "Memberikan r :komendasi pencab stan Se tifikat Elektronik kepada pegawai berikut:",
             "Nama     : Ilyas, S.Ak.", "NIP      : 19680926 200302 1 019",
             "Alasan   : Perubahan NIK", ""},
            kSignature)});
  ASSERT_EQ(letters.size(), 1u);
  ASSERT_EQ(letters[0].holders.size(), 1u);
  EXPECT_EQ(letters[0].holders[0].name.value, "Ilyas, S.Ak.");
}

TEST(ColonLists, ASentenceNamingTheSignerThenRecommendingIntroducesTheHolder) {
  // The signer is named in the sentence itself: the list after it is the holder's.
  auto letters =
      extract({join({"SURAT REKOMENDASI", "Nomor : 800/45/I/2024",
                     "Yang bertanda tangan di bawah ini Kepala Badan Kepegawaian dan",
                     "Pengembangan Sumber Daya Manusia, dengan ini merekomendasikan pencabutan",
                     "sertifikat elektronik pegawai berikut:", "Nama     : Siti Rahma",
                     "NIP      : 19900101 201501 2 001", "Jabatan  : Analis Kepegawaian", ""},
                    kSignature)});
  ASSERT_EQ(letters.size(), 1u);
  ASSERT_EQ(letters[0].holders.size(), 1u);
  EXPECT_EQ(letters[0].holders[0].name.value, "Siti Rahma");
}

TEST(ColonLists, AUnitCutShortIsCompletedFromTheLetterheadsOfficeName) {
  const auto unitRead = [](const std::string& unitLine) {
    auto letters = extract(
        {join({"PEMERINTAH KABUPATEN MAMASA", "DINAS PENANAMAN MODAL DAN PELAYANAN",
               "TERPADU SATU PINTU", "Jalan Poros Mamasa No. 5, Telp. (0428) 21478", "",
               "Nomor     : 800/112/II/2024", "Perihal   : Permohonan Pencabutan Sertifikat", "",
               "Nama       : Siti Rahma", "NIP        : 19900101 201501 2 001", unitLine, ""},
              kSignature)});
    return letters.at(0).holders.at(0).unit.value;
  };
  EXPECT_EQ(unitRead("Unit Kerja : Dinas Penanaman Modal dan"),
            "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu");
  EXPECT_EQ(unitRead("Unit Kerja : Bidang Perizinan, Dinas Penanaman Modal dan Pelayanan Terp"),
            "Bidang Perizinan, Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu");
  // A whole name, or another office's, stays as printed.
  EXPECT_EQ(unitRead("Unit Kerja : Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu"),
            "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu");
  EXPECT_EQ(unitRead("Unit Kerja : Dinas Kesehatan dan"), "Dinas Kesehatan dan");
}

TEST(SignatureBlock, ATitleCutShortIsCompletedFromTheLetterheadsOfficeName) {
  // The stamp hid the title's last line ("Pelayanan Terpadu Satu Pintu,").
  auto letters =
      extract({{"PEMERINTAH KABUPATEN MAMASA", "DINAS PENANAMAN MODAL DAN PELAYANAN",
                "TERPADU SATU PINTU", "Jalan Poros Mamasa No. 5", "", "Nomor     : 800/112/II/2024",
                "Perihal   : Permohonan Pencabutan Sertifikat", "", "Nama       : Siti Rahma",
                "NIP        : 19900101 201501 2 001", "", "Demikian permohonan ini kami sampaikan.",
                "", "                                  Kepala Dinas Penanaman Modal dan", "", "",
                "                                  Dra. Hj. Sitti Aminah, M.Si.",
                "                                  NIP. 19680512 199403 2 007"}});
  ASSERT_EQ(letters.size(), 1u);
  EXPECT_EQ(letters[0].signatory.position.value,
            "Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu");
}

TEST(ColonLists, AListNumberWithItsDotReadAsASemicolonIsNoKey) {
  auto letters =
      extract({join(join(kRequestHead, {"i;   Nama Lengkap : Dwi Lestari, A.Md.Keb.",
                                        "     NIP          : 19930208 201412 2 003", ""}),
                    kSignature)});
  ASSERT_EQ(letters.size(), 1u);
  ASSERT_EQ(letters[0].holders.size(), 1u);
  EXPECT_EQ(letters[0].holders[0].name.value, "Dwi Lestari, A.Md.Keb.");
}

TEST(ColonLists, ANameAfterAPersonsOtherFieldsStartsTheNextPerson) {
  // The first holder's "Nama" row was not read: the second holder's name is not hers.
  auto letters = extract(
      {join(join(kRequestHead,
                 {"Xq ~~ zz", "NIP      : 19930208 201412 2 003", "NIK      : 7604074802930022",
                  "Jabatan  : Pranata Hubungan Masyarakat", "Nama     : Sitti Rahmah, S.Ak.",
                  "NIP      : 19870704 202112 2 011", ""}),
            kSignature)});
  ASSERT_EQ(letters.size(), 1u);
  ASSERT_EQ(letters[0].holders.size(), 2u);
  EXPECT_FALSE(letters[0].holders[0].name.found());
  EXPECT_EQ(letters[0].holders[0].nip.value, "199302082014122003");
  EXPECT_EQ(letters[0].holders[1].name.value, "Sitti Rahmah, S.Ak.");
  EXPECT_EQ(letters[0].holders[1].nip.value, "198707042021122011");
}

TEST(ColonLists, ANameAloneThatReadsAsNoNameIsNoHolder) {
  // A stamp's lettering under the list read "Naa ogee sn KOTA PALL," (a "Nama" row).
  auto letters = extract({join(
      join(kRequestHead, {"Nama     : Petrus Kamasi, S.T.", "NIP      : 19810302 200404 1 001",
                          "Naa      : ogee sn KOTA PALL,", ""}),
      kSignature)});
  ASSERT_EQ(letters.size(), 1u);
  ASSERT_EQ(letters[0].holders.size(), 1u);
  EXPECT_EQ(letters[0].holders[0].name.value, "Petrus Kamasi, S.T.");
}

TEST(ColonLists, AWideGapInsideAValueIsNoColumnEdge) {
  // A photographed page: "Subbagian" and "Umum" four spaces apart; the header's date
  // beside the number stays out of it.
  auto letters = extract(
      {join(join(kRequestHead, {"Nama     : Siti Rahma", "NIP      : 19900101 201501 2 001",
                                "Jabatan  : Kepala Subbagian    Umum dan Kepegawaian",
                                "Unit     : Subbagian Umum,    Badan Perencanaan Daerah", ""}),
            kSignature)});
  ASSERT_EQ(letters.size(), 1u);
  ASSERT_EQ(letters[0].holders.size(), 1u);
  EXPECT_EQ(letters[0].holders[0].position.value, "Kepala Subbagian Umum dan Kepegawaian");
  EXPECT_EQ(letters[0].holders[0].unit.value, "Subbagian Umum, Badan Perencanaan Daerah");
  EXPECT_EQ(letters[0].letterNumber.value, "800/112/II/2024/BKPSDM");
}

TEST(ColonLists, AColonReadAsAnUnsureMarkStillSeparatesANameFromItsLabel) {
  auto letters = extractMarked(join(
      join(kRequestHead, {"Nama Lengkap \u201c4~ Siti Rahma, S.Ak.",
                          "NIP      : 19900101 201501 2 001", "Jabatan  : Analis Kepegawaian", ""}),
      kSignature));
  ASSERT_EQ(letters.size(), 1u);
  ASSERT_EQ(letters[0].holders.size(), 1u);
  EXPECT_EQ(letters[0].holders[0].name.value, "Siti Rahma, S.Ak.");
}

TEST(ColonLists, UnsureShortWordsBetweenALabelAndItsColonAreNoPartOfTheKey) {
  // A phone photo's shadows read as "ox Sum" between "Nama" and the colon; read surely,
  // the same words make a key that is no label.
  const auto nameRead = [](const std::string& nameLine) {
    auto letters =
        extractMarked(join(join(kRequestHead, {nameLine, "NIP      : 19800320 201102 2 026",
                                               "Jabatan  : Pranata Komputer Ahli Pertama", ""}),
                           kSignature));
    return letters.empty() || letters[0].holders.empty() ? std::string()
                                                         : letters[0].holders[0].name.value;
  };
  EXPECT_EQ(nameRead("Nama ox~ Sum~ : Nurmiati Pattola"), "Nurmiati Pattola");
  EXPECT_NE(nameRead("Nama ox Sum : Nurmiati Pattola"), "Nurmiati Pattola");
}

TEST(HeaderFields, SubjectWithAMisreadColonBesideTheAddresseeColumn) {
  // The row's only colon ends the addressee column on the right; the subject's own colon
  // was read as an unsure mark.
  auto letters = extractMarked(join(
      {"PEMERINTAH KABUPATEN MAMUJU TENGAH", "", "Nomor     : 800/112/VIII/2023",
       "Perihal   \u00a9.~ Permohonan Pencabutan Sertifikat       Kepada Yth. Kepala Dinas Mamuju:",
       "", "Dalam rangka tertib administrasi, bersama ini kami sampaikan hal berikut:",
       "Nama      : Siti Rahma", "NIP       : 19900101 201501 2 001", ""},
      kSignature));
  ASSERT_EQ(letters.size(), 1u);
  EXPECT_EQ(letters[0].subject.value, "Permohonan Pencabutan Sertifikat");
  EXPECT_EQ(letters[0].kind, Kind::request);
}

TEST(Classify, BodyWordingWithAGapReadInsideAWord) {
  // No subject was read; the body's "pencabutan" was read in two pieces. Pieces that make
  // no word of the wording looked for stay apart.
  const std::vector<std::string> head = {"PEMERINTAH KABUPATEN MAJENE", "",
                                         "Nomor     : 400.9/310/Dinsos/V/2024",
                                         "Lampiran  : 1 (satu) lembar", ""};
  auto letters = extract({join(
      join(head, {"bersama ini kami mengajukan permohonan pe rceabutan Sertifikat Elektronik", ""}),
      kSignature)});
  ASSERT_EQ(letters.size(), 1u);
  EXPECT_EQ(letters[0].kind, Kind::request);
  letters =
      extract({join(join(head, {"bersama ini kami mengajukan permohonan per cabut sertifikat", ""}),
                    kSignature)});
  ASSERT_EQ(letters.size(), 1u);
  EXPECT_EQ(letters[0].kind, Kind::other);
}

TEST(HeaderFields, UnsureScrapInTheMarginBeforeAWholeLabelAndItsColon) {
  auto letters =
      extractMarked(join({"PEMERINTAH KOTA PALU", "", "Nomor     : 555/274/BPKAD/IV/2024",
                          "\u201cey~ Perihal. : Permohonan Pencabutan Sertifikat Elektronik", "",
                          "Dengan hormat, bersama ini kami sampaikan hal berikut:", ""},
                         kSignature));
  ASSERT_EQ(letters.size(), 1u);
  EXPECT_EQ(letters[0].subject.value, "Permohonan Pencabutan Sertifikat Elektronik");
  EXPECT_EQ(letters[0].kind, Kind::request);
  // A sure word before the label is no scrap: the row is no subject then.
  auto sure = extractMarked(join({"PEMERINTAH KOTA PALU", "", "Nomor     : 555/274/BPKAD/IV/2024",
                                  "ey Perihal. : Permohonan Pencabutan Sertifikat Elektronik"},
                                 kSignature));
  ASSERT_EQ(sure.size(), 1u);
  EXPECT_FALSE(sure[0].subject.found());
}

TEST(ColonLists, SpecksInTheMarginAndAColonReadAsLettersAreNoPartOfTheRow) {
  auto letters = extractMarked(
      join(join(kRequestHead,
                {"we! . Nama Lengkap \u2014'~ \u201cAwaluddin Syam, S.T.:",
                 "NIP        ot! 197007071996031122", "Jabatan    : Kepala Subbagian", ""}),
           kSignature));
  ASSERT_EQ(letters.size(), 1u);
  ASSERT_EQ(letters[0].holders.size(), 1u);
  EXPECT_EQ(letters[0].holders[0].name.value, "Awaluddin Syam, S.T.");
  EXPECT_EQ(letters[0].holders[0].nip.value, "197007071996031122");
}

TEST(ColonLists, ScrapsBetweenALabelAndItsColon) {
  auto letters = extract(
      {join(join(kRequestHead, {"Nama      : Sitti Rahmah, S.Ak.", "NIP oo.   :199309162019022010.",
                                "No. HP    : 084348307052", "Keterangan : Akun disalahgunakan",
                                "Nama      : Ridwan, S.Kom.", "NIP       : 19960708 201921 1 002",
                                "No. HP    : 082606329786", "Keterangan : Rotasi jabatan", ""}),
            kSignature)});
  ASSERT_EQ(letters.size(), 1u);
  ASSERT_EQ(letters[0].holders.size(), 2u);
  EXPECT_EQ(letters[0].holders[0].nip.value, "199309162019022010");
  // "No. HP" is no "No." (the letter's number) with a scrap after it.
  EXPECT_EQ(letters[0].holders[0].reason.value, "keyCompromise");
  EXPECT_EQ(letters[0].holders[1].reason.value, "affiliationChanged");
}

TEST(Signatory, ANipLabelOneLetterOffTakesOnlyAWholeNip) {
  auto signature = kSignature;
  signature.back() = "                                  \u201cNP: 19680512 199403 2 007";
  auto letters = extract({join(join(kRequestHead, {"Nama     : Siti Rahma", ""}), signature)});
  ASSERT_EQ(letters.size(), 1u);
  EXPECT_EQ(letters[0].signatory.nip.value, "196805121994032007");
  // A number whose dates do not hold is no NIP under a misread label.
  signature.back() = "                                  NP: 19681312 199403 2 007";
  letters = extract({join(join(kRequestHead, {"Nama     : Siti Rahma", ""}), signature)});
  ASSERT_EQ(letters.size(), 1u);
  EXPECT_EQ(letters[0].signatory.nip.value, "");
}

TEST(ColonLists, AValueInTheListsValueColumnNeedsNoColon) {
  // The colon lost entirely, or read as "2.": the value stands where the values of the
  // list's other rows begin.
  auto letters = extract(
      {join(join(kRequestHead,
                 {"Nama Lengkap   Siti Rahmah, S.Ak.", "NIP          : 19900101 201501 2 001",
                  "Unit Kerja   2. Dinas Sosial", "Jabatan      : Analis Kepegawaian", ""}),
            kSignature)});
  ASSERT_EQ(letters.size(), 1u);
  ASSERT_EQ(letters[0].holders.size(), 1u);
  EXPECT_EQ(letters[0].holders[0].name.value, "Siti Rahmah, S.Ak.");
  EXPECT_EQ(letters[0].holders[0].unit.value, "Dinas Sosial");
  // A sentence opening with a label's word has no value column.
  letters = extract({join(join(kRequestHead, {"Nama tersebut di atas adalah pegawai kami.",
                                              "NIP          : 19900101 201501 2 001", ""}),
                          kSignature)});
  ASSERT_EQ(letters.size(), 1u);
  for (const auto& holder : letters[0].holders) EXPECT_EQ(holder.name.value, "");
}

TEST(ColonLists, ASlashJoinedLabelWithoutItsColonKeepsTheListOpen) {
  // "No. KTP/NIK" with its colon read as "1": the row is the NIK's, and the rows after it
  // are still the same holder's.
  auto letters = extract({join(
      join(kRequestHead,
           {"1. Nama       : Sahabuddin, S.Kom., M.A.P.", "   NIP          19750505 199612 1 006",
            "   No. KTP/NIK  1 7372 0105 0575 0008", "   Jabatan      Auditor Ahli Muda",
            "   Unit Kerja   : Inspektorat Daerah", "   Nama         : Hj. Hadijah Mandar",
            "   NIP          : 19770915 201203 2 008", "   Jabatan      : Sekretaris", ""}),
      kSignature)});
  ASSERT_EQ(letters.size(), 1u);
  ASSERT_EQ(letters[0].holders.size(), 2u);
  EXPECT_EQ(letters[0].holders[0].nik.value, "7372010505750008");
  EXPECT_EQ(letters[0].holders[0].position.value, "Auditor Ahli Muda");
  EXPECT_EQ(letters[0].holders[0].unit.value, "Inspektorat Daerah");
  EXPECT_EQ(letters[0].holders[1].position.value, "Sekretaris");
}

TEST(ColonLists, SpecksAndGluedLabelsInAGrainyList) {
  // The name's colon lost with a speck in its place; the NIP's colon followed by specks
  // in columns of their own; "AlamatEmail" with its space lost; "NIP" and "bo", a colon the
  // engine all but rejected.
  auto letters = extractMarked(join(
      join(kRequestHead,
           {"Nama Lengkap  ef!  3~   Hamsah, S.Psi.", "NIP:        4,     --!  4197408132007031006",
            "AlamatEmail  :          hamsah82@gmail.com -", "", "Nama  : Siti Rahma",
            "NIP      bo!     119900101 201501 2 001", ""}),
      kSignature));
  ASSERT_EQ(letters.size(), 1u);
  ASSERT_EQ(letters[0].holders.size(), 2u);
  EXPECT_EQ(letters[0].holders[0].name.value, "Hamsah, S.Psi.");
  EXPECT_EQ(letters[0].holders[0].nip.value, "197408132007031006");
  EXPECT_EQ(letters[0].holders[0].email.value, "hamsah82@gmail.com");
  EXPECT_EQ(letters[0].holders[1].nip.value, "199001012015012001");
}

TEST(ColonLists, ASentenceWrappedBeforeNamaIsNoListRow) {
  auto letters =
      extract({join(join(kRequestHead, {"Kami merekomendasikan pencabutan atas", "nama: ran\u201d",
                                        "Nama  : Siti Rahma", "NIP   : 19900101 201501 2 001", ""}),
                    kSignature)});
  ASSERT_EQ(letters.size(), 1u);
  ASSERT_EQ(letters[0].holders.size(), 1u);
  EXPECT_EQ(letters[0].holders[0].name.value, "Siti Rahma");
  EXPECT_EQ(letters[0].holders[0].nip.value, "199001012015012001");
}

TEST(ColonLists, AClearWordAfterTheLabelIsNoColon) {
  // "Nama Lengkap Siti": without a colon or a mark standing for it, no value is guessed.
  auto letters = extractMarked(join(
      join(kRequestHead, {"Nama Lengkap Xy Siti Rahma", "NIP      : 19900101 201501 2 001", ""}),
      kSignature));
  ASSERT_EQ(letters.size(), 1u);
  for (const auto& holder : letters[0].holders) EXPECT_NE(holder.name.value, "Siti Rahma");
}

TEST(Signatory, ANipLabelApartFromItsDamagedDigitsSpansTheBlockToThem) {
  // The stamp left the label a segment of its own and the digits in pieces: the block's
  // column still reaches the name's words right of the label.
  auto letters = extract(
      {join(join(kRequestHead, {"Nama : Ismail, S.Kom.", "NIP  : 19900101 201501 1 001", ""}),
            {"Demikian permohonan ini kami sampaikan.", "",
             "                                  Kepala Dinas Sosial,", "", "", "",
             "                                  xU        HIDAYAT, S.Pd.I., M.M.",
             "                                  NIP.      96FT PLO      198903 O25"})});
  ASSERT_EQ(letters.size(), 1u);
  EXPECT_EQ(letters[0].signatory.name.value, "xU HIDAYAT, S.Pd.I., M.M.");
  EXPECT_EQ(letters[0].signatory.nip.value, "");
  EXPECT_EQ(letters[0].signatory.position.value, "Kepala Dinas Sosial");
}

TEST(Signatory, ADateLineWhoseDayTheStampTookIsNoPartOfTheTitle) {
  auto letters = extract(
      {join(join(kRequestHead, {"Nama : Ismail, S.Kom.", "NIP  : 19900101 201501 1 001", ""}),
            {"Demikian permohonan ini kami sampaikan.", "",
             "                                  Makassar \u00bb Desember 2023",
             "                                  Kepala Badan Kepegawaian dan",
             "                                  Pengembangan Sumber Daya Manusia,", "", "", "",
             "                                  Drs. Ichwan Pattola, M.Si.",
             "                                  NIP. 19760513 201101 1 044"})});
  ASSERT_EQ(letters.size(), 1u);
  EXPECT_EQ(letters[0].signatory.position.value,
            "Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia");
}

TEST(Signatory, ABarBetweenTheNipsDigitsIsTheDigitOne) {
  auto signature = kSignature;
  signature.back() = "                                  NIP. 19680512 199403 | 007";
  auto letters = extract({join(join(kRequestHead, {"Nama     : Siti Rahma", ""}), signature)});
  ASSERT_EQ(letters.size(), 1u);
  EXPECT_EQ(letters[0].signatory.nip.value, "196805121994031007");
}

TEST(Tables, HeaderWithACellBorderReadAsAColonAndSpecksOnAGluedLabel) {
  auto page =
      join(kRequestHead,
           {"No.  (Nama        {NIP :                 Jabatan           UnitKerja..",
            "1    Ismail, S.K.M.  19851008 200903 1 005  Pranata Komputer  Dinas Sosial",
            "2    Ni Ketut        19820901 200812 2 026  Kepala Subbagian  Dinas Sosial", ""});
  auto letters = extract({join(page, kSignature)});
  ASSERT_EQ(letters.size(), 1u);
  ASSERT_EQ(letters[0].holders.size(), 2u);
  EXPECT_EQ(letters[0].holders[0].name.value, "Ismail, S.K.M.");
  EXPECT_EQ(letters[0].holders[0].nip.value, "198510082009031005");
  EXPECT_EQ(letters[0].holders[0].position.value, "Pranata Komputer");
  EXPECT_EQ(letters[0].holders[0].unit.value, "Dinas Sosial");
  EXPECT_EQ(letters[0].holders[1].nip.value, "198209012008122026");
}

TEST(Tables, AHeaderLabelWrappedWithASpeckReadAsADigitStaysInTheHeader) {
  // "Nama" / "Lengkap" over two lines, and a speck on the second read as "5": still the
  // header, not the first holder's name.
  auto page = join(kRequestHead,
                   {"No  Nama            NIP                    Jabatan          Alasan",
                    "    Lengkap                                       5",
                    "1   Sri Mulyani     19730914 200001 2 004  Kepala Subbagian  Pensiun", ""});
  auto text = pageFromLines(join(page, kSignature));
  for (auto& line : text.lines)
    for (auto& word : line.words)
      if (word.text == "5") word.box.y0 = word.box.y1 - 6;
  auto letters = extractLetters(fileOf({text}), vocabulary());
  ASSERT_EQ(letters.size(), 1u);
  ASSERT_EQ(letters[0].holders.size(), 1u);
  EXPECT_EQ(letters[0].holders[0].name.value, "Sri Mulyani");
  EXPECT_EQ(letters[0].holders[0].nip.value, "197309142000012004");
}

TEST(Tables, AHeaderLabelWrappedAmongUnsureSpecksStaysInTheHeader) {
  // "Nama" / "Pegawai" over two lines, specks beside it read as letters and a digit the
  // engine was unsure of ("!"); the same row read surely with a whole NIP is a holder's.
  const auto holdersOf = [](const std::string& secondLine) {
    return extractMarked(
        join(join(kRequestHead,
                  {"No  Nama            NIP                    Jabatan          Alasan", secondLine,
                   "1   Sri Mulyani     19730914 200001 2 004  Kepala Subbagian  Pensiun", ""}),
             kSignature));
  };
  for (const std::string wrapped :
       {"    Pegawai BB! 3~ a! Ki! se~", "    Pegawai                                      0"}) {
    auto specks = holdersOf(wrapped);
    ASSERT_EQ(specks.size(), 1u);
    ASSERT_EQ(specks[0].holders.size(), 1u) << wrapped;
    EXPECT_EQ(specks[0].holders[0].name.value, "Sri Mulyani");
  }
  auto holder = holdersOf("2   Ani Rahma       19800320~ 201102~ 2~ 026~  Analis  Pensiun");
  ASSERT_EQ(holder.size(), 1u);
  EXPECT_EQ(holder[0].holders.size(), 2u);
}

TEST(Tables, AJustifiedLineBelowTheTableEndsIt) {
  // The body goes on under the table in a justified line whose wide spaces cut it into
  // one-word segments: it states the reason and is no row of the last holder.
  auto page = join(kRequestHead,
                   {"No  Nama            NIP                    Jabatan",
                    "1   Ismail, S.K.M.  19851008 200903 1 005  Pranata Komputer",
                    "Rekomendasi   ini   diberikan   karena   adanya   perubahan   jabatan   yang",
                    "bersangkutan.", ""});
  auto letters = extract({join(page, kSignature)});
  ASSERT_EQ(letters.size(), 1u);
  ASSERT_EQ(letters[0].holders.size(), 1u);
  EXPECT_EQ(letters[0].holders[0].position.value, "Pranata Komputer");
  EXPECT_EQ(letters[0].holders[0].reason.value, "affiliationChanged");
}

TEST(Tables, ColumnsByPositionAndWrappedRows) {
  auto page = join(kRequestHead,
                   {"No  Nama            NIP                    Jabatan          Alasan",
                    "1   Ismail, S.K.M.  19851008 200903 1 005  Pranata Komputer  Mutasi",
                    "                                           Terampil",
                    "2   Ni Ketut        19820901 200812 2 026  Kepala Subbagian  Lupa",
                    "    Sriasih, S.Kom.                        Keuangan          passphrase", ""});
  auto letters = extract({join(page, kSignature)});
  ASSERT_EQ(letters.size(), 1u);
  ASSERT_EQ(letters[0].holders.size(), 2u);
  EXPECT_EQ(letters[0].holders[0].name.value, "Ismail, S.K.M.");
  EXPECT_EQ(letters[0].holders[0].nip.value, "198510082009031005");
  EXPECT_EQ(letters[0].holders[0].position.value, "Pranata Komputer Terampil");
  EXPECT_EQ(letters[0].holders[0].reason.value, "affiliationChanged");
  EXPECT_EQ(letters[0].holders[1].name.value, "Ni Ketut Sriasih, S.Kom.");
  EXPECT_EQ(letters[0].holders[1].position.value, "Kepala Subbagian Keuangan");
  EXPECT_EQ(letters[0].holders[1].reason.value, "superseded");
}

TEST(Tables, RowsWhoseNumbersWerePrintedTooFaintStartAtTheirNips) {
  // No row number read (grey print), the first NIP's end and the second row's name lost
  // too: each NIP opening with a birth date below a record that holds NIP digits starts the
  // next holder; an NIP's group wrapped to the next line does not.
  auto page =
      join(kRequestHead,
           {"No  Nama            NIP                    Jabatan          Alasan",
            "    Nurmiati,       19810311 200712        Pranata Komputer  Pensiun",
            "    S.Kom.          2 0                    Terampil",
            "                    19791219 200103 1 010  Analis Kepegawaian  Mutasi",
            "    Salmawati,      19810208 201402 2 007  Sekretaris       Mutasi", "    A.Md.", ""});
  auto letters = extract({join(page, kSignature)});
  ASSERT_EQ(letters.size(), 1u);
  ASSERT_EQ(letters[0].holders.size(), 3u);
  EXPECT_EQ(letters[0].holders[0].name.value, "Nurmiati, S.Kom.");
  EXPECT_EQ(letters[0].holders[0].position.value, "Pranata Komputer Terampil");
  EXPECT_EQ(letters[0].holders[1].nip.value, "197912192001031010");
  EXPECT_EQ(letters[0].holders[1].position.value, "Analis Kepegawaian");
  EXPECT_EQ(letters[0].holders[2].name.value, "Salmawati, A.Md.");
  EXPECT_EQ(letters[0].holders[2].nip.value, "198102082014022007");
  // A look-alike letter among the first group's digits is no birth date to read (and no
  // number to parse).
  page = join(kRequestHead,
              {"No  Nama            NIP                    Jabatan          Alasan",
               "    Nurmiati,       19810311 200712        Pranata Komputer  Pensiun",
               "                    1979O519 200103 1 010  Analis Kepegawaian  Mutasi", ""});
  EXPECT_NO_THROW(letters = extract({join(page, kSignature)}));
}

TEST(Tables, LoneDigitsInTheNameCellAreNoPartOfTheNumbers) {
  // "4" a speck before the name, "1" the Balinese "I"; the NIP and NIK columns touch, and a
  // rule before the NIP reads as one more digit.
  auto page = join(kRequestHead,
                   {"No  Nama          NIP                     NIK               Jabatan",
                    "1   4 Nurlina     19720510 200604 2 011   7271025005720008  Bendahara",
                    "2   1 Wayan       19811213 200204 1 292   7271021312810296  Kepala",
                    "3   Eko Susilo    119790824 200303 1 018  7271012408790130  Sekretaris", ""});
  auto letters = extract({join(page, kSignature)});
  ASSERT_EQ(letters.at(0).holders.size(), 3u);
  EXPECT_EQ(letters[0].holders[0].name.value, "Nurlina");
  EXPECT_EQ(letters[0].holders[0].nip.value, "197205102006042011");
  EXPECT_EQ(letters[0].holders[0].nik.value, "7271025005720008");
  EXPECT_EQ(letters[0].holders[1].name.value, "I Wayan");
  EXPECT_EQ(letters[0].holders[1].nip.value, "198112132002041292");
  EXPECT_EQ(letters[0].holders[2].nip.value, "197908242003031018");
  EXPECT_EQ(letters[0].holders[2].nik.value, "7271012408790130");
}

TEST(Tables, SpecksAtTheTopOfTheNextPageAreNoCellsFaintTitlesAre) {
  auto first = testing::pageFromLines(
      join(kRequestHead, {"No  Nama            NIP                    Jabatan",
                          "1   Ismail,         19851008 200903 1 005  Pranata Komputer",
                          "    S.K.M.                                 Terampil"}),
      1);
  auto second =
      testing::pageFromLines(join({"                                           Epi",
                                   "2   Ni Ketut        19820901 200812 2 026  Analis", ""},
                                  kSignature),
                             2);
  second.lines.front().words[0].confidence = 0.16f;
  first.lines.back().words[0].confidence = 0.0f;  // "S.K.M." read faintly
  const auto letters = extractLetters(fileOf({first, second}), vocabulary());
  ASSERT_EQ(letters.at(0).holders.size(), 2u);
  EXPECT_EQ(letters[0].holders[0].name.value, "Ismail, S.K.M.");
  EXPECT_EQ(letters[0].holders[0].position.value, "Pranata Komputer Terampil");
  EXPECT_EQ(letters[0].holders[1].position.value, "Analis");
}

TEST(Tables, AColonAfterTheLastHeaderWordIsNoListRow) {
  // "E-mail:" ends the header: nothing follows the colon, so it is a header, not a row.
  auto page =
      join(kRequestHead, {"No  Nama            NIP                    E-mail:",
                          "1   Ismail, S.K.M.  19851008 200903 1 005  ismail@dinsos.go.id", ""});
  auto letters = extract({join(page, kSignature)});
  ASSERT_EQ(letters.size(), 1u);
  ASSERT_EQ(letters[0].holders.size(), 1u);
  EXPECT_EQ(letters[0].holders[0].nip.value, "198510082009031005");
  EXPECT_EQ(letters[0].holders[0].email.value, "ismail@dinsos.go.id");
  // Nor is a colon followed by another label: a cell's border misread.
  page = join(kRequestHead,
              {"No  Nama            NIP                    NIK:              Jabatan",
               "1   Ismail, S.K.M.  19851008 200903 1 005  7606042404960007  Analis", ""});
  letters = extract({join(page, kSignature)});
  ASSERT_EQ(letters.size(), 1u);
  ASSERT_EQ(letters[0].holders.size(), 1u);
  EXPECT_EQ(letters[0].holders[0].nik.value, "7606042404960007");
  EXPECT_EQ(letters[0].holders[0].position.value, "Analis");
}

TEST(Tables, WordsBelowAWholeAddressAreNoPartOfIt) {
  // The next line of the cell holds a speck or a word bled in from the next cell; an
  // address cut before its top-level domain still takes its wrapped end.
  auto page =
      join(kRequestHead, {"No  Nama            NIP                    Email",
                          "1   Ismail, S.K.M.  19851008 200903 1 005  ismail@palukota.go.id",
                          "                                           PT.",
                          "2   Ni Ketut        19820901 200812 2 026  ketut@bpkad.palukota.go.i",
                          "                                           d", ""});
  auto letters = extract({join(page, kSignature)});
  ASSERT_EQ(letters.size(), 1u);
  ASSERT_EQ(letters[0].holders.size(), 2u);
  EXPECT_EQ(letters[0].holders[0].email.value, "ismail@palukota.go.id");
  EXPECT_EQ(letters[0].holders[1].email.value, "ketut@bpkad.palukota.go.id");
  // A capitalised word of the next column wrapped under the address is not part of it.
  page = join(kRequestHead, {"No  Nama            NIP                    Email",
                             "1   Ismail, S.K.M.  19851008 200903 1 005  ismailsumampouw101",
                             "                                           Ahli @gmail.com", ""});
  letters = extract({join(page, kSignature)});
  ASSERT_EQ(letters.at(0).holders.size(), 1u);
  EXPECT_EQ(letters[0].holders[0].email.value, "ismailsumampouw101@gmail.com");
}

TEST(Tables, PositionsSpeltAgainAndEndedAtTheirGrade) {
  // Words OCR bent or cut at the cell's edge; a word of the next row left after the grade.
  auto page =
      join(kRequestHead, {"No  Nama            NIP                    Jabatan",
                          "1   Ismail, S.K.M.  19851008 200903 1 005  Penyuluh Sosial Abli Muda",
                          "2   Ni Ketut        19820901 200812 2 026  Bendahara Pengelu",
                          "3   Budi Santoso    19880101 201001 1 004  Auditor Ahli Pertama",
                          "                                           Sekretaris",
                          "4   Andi Saputra    19890202 201101 1 005  Pelaksana", ""});
  auto letters = extract({join(page, kSignature)});
  ASSERT_EQ(letters.at(0).holders.size(), 4u);
  EXPECT_EQ(letters[0].holders[0].position.value, "Penyuluh Sosial Ahli Muda");
  EXPECT_EQ(letters[0].holders[1].position.value, "Bendahara Pengeluaran");
  EXPECT_EQ(letters[0].holders[2].position.value, "Auditor Ahli Pertama");
  EXPECT_EQ(letters[0].holders[3].position.value, "Pelaksana");
}

TEST(ColonLists, APostWordSplitInTwoIsJoined) {
  const auto postRead = [](const std::string& post) {
    auto letters =
        extract({join(kRequestHead, {"Nama : Nur Afni, S.Pd.", "NIP : 19930829 202003 2 022",
                                     "Jabatan : " + post, ""})});
    return letters.at(0).holders.at(0).position.value;
  };
  EXPECT_EQ(postRead("Verifi cator Keuangan"), "Verifikator Keuangan");
  EXPECT_EQ(postRead("Kepala Bic ang Mutasi"), "Kepala Bidang Mutasi");
  EXPECT_EQ(postRead("Epidemiolog Kesehatan Ahli Mi da"), "Epidemiolog Kesehatan Ahli Muda");
  // Two words of positions stay two.
  EXPECT_EQ(postRead("Analis Data Ahli Muda"), "Analis Data Ahli Muda");
}

TEST(ColonLists, APostOfWordsTheVocabularyKnowsStaysAsRead) {
  // "Perancang" is no "Perencana" misread: the post of a drafter of regulations.
  auto letters = extract(
      {join(kRequestHead, {"Nama : Nur Afni, S.Pd.", "NIP : 19930829 202003 2 022",
                           "Jabatan : Perancang Peraturan Perundang-undangan Ahli Muda", ""})});
  ASSERT_EQ(letters.at(0).holders.size(), 1u);
  EXPECT_EQ(letters[0].holders[0].position.value,
            "Perancang Peraturan Perundang-undangan Ahli Muda");
}

TEST(Tables, ACellsRuleReadGluedBetweenTwoCellsParts) {
  auto page =
      join(kRequestHead, {"No  Nama            NIP                    Jabatan",
                          "1   Andi Saputra    19861118 201802 1 187|Perawat Ahli Muda", ""});
  auto letters = extract({join(page, kSignature)});
  ASSERT_EQ(letters.at(0).holders.size(), 1u);
  EXPECT_EQ(letters[0].holders[0].nip.value, "198611182018021187");
  EXPECT_EQ(letters[0].holders[0].position.value, "Perawat Ahli Muda");
}

TEST(Tables, AddressWrappedInANarrowCellStaysOne) {
  auto page =
      join(kRequestHead, {"No  Nama            NIP                    Email",
                          "1   Ismail, S.K.M.  19851008 200903 1 005  ismail@bkpsdm.s",
                          "                                           ulbarprov.go.id", ""});
  auto letters = extract({join(page, kSignature)});
  ASSERT_EQ(letters.at(0).holders.size(), 1u);
  EXPECT_EQ(letters[0].holders[0].email.value, "ismail@bkpsdm.sulbarprov.go.id");
}

TEST(Tables, ASecondAddressStartsTheNextHolderWhoseNumberWasLost) {
  auto page =
      join(kRequestHead,
           {"No  Nama            NIP                    Jabatan           Email",
            "1   Ismail, S.K.M.  19851008 200903 1 005  Pranata Komputer  ismail@mamujukab.go.id",
            "                                           Terampil",
            "                                           Kepala Subbagian  marwah@mamujukab.go.id",
            "", ""});
  auto letters = extract({join(page, kSignature)});
  ASSERT_EQ(letters.at(0).holders.size(), 2u);
  EXPECT_EQ(letters[0].holders[0].email.value, "ismail@mamujukab.go.id");
  EXPECT_EQ(letters[0].holders[0].position.value, "Pranata Komputer Terampil");
  EXPECT_FALSE(letters[0].holders[1].name.found());
  EXPECT_EQ(letters[0].holders[1].email.value, "marwah@mamujukab.go.id");
  EXPECT_EQ(letters[0].holders[1].position.value, "Kepala Subbagian");
}

TEST(Tables, ASecondWholeNipStartsTheNextHolderWhoseNumberAndNameWereLost) {
  auto page = join(kRequestHead,
                   {"No  Nama            NIP                   NIK               Jabatan",
                    "1   Ismail, S.K.M.  19851008 200903 1 005  7306041811930006  Pranata Komputer",
                    "                    19871201 201001 2 004  7306045512870001  Kepala Subbagian",
                    "                    19900315 201503 1 002  7306041503900002  Analis", "", ""});
  auto letters = extract({join(page, kSignature)});
  ASSERT_EQ(letters.at(0).holders.size(), 3u);
  EXPECT_EQ(letters[0].holders[0].nip.value, "198510082009031005");
  EXPECT_EQ(letters[0].holders[1].nip.value, "198712012010012004");
  EXPECT_EQ(letters[0].holders[1].nik.value, "7306045512870001");
  EXPECT_EQ(letters[0].holders[2].position.value, "Analis");
}

TEST(Tables, WholeNumbersStraddlingTheNikColumnStartTheNextHolderToo) {
  auto page = join(
      kRequestHead,
      {"No  Nama            NIP                NIK                      Jabatan",
       "1   Ismail, S.K.M.  19851008 200903    1 005 7306041811930006   Pranata Komputer",
       "                    19871201 201001    2 004 7306045512870001   Kepala Subbagian", "", ""});
  auto letters = extract({join(page, kSignature)});
  ASSERT_EQ(letters.at(0).holders.size(), 2u);
  EXPECT_EQ(letters[0].holders[0].nip.value, "198510082009031005");
  EXPECT_EQ(letters[0].holders[1].nip.value, "198712012010012004");
  EXPECT_EQ(letters[0].holders[1].nik.value, "7306045512870001");
}

TEST(ColonLists, AHolderWhoseNameLabelWasLostKeepsTheOtherFields) {
  // "Woe Nama 2 oe PNG Luh Putu Ariani": the label is no label any more; the NIP with a post
  // and an address under it is still a holder. A lone NIP line is still no holder.
  auto letters =
      extract({join(kRequestHead, {"Woe Nama 2 oe PNG Luh Putu Ariani, A.Md:Keb.",
                                   "NIP       : 197304041996032012", "Jabatan   : Sekretaris",
                                   "Alamat Surel : luh.putu@sulbarprov.go.id", "",
                                   "Demikian disampaikan.", "", "NIP : 19671105 199103 1 040"})});
  ASSERT_EQ(letters.at(0).holders.size(), 1u);
  EXPECT_FALSE(letters[0].holders[0].name.found());
  EXPECT_EQ(letters[0].holders[0].nip.value, "197304041996032012");
  EXPECT_EQ(letters[0].holders[0].position.value, "Sekretaris");
  EXPECT_EQ(letters[0].holders[0].email.value, "luh.putu@sulbarprov.go.id");
  // A post and a unit alone are what a signer describing themself gives too: no holder.
  auto described = extract({join(
      kRequestHead, {"Woe Nama 2 oe Dr. Hj. Rusnawati", "NIP       : 197307112001022215",
                     "Jabatan   : Camat Tabulahan", "Unit Kerja : Kecamatan Tabulahan", ""})});
  EXPECT_TRUE(described.at(0).holders.empty());
}

TEST(ColonLists, BalineseArticleLostWholeComesBackAsTheNipSays) {
  // The NIP's 15th digit: 1 a man ("I Ketut"), 2 a woman ("Ni Made").
  auto letters = extract(
      {join(kRequestHead, {"1. Nama : Ketut Wirawan, A.Md.", "   NIP : 19850312 201001 1 004",
                           "2. Nama : Dr. Made Sukerti, S.Pd.", "   NIP : 19860412 201101 2 005",
                           "3. Nama : I Wayan Sukadana", "   NIP : 19870512 201201 1 006",
                           "4. Nama : Putu Ariani", "   NIP : 19880612", "5. Nama : Made Ali",
                           "   NIP : 19880612 201301 3 007", ""})});
  ASSERT_EQ(letters.at(0).holders.size(), 5u);
  EXPECT_EQ(letters[0].holders[0].name.value, "I Ketut Wirawan, A.Md.");
  EXPECT_EQ(letters[0].holders[1].name.value, "Dr. Ni Made Sukerti, S.Pd.");
  EXPECT_EQ(letters[0].holders[2].name.value, "I Wayan Sukadana");
  EXPECT_EQ(letters[0].holders[3].name.value, "Putu Ariani");  // no NIP to say
  EXPECT_EQ(letters[0].holders[4].name.value, "Made Ali");     // a gender digit 3 says nothing
}

TEST(ColonLists, SpecksAroundAPostsWordsGo) {
  auto letters =
      extract({join(kRequestHead, {"Nama : Joko Purnomo, S.Kom.", "NIP : 19850312 201001 1 004",
                                   "Jabatan : Kepala Bidang \u00a9 Rehabilitasi Sosial",
                                   "Unit Kerja : y Rumah Sakit Umum Daerah", ""})});
  ASSERT_EQ(letters.at(0).holders.size(), 1u);
  EXPECT_EQ(letters[0].holders[0].position.value, "Kepala Bidang Rehabilitasi Sosial");
  EXPECT_EQ(letters[0].holders[0].unit.value, "Rumah Sakit Umum Daerah");
}

TEST(ColonLists, ALoneIBeforeANameThatIsNotBalineseIsARule) {
  auto letters = extract(
      {join(kRequestHead, {"Nama : I Joko Purnomo, S.Kom.", "NIP : 19850312 201001 1 004", ""})});
  ASSERT_EQ(letters.at(0).holders.size(), 1u);
  EXPECT_EQ(letters[0].holders[0].name.value, "Joko Purnomo, S.Kom.");
}

TEST(Tables, BalineseIReadAsTheCellsRuleOrGluedToTheNameIsPutBack) {
  auto page = join(kRequestHead, {"No  Nama                NIP                    Jabatan",
                                  "1   | Nyoman Sudarsana  19851008 200903 1 005  Analis",
                                  "2   |IWayan Sukadana    19871201 201001 2 004  Sekretaris",
                                  "3   IDwi Lestari        19900315 201503 1 002  Bendahara",
                                  "4   | Budi Santoso      19880101 201001 1 004  Analis",
                                  "5   I Andi Saputra      19890202 201101 1 005  Analis", "", ""});
  auto letters = extract({join(page, kSignature)});
  ASSERT_EQ(letters.at(0).holders.size(), 5u);
  EXPECT_EQ(letters[0].holders[0].name.value, "I Nyoman Sudarsana");
  EXPECT_EQ(letters[0].holders[1].name.value, "I Wayan Sukadana");
  // Before another name an "I" glued on is the cell's rule.
  EXPECT_EQ(letters[0].holders[2].name.value, "Dwi Lestari");
  // And so is a stroke standing apart before another name.
  EXPECT_EQ(letters[0].holders[3].name.value, "Budi Santoso");
  EXPECT_EQ(letters[0].holders[4].name.value, "Andi Saputra");
}

TEST(Tables, RealTablesOverTwoPages) {
  const auto letters = extractLetters(fixture("holder-tables.ocr.xml"), vocabulary());
  ASSERT_EQ(letters.size(), 1u);
  EXPECT_EQ(letters[0].firstPage, 1);
  EXPECT_EQ(letters[0].lastPage, 2);
  ASSERT_EQ(letters[0].holders.size(), 17u);
  EXPECT_EQ(letters[0].holders[0].nip.value, "198510082009031005");
  EXPECT_EQ(letters[0].holders[3].nip.value, "196803272002121007");  // rule read as "1"
  EXPECT_EQ(letters[0].holders[16].name.value, "Nur Afni, S.E.");
  EXPECT_EQ(letters[0].signatory.position.value, "SEKRETARIS DAERAH KOTA PALU");
  // The recommendation: the signer's own list, then a table of the same 17 holders.
  const auto recommendation = extractLetters(fixture("holder-tables.ocr.xml", 1), vocabulary());
  ASSERT_EQ(recommendation.size(), 1u);
  EXPECT_EQ(recommendation[0].kind, Kind::recommendation);
  ASSERT_EQ(recommendation[0].holders.size(), 17u);
  EXPECT_EQ(recommendation[0].holders[0].name.value, "Ismail, S.K.M.");
  EXPECT_EQ(recommendation[0].holders[0].nik.value, "7271040810850001");
}

TEST(Tables, ASecondWholeNipStartsTheNextHolderWhoseNumberWasMisread) {
  // Seed 15: the table goes on over the page; its 12th row's number read as "32°10," and
  // its name on the cell's second line. The row's own whole NIP says a new holder starts,
  // so neither its NIP nor its reason goes to the holder above ("-": none stated).
  const auto letters = extractLetters(fixture("table-row-number-misread.ocr.xml"), vocabulary());
  ASSERT_EQ(letters.size(), 1u);
  ASSERT_GE(letters[0].holders.size(), 12u);
  EXPECT_EQ(letters[0].holders[10].nip.value, "198002042006012204");
  EXPECT_EQ(letters[0].holders[10].reason.value, "unspecified");
  EXPECT_EQ(letters[0].holders[11].nip.value, "197502212003122008");
  EXPECT_EQ(letters[0].holders[11].reason.value, "keyCompromise");
}

TEST(Tables, SpacesInsideNamesThatLineUpAreNoColumnEdge) {
  // Seed 22: down thirteen rows the spaces between the names' words line up where no name
  // reaches, while a long name reaches over to where the NIP cells start. The NIP column
  // begins where its cells begin, and the names keep their degrees.
  const auto letters = extractLetters(fixture("table-name-gaps-aligned.ocr.xml"), vocabulary());
  ASSERT_EQ(letters.size(), 1u);
  ASSERT_GE(letters[0].holders.size(), 3u);
  EXPECT_EQ(letters[0].holders[0].name.value, "Jamaluddin Ramli, S.E., M.E.");
  EXPECT_EQ(letters[0].holders[1].name.value, "Ahmad Syarif Basri, A.Md.Kom.");
  EXPECT_EQ(letters[0].holders[2].name.value, "H. Ilham Hamid, S.T.");
  EXPECT_EQ(letters[0].holders[2].nip.value, "197409152000011004");
}

TEST(Signatory, TitleLinesNameRankAndNip) {
  auto letters = extract({join(kRequestHead, kSignature)});
  const Person& signer = letters.at(0).signatory;
  EXPECT_EQ(signer.name.value, "Dra. Hj. Sitti Aminah, M.Si.");
  EXPECT_EQ(signer.nip.value, "196805121994032007");
  EXPECT_EQ(signer.position.value, "Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia");
}

TEST(Signatory, OnBehalfLineIsNotThePositionActingPrefixIs) {
  auto letters = extract(
      {join(kRequestHead, {"Demikian disampaikan.", "", "                    a.n. Bupati Mamuju",
                           "                    Plt. Sekretaris Daerah,", "", "", "",
                           "                    H. Abdul Muis",
                           "                    NIP 19700101 199503 1 001"})});
  const Person& signer = letters.at(0).signatory;
  EXPECT_EQ(signer.position.value, "Plt. Sekretaris Daerah");
  EXPECT_EQ(signer.name.value, "H. Abdul Muis");
}

TEST(Signatory, TheSignerOnTheRightBesideAnAcknowledgement) {
  auto letters = extract(
      {join(kRequestHead,
            {"Demikian disampaikan.", "",
             "Mengetahui,                                 Hormat saya,", "Kepala Dinas Sosial,", "",
             "", "", "Drs. Yosef, M.Kom.                          Andi Saputra",
             "NIP. 19660115 199504 1 011                  NIP. 19851201 201001 1 004"})});
  const Person& signer = letters.at(0).signatory;
  EXPECT_EQ(signer.nip.value, "198512012010011004");
  EXPECT_EQ(signer.name.value, "Andi Saputra");
  EXPECT_FALSE(signer.position.found());
}

TEST(HeaderFields, HijriDateBesideTheGregorianOne) {
  auto letters =
      extract({{"Nomor : 800/12/II/2024", "Mamuju, 4 Syakban 1445 H / 14 Februari 2024 M",
                "Perihal : Permohonan Pencabutan Sertifikat Elektronik"}});
  EXPECT_EQ(letters.at(0).letterDate.value, "2024-02-14");
}

TEST(Signatory, ElectronicallySignedBlock) {
  auto letters = extract({join(
      kRequestHead,
      {"Demikian disampaikan.", "", "                    Ditandatangani secara elektronik oleh:",
       "                    KEPALA DINAS SOSIAL,", "", "", "                    Drs. Yosef, M.Kom.",
       "                    NIP. 19660115 199504 1 011"})});
  EXPECT_EQ(letters.at(0).signatory.position.value, "KEPALA DINAS SOSIAL");
  EXPECT_EQ(letters.at(0).signatory.name.value, "Drs. Yosef, M.Kom.");
}

TEST(Signatory, HeadOfRegionSignsWithoutNip) {
  auto letters = extract(
      {join(kRequestHead,
            {"Demikian disampaikan.", "",
             "                                                  BUPATI MAMUJU,", "", "", "",
             "                                                  H. SITI SUTINAH SUHARDI"})});
  const Person& signer = letters.at(0).signatory;
  EXPECT_EQ(signer.position.value, "BUPATI MAMUJU");
  EXPECT_EQ(signer.name.value, "H. SITI SUTINAH SUHARDI");
  EXPECT_FALSE(signer.nip.found());
}

TEST(Splitting, NewLetterheadStartsANewLetterContinuationDoesNot) {
  auto letters = extract({join(kRequestHead, {"Nama : Andi", "NIP : 19900101 201501 1 001"}),
                          kSignature,  // page 2: only the signature: same letter
                          join({"PEMERINTAH KABUPATEN MAMUJU", "Nomor : 800/46/II/2024",
                                "Hal : Rekomendasi Pencabutan Sertifikat Elektronik"},
                               kSignature)});
  ASSERT_EQ(letters.size(), 2u);
  EXPECT_EQ(letters[0].firstPage, 1);
  EXPECT_EQ(letters[0].lastPage, 2);
  EXPECT_EQ(letters[0].kind, Kind::request);
  EXPECT_EQ(letters[0].signatory.nip.value, "196805121994032007");
  EXPECT_EQ(letters[1].firstPage, 3);
  EXPECT_EQ(letters[1].kind, Kind::recommendation);
}

TEST(Splitting, APersonalLetterWithoutNumberOrReadableSubjectLabelStartsAtItsSifat) {
  // A personal request has no letterhead and no number; its subject label read "lal".
  auto letters = extract(
      {join(kRequestHead, join({"Nama : Andi", "NIP : 19900101 201501 1 001"}, kSignature)),
       {"Palu, 22 Maret 2024", "Sifat    : Penting", "Lampiran : 1 (satu) rangkap",
        "lal      : Pencabutan Sertifikat Elektronik", "", "Yth. Kepala Dinas Kominfo",
        "Saya yang bertanda tangan di bawah ini:", "Nama : Nurbaya", "NIP  : 19760712 201002 2 002",
        "", "Yang mengajukan,", "", "Nurbaya", "NIP. 19760712 201002 2 002"}});
  ASSERT_EQ(letters.size(), 2u);
  EXPECT_EQ(letters[0].lastPage, 1);
  EXPECT_EQ(letters[1].firstPage, 2);
  ASSERT_FALSE(letters[0].holders.empty());
  EXPECT_EQ(letters[0].holders[0].name.value, "Andi");
}

TEST(Splitting, ATableGoingOnWithItsHeaderRepeatedContinuesTheLetter) {
  // Page 2 starts with the holder table's header again: its "No." is no letter number.
  auto first = join(kRequestHead,
                    {"No.  Nama            NIP                    Jabatan           Alasan",
                     "1    Sri Mulyani     19730914 200001 2 004  Kepala Subbagian  Pensiun", ""});
  auto second = join({"No.     Nama Pegawai NIP      Jabatan      E-mail      Alasan",
                      "2    Ismail, S.K.M.  19851008 200903 1 005  Pranata Komputer  Mutasi", ""},
                     kSignature);
  auto letters = extract({first, second});
  ASSERT_EQ(letters.size(), 1u);
  EXPECT_EQ(letters[0].lastPage, 2);
  ASSERT_EQ(letters[0].holders.size(), 2u);
  EXPECT_EQ(letters[0].holders[1].nip.value, "198510082009031005");
  EXPECT_EQ(letters[0].signatory.nip.value, "196805121994032007");
}

TEST(Splitting, RealTwoLettersInOnePdf) {
  const auto letters = extractLetters(fixture("two-letters-one-pdf.ocr.xml"), vocabulary());
  ASSERT_EQ(letters.size(), 2u);
  EXPECT_EQ(letters[0].kind, Kind::request);
  EXPECT_EQ(letters[0].letterNumber.value, "045.2/094/DPMPTSP/II/2024");
  EXPECT_EQ(letters[1].kind, Kind::recommendation);
  EXPECT_EQ(letters[1].firstPage, 2);
  EXPECT_EQ(letters[1].letterDate.value, "2024-01-31");
}

TEST(Splitting, BlankBacksOfDuplexScansAreSkipped) {
  const auto letters = extractLetters(fixture("duplex-blank-backs.ocr.xml"), vocabulary());
  ASSERT_EQ(letters.size(), 1u);
  EXPECT_EQ(letters[0].firstPage, 1);
  EXPECT_EQ(letters[0].lastPage, 3);
  EXPECT_EQ(letters[0].signatory.position.value, "Direktur");
}

TEST(Splitting, OnlyBlankPagesGiveOneOtherDocument) {
  auto blank = pageFromLines({}, 1);
  blank.blank = true;
  auto back = pageFromLines({}, 2);
  back.blank = true;
  const auto letters = extractLetters(fileOf({blank, back}), vocabulary());
  ASSERT_EQ(letters.size(), 1u);
  EXPECT_EQ(letters[0].kind, Kind::other);
  EXPECT_EQ(letters[0].source, "inbox/scan.pdf");
}

TEST(Classification, DispositionSheetQuotingTheSubjectIsOther) {
  auto letters = extract(
      {{"PEMERINTAH KABUPATEN MAMUJU", "LEMBAR DISPOSISI", "Surat dari : BKPSDM",
        "No. Surat : 800/112/II/2024", "Perihal : Permohonan Pencabutan Sertifikat Elektronik",
        "Diteruskan kepada : Kepala Bidang Persandian"}});
  ASSERT_EQ(letters.size(), 1u);
  EXPECT_EQ(letters[0].kind, Kind::other);
  EXPECT_FALSE(letters[0].letterNumber.found());  // fields of `other` are not reported
}

TEST(Classification, UnrelatedLetterIsOtherRealDispositionToo) {
  auto letters = extract({{"PEMERINTAH KOTA PALU", "Nomor : 005/77/III/2024",
                           "Hal : Undangan Rapat Koordinasi", "Dengan hormat, mengundang ..."}});
  EXPECT_EQ(letters.at(0).kind, Kind::other);
  const auto sheet =
      extractLetters(fixture("disposition-and-personal-request.ocr.xml"), vocabulary());
  EXPECT_EQ(sheet.at(0).kind, Kind::other);
}

TEST(Classification, BodyWordingWhenNoTitle) {
  auto letters = extract({{"Dengan hormat,", "Bersama ini kami memberikan rekomendasi",
                           "pencabutan sertifikat elektronik pegawai kami."}});
  EXPECT_EQ(letters.at(0).kind, Kind::recommendation);
  // The Hal line misread ("kal"), the title unread: the body says what the letter is.
  auto handedOver = extract({{"PEMERINTAH KABUPATEN MAMASA", "BADAN PENGELOLAAN KEUANGAN DAERAH",
                              "Nomor : 900/112/BPKAD/2024", "Sifat : Biasa",
                              "kal : Rekomendasi Pencab itan Sertifit at] Elet tronit",
                              "Yth. Kepala Dinas Komunikasi dan Informatika", "Dengan hormat,",
                              "Bersama ini kami sampaikan rekomendasi pencabutan Sertifit at]",
                              "Elektronik bagi pegawai sebagai berikut:"}});
  EXPECT_EQ(handedOver.at(0).kind, Kind::recommendation);
}

TEST(Classification, SpeckBetweenTheBodysWordsIsNoWord) {
  auto letters = extract({{"PEMERINTAH KOTA MAKASSAR", "Nomor : 800/175/Disdukcapil/III/2024",
                           "Hal' : 5 ehbabutin Sertifikat Elektronik", "Dengan hormat,",
                           "bersama. ini. kami sampaikan. 0",
                           "permohonan pencabutan sertifikat elektronik bagi pegawai:"}});
  EXPECT_EQ(letters.at(0).kind, Kind::request);
}

TEST(Classification, BodyPurposeFirstMentionOfTheOtherLetterLater) {
  auto letters =
      extract({{"Dengan hormat,", "Dengan ini saya mengajukan permohonan pencabutan",
                "sertifikat elektronik, yang telah direkomendasikan oleh atasan saya."}});
  EXPECT_EQ(letters.at(0).kind, Kind::request);
}

TEST(Classification, RecommendationCitingTheRequestsSubject) {
  auto letters = extract({{": Perihal : Rekomendasi Pencabutan Sertifikat Elektronik",
                           "Berdasarkan surat Saudara perihal Permohonan Pencabutan Sertifikat",
                           "Elektronik, dengan ini kami memberikan rekomendasi pencabutan."}});
  EXPECT_EQ(letters.at(0).subject.value, "Rekomendasi Pencabutan Sertifikat Elektronik");
  EXPECT_EQ(letters.at(0).kind, Kind::recommendation);
  auto bodyOnly = extract({{"Dengan hormat,", "Berdasarkan surat Saudara perihal Permohonan",
                            "Pencabutan Sertifikat Elektronik, dengan ini kami memberikan",
                            "rekomendasi pencabutan sertifikat elektronik."}});
  EXPECT_EQ(bodyOnly.at(0).kind, Kind::recommendation);
}

TEST(PersonalRequest, SignerIsTheHolder) {
  const auto letters =
      extractLetters(fixture("disposition-and-personal-request.ocr.xml", 1), vocabulary());
  ASSERT_EQ(letters.size(), 1u);
  EXPECT_EQ(letters[0].kind, Kind::request);
  ASSERT_EQ(letters[0].holders.size(), 1u);
  EXPECT_EQ(letters[0].holders[0].nip.value, "198707152016031214");
  EXPECT_EQ(letters[0].signatory.nip.value, "198707152016031214");
  EXPECT_FALSE(letters[0].signatory.position.found());
  EXPECT_EQ(letters[0].holders[0].reason.value, "affiliationChanged");
}

TEST(PersonalRequest, StampedSignatureNameTakenFromTheSamePersonsList) {
  auto letters = extract(
      {{"Perihal : Permohonan Pencabutan Sertifikat Elektronik",
        "Saya yang bertanda tangan di bawah ini:", "Nama : Andi Saputra, S.Kom.",
        "NIP : 19851201 201001 1 004", "", "                                        Hormat saya,",
        "", "", "", "                                        ndi Sap",
        "                                        NIP 19851201 201001 1 004"}});
  ASSERT_EQ(letters.at(0).holders.size(), 1u);
  EXPECT_EQ(letters[0].signatory.nip.value, "198512012010011004");
  EXPECT_EQ(letters[0].signatory.name.value, "Andi Saputra, S.Kom.");
  EXPECT_FALSE(letters[0].signatory.position.found());  // "Hormat saya" is no title
}

TEST(PersonalRequest, SignatureHiddenByTheStampIsTheHoldersOwn) {
  // Nothing of the block below the closing was read: the one person the letter names
  // signs it.
  auto letters =
      extract({{"Perihal : Permohonan Pencabutan Sertifikat Elektronik",
                "Saya yang bertanda tangan di bawah ini:", "Nama : Magdalena, S.IP.",
                "NIP .198903032021212032", "Jabatan : Pranata Komputer Ahli Pertama",
                "Dengan ini mengajukan permohonan pencabutan Sertifikat Elektronik atas nama saya.",
                "", "                                        Hormat saya,"}});
  ASSERT_EQ(letters.at(0).holders.size(), 1u);
  EXPECT_EQ(letters[0].signatory.nip.value, "198903032021212032");
  EXPECT_EQ(letters[0].signatory.name.value, "Magdalena, S.IP.");
  EXPECT_FALSE(letters[0].signatory.position.found());  // a holder's post is no title
}

TEST(PersonalRequest, AtasNamaBeforeTheClosingDoesNotTakeTheSignersNip) {
  // "... yang diterbitkan atas nama" ends a line; the signer's name and NIP come after the
  // closing: the holder is the one the list describes, not one named in running text.
  auto letters =
      extract({{"Perihal : Permohonan Pencabutan Sertifikat Elektronik",
                "Saya yang bertanda tangan di bawah ini:", "Nama : Ni Ketut Sriasih, S.Sos.",
                "NIP : 19861217 200901 2 004", "Jabatan : Kepala Subbagian Keuangan",
                "Mengajukan pencabutan Sertifikat Elektronik yang diterbitkan atas nama",
                "Demikian permohonan ini saya sampaikan.",
                "                                        Hormat saya,", "", "",
                "                                        Sriasih, S.Sos.",
                "                                        NIP. 19861217 200901 2 004"}});
  ASSERT_EQ(letters.at(0).holders.size(), 1u);
  EXPECT_EQ(letters[0].holders[0].position.value, "Kepala Subbagian Keuangan");
  EXPECT_FALSE(letters[0].signatory.position.found());
}

TEST(Reasons, StatedWordingMapsToCodes) {
  EXPECT_EQ(reasonCode("Kunci privat hilang", vocabulary()), "keyCompromise");
  EXPECT_EQ(reasonCode("Passphrase diketahui pihak lain", vocabulary()), "keyCompromise");
  EXPECT_EQ(reasonCode("Mutasi", vocabulary()), "affiliationChanged");
  EXPECT_EQ(reasonCode("Tidak lagi menjabat", vocabulary()), "affiliationChanged");
  EXPECT_EQ(reasonCode("Perubahan data nama", vocabulary()), "superseded");
  EXPECT_EQ(reasonCode("Lupa passphrase", vocabulary()), "superseded");
  EXPECT_EQ(reasonCode("Meninggal dunia", vocabulary()), "cessationOfOperation");
  EXPECT_EQ(reasonCode("Diberhentikan dengan hormat", vocabulary()), "cessationOfOperation");
  EXPECT_EQ(reasonCode("Alasan pribadi", vocabulary()), "unspecified");
  EXPECT_EQ(reasonCode("", vocabulary()), "unspecified");
  EXPECT_EQ(reasonCode("Pensiun", vocabulary()), "cessationOfOperation");
  EXPECT_EQ(reasonCode("Pensiunn", vocabulary()), "cessationOfOperation");  // OCR
}

TEST(Reasons, BodySentenceWithACauseOnlyBoilerplateDoesNotCount) {
  auto withCause =
      extract({join(kRequestHead, {"Nama : Andi", "NIP : 19900101 201501 1 001",
                                   "Hal ini dikarenakan yang bersangkutan telah pensiun.",
                                   "Sertifikat elektronik dapat disalahgunakan pihak lain."})});
  EXPECT_EQ(withCause.at(0).holders.at(0).reason.value, "cessationOfOperation");
  auto boilerplate =
      extract({join(kRequestHead, {"Nama : Andi", "NIP : 19900101 201501 1 001",
                                   "Sertifikat elektronik dapat disalahgunakan pihak lain."})});
  EXPECT_EQ(boilerplate.at(0).holders.at(0).reason.value, "unspecified");
}

TEST(Reasons, SpecksReadAsFullStopsDoNotEndTheSentence) {
  auto letters = extract(
      {join(kRequestHead, {"Nama : Andi", "NIP : 19900101 201501 1 001",
                           "Adapun pencabutan sertifikat elektronik. tersebut dikarenakan yang.",
                           "bersangkutan telah. pindah instansi ke Dinas Kesehatan.",
                           "Demikian permohonan ini kami sampaikan."})});
  EXPECT_EQ(letters.at(0).holders.at(0).reason.value, "affiliationChanged");
}

TEST(RunningText, HolderNamedInASentence) {
  auto letters =
      extract({join(kRequestHead, {"atas nama Andi Saputra, S.Kom. NIP 19851201 201001 1 004",
                                   "karena yang bersangkutan telah mutasi."})});
  ASSERT_EQ(letters.at(0).holders.size(), 1u);
  EXPECT_EQ(letters[0].holders[0].name.value, "Andi Saputra, S.Kom.");
  EXPECT_EQ(letters[0].holders[0].nip.value, "198512012010011004");
  EXPECT_EQ(letters[0].holders[0].reason.value, "affiliationChanged");
}

TEST(RunningText, NipInParentheses) {
  auto letters = extract(
      {join(kRequestHead, {"sertifikat elektronik Saudari Nur Aisyah (NIP. 19920304 201903 2 011)",
                           "yang telah memasuki masa purna bakti."})});
  ASSERT_EQ(letters.at(0).holders.size(), 1u);
  EXPECT_EQ(letters[0].holders[0].name.value, "Nur Aisyah");
  EXPECT_EQ(letters[0].holders[0].nip.value, "199203042019032011");
  EXPECT_EQ(letters[0].holders[0].reason.value, "cessationOfOperation");
}

TEST(Tables, OneColumnForNipAndNik) {
  auto page = join(kRequestHead, {"No  Nama          NIP/NIK                     Jabatan",
                                  "1   Andi Saputra  19851201 201001 1 004       Analis",
                                  "                  7371010112850003", ""});
  auto letters = extract({join(page, kSignature)});
  ASSERT_EQ(letters.at(0).holders.size(), 1u);
  EXPECT_EQ(letters[0].holders[0].nip.value, "198512012010011004");
  EXPECT_EQ(letters[0].holders[0].nik.value, "7371010112850003");
}

TEST(HostileText, LongGarbageLinesAndMarkupDoNotBreakExtraction) {
  std::string garbage;
  for (int i = 0; i < 3000; ++i) garbage += "atas nama A" + std::string(i % 7, 'a') + " ";
  auto letters = extract({{"Perihal : <script>&amp; Permohonan Pencabutan", garbage,
                           "Nama : ]]><!-- x", "NIP : 1234567890123456789012345"}});
  ASSERT_EQ(letters.size(), 1u);
  EXPECT_EQ(letters[0].kind, Kind::request);
  ASSERT_EQ(letters[0].holders.size(), 1u);
  EXPECT_LT(letters[0].holders[0].nip.confidence, 0.5);  // 25 digits: reported, doubted
}

TEST(Degraded, ColonListsWithLostColonsAndSpacedNik) {
  const auto letters = extractLetters(fixture("degraded-colon-lists.ocr.xml"), vocabulary());
  ASSERT_GE(letters.size(), 1u);
  ASSERT_EQ(letters[0].holders.size(), 2u);
  EXPECT_EQ(letters[0].holders[0].nik.value, "7306041811930006");  // "No. KTP/NIK : 7306 0418 ..."
  EXPECT_EQ(letters[0].holders[1].nip.value, "199503082019032039");
  EXPECT_EQ(letters[0].holders[0].email.value, "ramli93@gowakab.go.id");
}

}  // namespace
}  // namespace cabut::extract
