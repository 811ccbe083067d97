// The signature block read under a stamp and a scribble, corrected from the same letter:
// the letterhead for the office in the title, the body for the signer printed twice.
#include <gtest/gtest.h>

#include "extract/extract.h"
#include "extract/ocr_fixture.h"

namespace cabut::extract {
namespace {

const Vocabulary& vocabulary() {
  static const auto loaded = loadVocabulary(std::string(CABUT_SOURCE_DIR) + "/rules");
  return **loaded;
}

// Lines as pageFromLines lays them out; a word marked with "~" is one the engine was unsure
// of (confidence 0.3), as under a stamp, with "%" one it half doubted (0.7); one marked with "^"
// reaches 45 px higher, as a word the scribble runs through.
Letter extractOne(const std::vector<std::string>& lines) {
  ocr::PageText page = testing::pageFromLines(lines, 1);
  for (auto& line : page.lines) {
    for (auto& word : line.words) {
      if (const auto mark = word.text.find('~'); mark != std::string::npos) {
        word.text.erase(mark, 1);
        word.confidence = 0.3f;
      }
      if (const auto mark = word.text.find('%'); mark != std::string::npos) {
        word.text.erase(mark, 1);
        word.confidence = 0.7f;
      }
      if (const auto mark = word.text.find('^'); mark != std::string::npos) {
        word.text.erase(mark, 1);
        word.box.y0 -= 45;
      }
    }
  }
  ocr::FileText file;
  file.source = "scan.png";
  file.pages.push_back(std::move(page));
  return extractLetters(file, vocabulary()).at(0);
}

std::vector<std::string> letterWithHead(const std::vector<std::string>& head,
                                        const std::vector<std::string>& body,
                                        const std::vector<std::string>& signature) {
  std::vector<std::string> lines = head;
  lines.insert(lines.end(),
               {"", "Nomor     : 800/112/II/2024/BKPSDM          Majene, 14 Februari 2024",
                "Perihal   : Permohonan Pencabutan Sertifikat Elektronik", ""});
  lines.insert(lines.end(), body.begin(), body.end());
  lines.insert(lines.end(), signature.begin(), signature.end());
  return lines;
}

std::vector<std::string> letter(const std::vector<std::string>& body,
                                const std::vector<std::string>& signature) {
  return letterWithHead(
      {"PEMERINTAH KABUPATEN MAJENE", "BADAN KEPEGAWAIAN DAN PENGEMBANGAN", "SUMBER DAYA MANUSIA"},
      body, signature);
}

const std::vector<std::string> kHolderBody = {
    "Dengan ini kami mengajukan permohonan pencabutan sertifikat elektronik:",
    "Nama      : Andi Saputra, S.Kom.",
    "NIP       : 19851201 201001 1 004",
    "Jabatan   : Pranata Komputer Ahli Pertama",
    "Demikian permohonan ini kami sampaikan.",
    "",
};

// A signature block in the page's right column: the title's lines (a line given with its
// own indentation keeps it), the space for the signature, the signer's name and NIP.
std::vector<std::string> block(const std::vector<std::string>& title,
                               const std::string& name = "Drs. Yosef, M.Kom.",
                               const std::string& nip = "NIP. 19660115 199504 1 011") {
  const std::string column(34, ' ');
  std::vector<std::string> lines;
  for (const auto& line : title) lines.push_back(line.starts_with(' ') ? line : column + line);
  lines.insert(lines.end(), {"", "", "", column + name, column + nip});
  return lines;
}

const char* const kAminah = "Dra. Hj. Sitti Aminah, M.Si.";
const char* const kAminahNip = "NIP. 19680512 199403 2 007";
const char* const kAndi = "Andi Saputra, S.Kom.";
const char* const kAndiNip = "NIP 19851201 201001 1 004";
const char* const kBkpsdm = "Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia";

// The signer's title read from a holder's letter signed with `signature` ("" when none).
std::string titleOf(const std::vector<std::string>& signature) {
  return extractOne(letter(kHolderBody, signature)).signatory.position.value;
}

TEST(TitleRepair, WordsUnderTheStampComeFromTheLetterhead) {
  EXPECT_EQ(
      titleOf(block({"KEPALA BADAN KEPEGAWAIAN DAN", "PENGEMB~ SUMB~ DAYA", "NUSIA KABUPATEN"},
                    kAminah, kAminahNip)),
      "KEPALA BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA KABUPATEN MAJENE");
}

TEST(TitleRepair, ScrapsTheStampLeftAfterTheRepairedTitleGo) {
  // "(PAR Sp) RE": the letterhead gives "MAJENE" whole; what is left of it under the
  // stamp is no part of the title. A short word read clear and whole stays.
  EXPECT_EQ(titleOf(block({"KEPALA BADAN KEPEGAWAIAN DAN PENGEMBANGAN",
                           "SUMBER DAYA MANUSIA KABUPATEN (MAJ~ NE)~ NE"},
                          kAminah, kAminahNip)),
            "KEPALA BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA KABUPATEN MAJENE");
  EXPECT_EQ(titleOf(block({"Kepala Bidang TI"})), "Kepala Bidang TI");
  // A line of such scraps under the title is the stamp's lettering.
  EXPECT_EQ(titleOf(block({"Sekretaris Daerah", "Sp) RE"})), "Sekretaris Daerah");
}

TEST(TitleRepair, SpecksBetweenTheOfficeAndItsRegionGo) {
  // The stamp's rim read as a short word the engine was sure of ("ey", "KP").
  EXPECT_EQ(titleOf(block({"Kepala Badan Kepegawaian dan Pengembangan",
                           "Sumber Daya Manusia ey Kabupaten Majene"},
                          kAminah, kAminahNip)),
            std::string(kBkpsdm) + " Kabupaten Majene");
}

TEST(TitleRepair, TheRegionsFirstWordLostUnderTheStampIsTheLetterheads) {
  EXPECT_EQ(
      titleOf(block({"KEPALA BADAN KEPEGAWAIAN DAN PENGEMBANGAN", "SUMBER DAYA MANUSIA MAJENE,"},
                    kAminah, kAminahNip)),
      "KEPALA BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA KABUPATEN MAJENE");
  // The government's word before the region ("PEMERINTAH", here after an emblem's speck)
  // is no part of a title.
  const auto lines = letterWithHead(
      {"Ls PEMERINTAH KABUPATEN MAJENE", "BADAN KEPEGAWAIAN DAN PENGEMBANGAN",
       "SUMBER DAYA MANUSIA"},
      kHolderBody,
      block({"KEPALA BADAN KEPEGAWAIAN DAN PENGEMBANGAN", "SUMBER DAYA MANUSIA KABUPATEN MAJENE,"},
            kAminah, kAminahNip));
  EXPECT_EQ(extractOne(lines).signatory.position.value,
            "KEPALA BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA KABUPATEN MAJENE");
}

TEST(TitleRepair, ALongWordWithAThirdOfItsLettersMisreadIsTheLetterheads) {
  EXPECT_EQ(titleOf(block(
                {"KEPALA BADAN KEPEGAWAIAN DAN PENGEMBANGAN", "SUMBER DAYA MANUSIA BEPATEN MAJENE"},
                kAminah, kAminahNip)),
            "KEPALA BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA KABUPATEN MAJENE");
}

TEST(TitleRepair, ARegionTheEmblemCrossedStandsWhereTheLetterPrintsItClearly) {
  // The letterhead's "PAREPARE" was read unsure; the body prints "Parepare" clearly.
  std::vector<std::string> body = kHolderBody;
  body.insert(body.begin(), "Di lingkup Pemerintah Kota Parepare kami mengajukan:");
  const auto lines = letterWithHead(
      {"PEMERINTAH KOTA PAREPARE~", "BADAN PERENCANAAN PEMBANGUNAN", "DAERAH"}, body,
      block({"KEPALA BADAN PERENCANAAN", "PEMBANGUNAN DAERAH KOTA"}, kAminah, kAminahNip));
  EXPECT_EQ(extractOne(lines).signatory.position.value,
            "KEPALA BADAN PERENCANAAN PEMBANGUNAN DAERAH KOTA PAREPARE");
}

TEST(TitleRepair, ASureWordALetterOffTheLetterheadsIsMisread) {
  const auto lines = letterWithHead(
      {"PEMERINTAH KABUPATEN MAMASA", "BADAN PERENCANAAN PEMBANGUNAN", "DAERAH"}, kHolderBody,
      block({"Kepala Badan Perehcanaan Pembangunan", "Daerah Kabupaten Mamasa"}, kAminah,
            kAminahNip));
  EXPECT_EQ(extractOne(lines).signatory.position.value,
            "Kepala Badan Perencanaan Pembangunan Daerah Kabupaten Mamasa");
}

TEST(TitleRepair, TheLetterheadsOwnMisreadingDoesNotSpoilAClearWord) {
  // "JBADAN": a speck glued to the letterhead's word, while the letter prints "Badan"
  // clearly elsewhere; "ADAN": the letterhead's word cut short.
  std::vector<std::string> unitBody = kHolderBody;
  unitBody.insert(unitBody.begin(),
                  "Unit Kerja : Badan Kepegawaian dan Pengembangan Sumber Daya Manusia");
  const std::vector<std::pair<const char*, std::vector<std::string>>> heads = {
      {"JBADAN KEPEGAWAIAN DAN PENGEMBANGAN", unitBody},
      {"ADAN KEPEGAWAIAN DAN PENGEMBANGAN", kHolderBody}};
  for (const auto& [head, body] : heads) {
    const auto lines = letterWithHead(
        {"PEMERINTAH KABUPATEN MAMASA", head, "SUMBER DAYA MANUSIA"}, body,
        block({"Kepala Badan Kepegawaian dan Pengembangan", "Sumber Daya Manusia Kabupaten Mamasa"},
              kAminah, kAminahNip));
    EXPECT_EQ(extractOne(lines).signatory.position.value,
              std::string(kBkpsdm) + " Kabupaten Mamasa")
        << head;
  }
}

TEST(TitleRepair, AClearTitleStaysAsPrinted) {
  // The letterhead adds the region, the title does not: a title read clearly is kept.
  EXPECT_EQ(titleOf(block({"Kepala Badan Kepegawaian dan", "Pengembangan Sumber Daya Manusia,"},
                          kAminah, kAminahNip)),
            kBkpsdm);
}

TEST(TitleRepair, ADifferentOfficeIsNotRewritten) {
  EXPECT_EQ(titleOf(block({"Kepala Dinas Sosial~,"})), "Kepala Dinas Sosial");
}

TEST(TitleRepair, SpecksOfTheStampBeforeTheTitleAreDropped) {
  EXPECT_EQ(titleOf(block({"                              SN~ N~ Sekretaris Daerah"})),
            "Sekretaris Daerah");
}

TEST(TitleRepair, ASpeckBeforeTheNipLabelIsNotTheLabel) {
  const Letter read =
      extractOne(letter(kHolderBody, block({"Sekretaris Daerah,"}, "Drs. Yosef, M.Kom.",
                                           "~ NIP.> 19660115 199504 1 011.")));
  EXPECT_EQ(read.signatory.nip.value, "196601151995041011");
  EXPECT_EQ(read.signatory.name.value, "Drs. Yosef, M.Kom.");
}

TEST(TitleRepair, ClosingsReadWrongAreNoTitle) {
  // "Hormat saya," read as "Horn hat saya,"; "Yang mengajukan," with "Yang" under the
  // scribble, or with its second word misread: a personal request's signer has no title.
  // "Hormat saya," with both words bent ("Hormdt 484,").
  for (const char* closing :
       {"Horn hat saya,", "Ya~ mengajukan,", "Yang Keghjukan,", "Hormdt 484,"}) {
    const Letter read = extractOne(letter(kHolderBody, block({closing}, kAndi, kAndiNip)));
    EXPECT_FALSE(read.signatory.position.found())
        << closing << ": " << read.signatory.position.value;
    EXPECT_EQ(read.signatory.name.value, kAndi) << closing;
  }
}

TEST(TitleRepair, ABentActingPrefixIsKept) {
  // "Plt." read as "It.": an acting head, not a speck of the stamp.
  EXPECT_EQ(titleOf(block({"                                It. Kepala Badan Kepegawaian dan",
                           "Pengembangan Sumber Daya Manusia,"})),
            std::string("Plt. ") + kBkpsdm);
}

TEST(TitleRepair, AnActingPrefixReadBentButSureIsSpeltAgain) {
  // "Plt." read as "Pit." and "Plh." as "Pih.", the engine sure of both.
  EXPECT_EQ(titleOf(block({"                                Pit. Kepala Badan Kepegawaian dan",
                           "Pengembangan Sumber Daya Manusia,"})),
            std::string("Plt. ") + kBkpsdm);
  EXPECT_EQ(titleOf(block({"                                Pih. Kepala Badan Kepegawaian dan",
                           "Pengembangan Sumber Daya Manusia,"})),
            std::string("Plh. ") + kBkpsdm);
}

TEST(TitleRepair, LetterheadWordsTakeTheTitlesCase) {
  EXPECT_EQ(titleOf(block({"Kepala Badan Kepegawaian dan", "Pengemb~ Sumber Daya Manusia,"})),
            kBkpsdm);
}

TEST(TitleRepair, TheTitlesLastLineIsNotTheName) {
  // The name under the scribble was not read: the line above the rank is the title's end.
  const Letter read = extractOne(letter(
      kHolderBody, block({"Kepala Badan Kepegawaian dan", "Pengembangan Sumber Daya Manusia,"},
                         "Pembina Tingkat I")));
  EXPECT_FALSE(read.signatory.name.found()) << read.signatory.name.value;
  EXPECT_EQ(read.signatory.position.value, kBkpsdm);
}

// A recommendation whose body names its signer, the head, with the region.
const std::vector<std::string> kHeadDescribedBody = {
    "Yang bertanda tangan di bawah ini:",
    "Nama      : Drs. Yosef, M.Kom.",
    "NIP       : 19660115 199504 1 011",
    "Jabatan   : Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Majene",
    "Memberikan rekomendasi pencabutan sertifikat elektronik kepada:",
    "Nama      : Andi Saputra, S.Kom.",
    "NIP       : 19851201 201001 1 004",
    "Jabatan   : Pranata Komputer Ahli Pertama",
    ""};

TEST(SignerRepair, AWholeTitleKeepsItsEndWhenTheBodyAddsTheRegion) {
  // "Yang bertanda tangan": the body names the head with the region, the block without it;
  // the block's first word is under the stamp.
  const Letter read =
      extractOne(letter(kHeadDescribedBody,
                        block({"Xe~ Badan Kepegawaian dan", "Pengembangan Sumber Daya Manusia,"})));
  EXPECT_EQ(read.signatory.position.value, kBkpsdm);
}

TEST(SignerRepair, AWholeLookingTitleEndingInScrapsTakesTheBodysTitle) {
  // The stamp left the region's line as scraps ("Ma Jne"); every long word of the block is
  // the body's, which is what made it look whole.
  const Letter read = extractOne(
      letter(kHeadDescribedBody,
             block({"Kepala Badan Kepegawaian dan", "Pengembangan Sumber Daya Manusia Ma Jne,"})));
  EXPECT_EQ(read.signatory.position.value, std::string(kBkpsdm) + " Kabupaten Majene");
}

TEST(TitleRepair, TitleLinesAreNotStampLetteringBesideANameTheScribbleMadeTall) {
  // The scribble through the name makes its words tall; the title's lines are of the NIP
  // line's height, not small like a stamp's lettering.
  EXPECT_EQ(titleOf(block({"Kepala Badan Kepegawaian dan", "Pengembangan Sumber Daya Manusia,"},
                          "Drs.^ Yosef,^ M.Kom.^")),
            kBkpsdm);
}

TEST(TitleRepair, LoneLettersAndGluedSpecksInATitleAreMended) {
  // "DAN" left as "D" by the stamp, a speck read as "N", and one glued to "DAYA".
  EXPECT_EQ(
      titleOf(block({"KEPALA BADAN KEPEGAWAIAN D", "PENGEMBANGAN N SUMBER \u201cDAYA~", "MANUSIA,"},
                    kAminah, kAminahNip)),
      "KEPALA BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA");
}

TEST(TitleRepair, AShortUnsureWordBeforeTheTitleAndAMisreadTitleWord) {
  EXPECT_EQ(titleOf(block({"                              Vie~ Kepala Badan Kepegawaian dan",
                           "Pengembangan Sumber Daya Manusia,"})),
            kBkpsdm);
  EXPECT_EQ(titleOf(block({"KERALA BADAN KEPEGAWAIAN DAN", "PENGEMBANGAN SUMBER DAYA MANUSIA,"})),
            "KEPALA BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA");
}

TEST(TitleRepair, TheSignersTitleIsNotTheLetterheadsOfficeName) {
  // The secretariat's head signs as "Sekretaris Daerah": the letterhead's "SEKRETARIAT"
  // is the office, not a better reading of the title.
  const Letter read =
      extractOne(letterWithHead({"PEMERINTAH KOTA PAREPARE", "SEKRETARIAT DAERAH"}, kHolderBody,
                                block({"#SEKRETARIS~ DAERAH KOTA PAREPARE,"})));
  EXPECT_EQ(read.signatory.position.value, "SEKRETARIS DAERAH KOTA PAREPARE");
}

TEST(TitleRepair, TheEmblemsSpecksDoNotHideTheLetterheadsWords) {
  // A speck before "PEMERINTAH" and digits read in the emblem beside "PERSANDIAN".
  const Letter read = extractOne(letterWithHead(
      {"* PEMERINTAH KABUPATEN MAMUJU", "DINAS KOMUNIKASI, INFORMATIKA DAN", "X77 PERSANDIAN"},
      kHolderBody,
      block({"Kepala Dinas Komunikasi, Informatika", "dan Rersandian~ Kabupaten Mamuju,"})));
  EXPECT_EQ(read.signatory.position.value,
            "Kepala Dinas Komunikasi, Informatika dan Persandian Kabupaten Mamuju");
}

TEST(TitleRepair, ATitleWhoseFirstWordTheStampCutIsStillATitle) {
  EXPECT_EQ(titleOf(block({"pala Badan Kepegawaian dan", "Pengembangan Sumber Daya Manusia"})),
            kBkpsdm);
}

TEST(TitleRepair, TheHeadsTitleLostBeforeItsOfficeIsPutBack) {
  // "Kepala" cut to its last letters, or lost whole, before the office it heads.
  EXPECT_EQ(titleOf(block({"la Badan Kepegawaian dan", "Pengembangan Sumber Daya Manusia,"})),
            kBkpsdm);
  EXPECT_EQ(titleOf(block({"BADAN KEPEGAWAIAN DAN", "PENGEMBANGAN SUMBER DAYA MANUSIA,"})),
            "KEPALA BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA");
}

TEST(TitleRepair, OfficeWordsLostBeforeTheRegionComeFromTheWrappedLetterhead) {
  // The letterhead wraps the office's name; the title lost its last word, or kept only a
  // scrap of it, before the region.
  const std::vector<std::string> head = {"PEMERINTAH KOTA PAREPARE",
                                         "DINAS PEKERJAAN UMUM DAN PENATAAN", "RUANG"};
  const auto titleUnder = [&](const std::vector<std::string>& title) {
    return extractOne(letterWithHead(head, kHolderBody, block(title))).signatory.position.value;
  };
  const std::string whole = "KEPALA DINAS PEKERJAAN UMUM DAN PENATAAN RUANG KOTA PAREPARE";
  EXPECT_EQ(titleUnder({"KEPALA DINAS PEKERJAAN UMUM", "DAN PENATAAN KOTA PAREPARE,"}), whole);
  EXPECT_EQ(titleUnder({"KEPALA DINAS PEKERJAAN UMUM", "DAN PENATAAN UA KOTA PAREPARE,"}), whole);
}

TEST(TitleRepair, ATitlesLastLineWithASpeckIsNoDateLine) {
  // "Mamuju, 5": the region and its comma, a speck after it; a date line has a year.
  const std::vector<std::string> head = {"PEMERINTAH KABUPATEN MAMUJU", "DINAS SOSIAL"};
  EXPECT_EQ(extractOne(letterWithHead(head, kHolderBody,
                                      block({"Kepala Dinas Sosial Kabupaten", "Mamuju, 5"})))
                .signatory.position.value,
            "Kepala Dinas Sosial Kabupaten Mamuju");
}

TEST(TitleRepair, ATitleOverStampLetteringEndingInAComma) {
  // The stamp's centre read as a line of its own with a comma after it, nearer the name.
  const std::string title = titleOf(block({"KEPALA DINAS SOSIAL", "", "", "x DINSOS OW,"}));
  EXPECT_EQ(title, "KEPALA DINAS SOSIAL");
}

TEST(TitleRepair, TheStampsLetteringUnderTheTitleIsNotPartOfIt) {
  EXPECT_EQ(titleOf(block(
                {"Kepala Badan Kepegawaian dan", "Pengembangan Sumber Daya Manusia,", "BKPSDM"})),
            kBkpsdm);
}

TEST(SignerRepair, ASignerPrintedInTheBodyMendsTheBlock) {
  // A personal request: the holder signs. Under the scribble the name is garbled and the
  // NIP lost a digit; the list above prints both clean.
  const Letter read = extractOne(letter(
      kHolderBody, block({"Hormat saya,"}, "Andl~ Sapvtra~ S.Kom.", "NIP 19851201 20100 1 004")));
  EXPECT_EQ(read.signatory.nip.value, "198512012010011004");
  EXPECT_EQ(read.signatory.name.value, "Andi Saputra, S.Kom.");
  EXPECT_FALSE(read.signatory.position.found());
}

TEST(SignerRepair, ANameMisreadThroughTheScribbleTakesTheBodysCleanPrint) {
  // Read whole, fairly sure, but a letter of it misread where a stroke crosses it.
  const Letter read =
      extractOne(letter(kHolderBody, block({"Hormat saya,"}, "Andi Sapvtra%, S.Kom.", kAndiNip)));
  EXPECT_EQ(read.signatory.name.value, "Andi Saputra, S.Kom.");
}

TEST(SignerRepair, ABodyReadingWithSpecksIsNoModelForTheBlock) {
  std::vector<std::string> body = kHolderBody;
  body[1] = "Nama      : Andi Saputra, § .Kom.";
  const Letter read =
      extractOne(letter(body, block({"Hormat saya,"}, "Andi Saputra%, S.Kom.", kAndiNip)));
  EXPECT_EQ(read.signatory.name.value, "Andi Saputra, S.Kom.");
}

TEST(SignerRepair, ANameSignedWithMoreTitlesStaysAsSigned) {
  const Letter read = extractOne(
      letter(kHolderBody, block({"Hormat saya,"}, "Dr. Andi Saputra%, S.Kom., M.T.", kAndiNip)));
  EXPECT_EQ(read.signatory.name.value, "Dr. Andi Saputra, S.Kom., M.T.");
}

TEST(SignerRepair, AnotherValidNipIsAnotherPerson) {
  // The head signs for the holder: a valid NIP of their own, never the holder's.
  const Letter read = extractOne(letter(
      kHolderBody, block({"Kepala Badan Kepegawaian dan", "Pengembangan Sumber Daya Manusia,"},
                         "Andi Saputri, S.Kom.", "NIP. 19851201 201001 2 005")));
  EXPECT_EQ(read.signatory.nip.value, "198512012010012005");
  EXPECT_EQ(read.signatory.name.value, "Andi Saputri, S.Kom.");
}

// "Camat Bacukiki Barat," read "Gama Racukiki Barat,": like "Nama" and a value where the
// signature's NIP has its value, but four lines above it: no holder.
TEST(SignatureBlock, ATitleMisreadAsALabelIsNoHolder) {
  const Letter read =
      extractOne(letter(kHolderBody, block({"Gama Racukiki Barat,"}, "Ir. Hj. Sahria, S.Kom., M.T.",
                                           "NIP : 19790907 200902 2 016")));
  ASSERT_EQ(read.holders.size(), 1u);
  EXPECT_EQ(read.holders[0].name.value, "Andi Saputra, S.Kom.");
}

// The NIP's end under the stamp: the line still shows where the block is; the number
// itself is not reported cut short.
TEST(SignatureBlock, ANipCutShortStillAnchorsTheBlock) {
  const Letter read = extractOne(
      letter(kHolderBody, block({"KEPALA BADAN PENGELOLAAN", "KEUANGAN DAN ASET DAERAH"},
                                "Hj. SAHRIA, S.Sos., M.A.P.", "NIP: 19780714 2007 ZEROS")));
  EXPECT_EQ(read.signatory.name.value, "Hj. SAHRIA, S.Sos., M.A.P.");
  EXPECT_EQ(read.signatory.position.value, "KEPALA BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH");
  EXPECT_FALSE(read.signatory.nip.found());
}

// The name lost under the stamp and the NIP line read taller (the stamp's rim through it):
// the title's lines are print of the letter's size, not the stamp's small lettering.
TEST(SignatureBlock, ATallNipLineIsNoMeasureOfTheTitlesPrint) {
  const Letter read =
      extractOne(letter(kHolderBody, block({"DIREKTUR,"}, "", "^NIP. ^19790910 ^200512 ^2 ^036")));
  EXPECT_EQ(read.signatory.position.value, "DIREKTUR");
}

// A comma inside the office's name ends a title line; the title goes on below it (its
// last line, with the closing comma, lost under the stamp).
TEST(SignatureBlock, ACommaInsideTheOfficesNameIsNoClosing) {
  const auto lines = letterWithHead(
      {"PEMERINTAH KABUPATEN MAJENE", "DINAS KOMUNIKASI, INFORMATIKA, STATISTIK", "DAN PERSANDIAN"},
      kHolderBody,
      block({"Kepala Dinas Komunikasi, Informatika,", "Statistik dan Persandian"}, kAminah,
            kAminahNip));
  EXPECT_EQ(extractOne(lines).signatory.position.value,
            "Kepala Dinas Komunikasi, Informatika, Statistik dan Persandian");
}

TEST(TitleRepair, ATitleLineCutToARanksLookIsStillTheTitles) {
  // "Pemba nan Daerah,": "Pembangunan" read in two pieces, the first like the rank "Pembina".
  const auto lines = letterWithHead(
      {"PEMERINTAH KABUPATEN GOWA", "BADAN PERENCANAAN PEMBANGUNAN", "DAERAH"}, kHolderBody,
      block({"Kepala Badan Perencanaan", "Pemba nan Daerah,"}, kAminah, kAminahNip));
  EXPECT_EQ(extractOne(lines).signatory.position.value,
            "Kepala Badan Perencanaan Pembangunan Daerah");
}

TEST(SignatureBlock, ARankReadWholeWithASpeckCommaIsNoName) {
  const Letter read = extractOne(letter(
      kHolderBody, block({"Kepala Dinas Pendidikan dan"}, "Pembina Tingkat I ,", kAminahNip)));
  EXPECT_NE(read.signatory.name.value, "Pembina Tingkat I");
}

// An unsure word before the region stands where the letterhead's row has the government
// ("Fr PEMERINTAH KABUPATEN MAJENE", a speck of the emblem first): that is no title's word.
TEST(TitleRepair, TheGovernmentsNameAfterAnEmblemsSpeckIsNoTitleWord) {
  const auto lines = letterWithHead(
      {"Fr PEMERINTAH KABUPATEN MAJENE", "BADAN KEPEGAWAIAN DAN PENGEMBANGAN",
       "SUMBER DAYA MANUSIA"},
      kHolderBody,
      block({"Kepala Badan Kepegawaian dan Pengembangan", "~Sumbx Kabupaten Majene,"}, kAminah,
            kAminahNip));
  EXPECT_EQ(extractOne(lines).signatory.position.value.find("Pemerintah"), std::string::npos);
}

}  // namespace
}  // namespace cabut::extract
