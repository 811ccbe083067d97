// Normalisers: NIP, NIK, dates, e-mail addresses and letter numbers as OCR delivers them.
#include <gtest/gtest.h>

#include "common/data_dir.h"
#include "extract/values.h"
#include "extract/vocabulary.h"

namespace cabut::extract {
namespace {

const Vocabulary& vocabulary() {
  static const auto loaded = loadVocabulary(std::string(CABUT_SOURCE_DIR) + "/rules");
  return **loaded;
}

TEST(Nip, SpacedAndPrefixedFormsGiveEighteenDigits) {
  EXPECT_EQ(normaliseNip("19790102 201101 1 006").value, "197901022011011006");
  EXPECT_EQ(normaliseNip("19790102 201101 1 006").confidence, 1.0);
  EXPECT_EQ(normaliseNip("19790102.201101.1.006").value, "197901022011011006");
}

TEST(Nip, DigitLookalikesAreReadAsDigits) {
  EXPECT_EQ(normaliseNip("l979O1O2 2O11O1 1 OO6").value, "197901022011011006");
  EXPECT_EQ(normaliseNip("19820416 200804 2 O11").value, "198204162008042011");
  EXPECT_EQ(normaliseNip("1979S102 2011B1 Z 006").value, "197951022011812006");
}

TEST(Nip, WordsAreNotNumbers) {
  EXPECT_TRUE(normaliseNip("Pembina Utama").value.empty());
  EXPECT_TRUE(normaliseNip("1979 Kepala").value.empty());
}

TEST(Nip, ImpossibleDatePartIsKeptWithLowConfidence) {
  const auto nip = normaliseNip("19791399 201101 1 006");  // month 13, day 99
  EXPECT_EQ(nip.value, "197913992011011006");
  EXPECT_LT(nip.confidence, 0.5);
  const auto shortNip = normaliseNip("19790102 201101 1 06");
  EXPECT_EQ(shortNip.value, "19790102201101106");
  EXPECT_LT(shortNip.confidence, 0.5);
}

TEST(Nip, TableRuleReadAsLeadingOneIsDropped) {
  EXPECT_EQ(normaliseNip("119680327 200212 1 007").value, "196803272002121007");
  // ... and a colon read between its groups is a speck.
  EXPECT_EQ(normaliseNip("119680130: 199701 1 004.").value, "196801301997011004");
  // Two rules or specks.
  EXPECT_EQ(normaliseNip("11198805192021032034").value, "198805192021032034");
  // A NIK plausible with its first or its last digit left out: the "1" in front goes.
  EXPECT_EQ(normaliseNik("17604010102880004").value, "7604010102880004");
}

TEST(Nip, ScrapsAroundTheNumberAreLeftOut) {
  // A colon read as "bo", a speck and a stamp's rim before it, a degree sign after it.
  const auto nip = normaliseNip("bo 119740813 200703 1 006");
  EXPECT_EQ(nip.value, "197408132007031006");
  EXPECT_LT(nip.confidence, 1.0);
  EXPECT_EQ(normaliseNip("4, \u2014. 4197408132007031006 \u00a9").value, "197408132007031006");
  EXPECT_EQ(normaliseNip("19740109 200702 1 006\u00b0").value, "197401092007021006");
  EXPECT_EQ(normaliseNip("19740109 200702 1 006\u00b0").confidence, 1.0);
  // Words are still no number, and a number is not cut to fit.
  EXPECT_TRUE(normaliseNip("Pembina Tk. I").value.empty());
  // Only words at either end are left out, never one inside the number.
  EXPECT_EQ(normaliseNip("19790102 99 201101 1 006").value.size(), 20u);
}

TEST(Nip, AFirstDigitLostIsTheOneThatMakesABirthYear) {
  const auto nip = normaliseNip("97809162006042008");
  EXPECT_EQ(nip.value, "197809162006042008");
  EXPECT_LT(nip.confidence, 1.0);
  // A NIK's first digit (the province) could be any of several: it is not guessed.
  EXPECT_EQ(normaliseNik("602011503900002").value, "602011503900002");
}

TEST(Nik, AZeroReadAsARoundMarkIsAZero) {
  EXPECT_EQ(normaliseNik("76040519C1710020").value, "7604051901710020");
  EXPECT_EQ(normaliseNik("76040169( 8930400").value, "7604016908930400");
  EXPECT_EQ(normaliseNik("Camat").value, "");  // a word stays a word
}

TEST(Nik, SixteenDigitsWithPlausibleBirthDate) {
  EXPECT_EQ(normaliseNik("7602011503900002").value, "7602011503900002");
  EXPECT_EQ(normaliseNik("7306 0418 1193 0006").value, "7306041811930006");
  EXPECT_EQ(normaliseNik("7271044109820118").confidence, 1.0);  // woman: day 01 + 40
  EXPECT_LT(normaliseNik("7271049909820118").confidence, 0.5);  // day 99
  EXPECT_TRUE(normaliseNik("Kepala Bidang").value.empty());
}

TEST(Dates, AMonthWhoseEndWasLostByItsFirstLetters) {
  const auto date = normaliseDate("15 Novae 2023", vocabulary());
  EXPECT_EQ(date.value, "2023-11-15");
  EXPECT_LT(date.confidence, 1.0);
  // Letters no month begins with: no date.
  EXPECT_EQ(normaliseDate("15 Juxx 2023", vocabulary()).value, "");
  // Three letters one letter off one month's short name; "Jen" is as near June as January.
  EXPECT_EQ(normaliseDate("24 Met 2024", vocabulary()).value, "2024-05-24");
  EXPECT_LT(normaliseDate("24 Met 2024", vocabulary()).confidence, 1.0);
  EXPECT_EQ(normaliseDate("24 Jen 2024", vocabulary()).value, "");
}

TEST(Dates, IndonesianMonthNamesAndSpellings) {
  EXPECT_EQ(normaliseDate("14 Februari 2024", vocabulary()).value, "2024-02-14");
  EXPECT_EQ(normaliseDate("1 Pebruari 2024", vocabulary()).value, "2024-02-01");
  EXPECT_EQ(normaliseDate("3 Nopember 2023", vocabulary()).value, "2023-11-03");
  EXPECT_EQ(normaliseDate("1 Mei 2024", vocabulary()).value, "2024-05-01");
  EXPECT_EQ(normaliseDate("12 Agustus 2024", vocabulary()).value, "2024-08-12");
}

TEST(Dates, OcrBrokenMonthNamesAndDigits) {
  EXPECT_EQ(normaliseDate("14 Febuari 2024", vocabulary()).value, "2024-02-14");
  EXPECT_EQ(normaliseDate("5 Septernber 2O24", vocabulary()).value, "2024-09-05");
  EXPECT_EQ(normaliseDate("14Februari 2024", vocabulary()).value, "2024-02-14");
  EXPECT_EQ(normaliseDate("2 Desernber 2023", vocabulary()).value, "2023-12-02");
  EXPECT_EQ(normaliseDate("Sungguminasa, 11 Ok ober 2023", vocabulary()).value, "2023-10-11");
}

TEST(Dates, AStrokeForTheDayOne) {
  EXPECT_EQ(normaliseDate("| Maret 2024", vocabulary()).value, "2024-03-01");
  EXPECT_EQ(normaliseDate("! April 2024", vocabulary()).value, "2024-04-01");
  EXPECT_EQ(normaliseDate("Maret 2024", vocabulary()).value, "");
  // A stroke read as a letter in the day: a capital I, a J, an l; an O for a 0.
  EXPECT_EQ(normaliseDate("Mamasa, I Maret 2024", vocabulary()).value, "2024-03-01");
  EXPECT_EQ(normaliseDate("Mamasa,-J3 Februari 2024", vocabulary()).value, "2024-02-13");
  EXPECT_EQ(normaliseDate("2l Mei 2024", vocabulary()).value, "2024-05-21");
  EXPECT_EQ(normaliseDate("1o Juni 2024", vocabulary()).value, "2024-06-10");
  // Other letters are no day.
  EXPECT_EQ(normaliseDate("di Maret 2024", vocabulary()).value, "");
  EXPECT_EQ(normaliseDate("a Maret 2024", vocabulary()).value, "");
}

TEST(Dates, NumericForms) {
  EXPECT_EQ(normaliseDate("01-02-2024", vocabulary()).value, "2024-02-01");
  EXPECT_EQ(normaliseDate("1/2/2024", vocabulary()).value, "2024-02-01");
  EXPECT_EQ(normaliseDate("14.02.2024", vocabulary()).value, "2024-02-14");
}

TEST(Dates, ImpossibleOrAbsentDatesGiveNothing) {
  EXPECT_TRUE(normaliseDate("31 Februari 2024", vocabulary()).value.empty());
  EXPECT_TRUE(normaliseDate("Permohonan Pencabutan", vocabulary()).value.empty());
  EXPECT_TRUE(normaliseDate("45-13-2024", vocabulary()).value.empty());
}

TEST(Email, LowerCaseAndSpacesDropped) {
  EXPECT_EQ(normaliseEmail("Rizal@MamujuKab.go.id").value, "rizal@mamujukab.go.id");
  EXPECT_EQ(normaliseEmail("ilyas78 @majenekab.go.id").value, "ilyas78@majenekab.go.id");
  EXPECT_EQ(normaliseEmail("retno.setda@setda.palukota .go.id").value,
            "retno.setda@setda.palukota.go.id");
}

TEST(Email, AMarkReadAsAnAtBeforeTheAddressGoes) {
  EXPECT_EQ(normaliseEmail("@dwi.lestari@bkpsdm.gowakab.go.id").value,
            "dwi.lestari@bkpsdm.gowakab.go.id");
  EXPECT_EQ(normaliseEmail("@gowakab.go.id").value, "@gowakab.go.id");
}

TEST(Email, ConservativeRepairs) {
  EXPECT_EQ(normaliseEmail("budi@dinsos.majenekab.go.ld").value, "budi@dinsos.majenekab.go.id");
  EXPECT_EQ(normaliseEmail("budi@majenekab.gosid").value, "budi@majenekab.go.id");
  EXPECT_EQ(normaliseEmail("budi@majenekab.go-id").value, "budi@majenekab.go.id");
  EXPECT_EQ(normaliseEmail("budi(at)majenekab.go.id").value, "budi@majenekab.go.id");
  EXPECT_EQ(normaliseEmail("budi\xC2\xA9majenekab.go.id").value, "budi@majenekab.go.id");
  EXPECT_EQ(normaliseEmail("tammalele@'majenekab.go.id").value, "tammalele@majenekab.go.id");
  EXPECT_EQ(normaliseEmail("1arifin93@disdukcapil.go.id").value, "arifin93@disdukcapil.go.id");
  EXPECT_EQ(normaliseEmail("irwan@palukota.go:id").value, "irwan@palukota.go.id");
  EXPECT_EQ(normaliseEmail("wayan@palukota:g o.id").value, "wayan@palukota.go.id");
  EXPECT_EQ(normaliseEmail("rosmiati@palukota-go.id : 0").value, "rosmiati@palukota.go.id");
  EXPECT_EQ(normaliseEmail("arsyad@palukota - -g0.id .").value, "arsyad@palukota.go.id");
  EXPECT_EQ(normaliseEmail("akbar@palukota.-go.id").value, "akbar@palukota.go.id");
  EXPECT_EQ(normaliseEmail("hajrah@mamasakab.go.iid").value, "hajrah@mamasakab.go.id");
  // A lone letter before the address is the colon misread; a split address keeps its dot.
  EXPECT_EQ(normaliseEmail("x sitti@pareparekota. go.id").value, "sitti@pareparekota.go.id");
  // The next cell's capitalised word before the address; a user name split at its dot stays.
  EXPECT_EQ(normaliseEmail("Pranata kamaruddin95@polewaliman darkab.go.id").value,
            "kamaruddin95@polewalimandarkab.go.id");
  EXPECT_EQ(normaliseEmail("muhammad. rizal@gowakab.go.id").value, "muhammad.rizal@gowakab.go.id");
  EXPECT_EQ(normaliseEmail("muhammad. rizal@mamujukab.go.id").value,
            "muhammad.rizal@mamujukab.go.id");
  EXPECT_EQ(normaliseEmail("hasma@palukota.go.idr").value, "hasma@palukota.go.id");
  EXPECT_EQ(normaliseEmail("budi-go@gmail.com").value, "budi-go@gmail.com");
  EXPECT_EQ(normaliseEmail("novita@ par\u00e9parekota.go.id").value, "novita@pareparekota.go.id");
  EXPECT_EQ(normaliseEmail("\u201c1 arifin93@disdukcapil.go.id").value,
            "arifin93@disdukcapil.go.id");
  // A capital I in a lower-case address is an l; in an address written with capitals it
  // is an I. Digits after a user name's first digit keep misread l, i and o as digits.
  EXPECT_EQ(normaliseEmail("Ipongsapan@mamujukab.go.id").value, "lpongsapan@mamujukab.go.id");
  EXPECT_EQ(normaliseEmail("RIZAL@MAMUJUKAB.GO.ID").value, "rizal@mamujukab.go.id");
  EXPECT_EQ(normaliseEmail("hajrah9l@mamujukab.go.id").value, "hajrah91@mamujukab.go.id");
  EXPECT_EQ(normaliseEmail("budi.2o24@gmail.com").value, "budi.2024@gmail.com");
  EXPECT_EQ(normaliseEmail("dinkes2bidang@gmail.com").value, "dinkes2bidang@gmail.com");
  // A zero among a domain's letters is an o; nothing follows .go.id.
  EXPECT_EQ(normaliseEmail("muh100@yah 00.co.id").value, "muh100@yahoo.co.id");
  EXPECT_EQ(normaliseEmail("yohana@ mamujutengahkab.go -id jabatan.yang").value,
            "yohana@mamujutengahkab.go.id");
  EXPECT_TRUE(normaliseEmail("no address here").value.empty());
}

TEST(LetterNumber, SeparatorsAndDigitsOcrMisreadAreMended) {
  EXPECT_EQ(normaliseLetterNumber("800.1:4/199/BKPSDM/II/2024").value,
            "800.1.4/199/BKPSDM/II/2024");
  EXPECT_EQ(normaliseLetterNumber("800.1/465/IV/2024,Inspektorat").value,
            "800.1/465/IV/2024/Inspektorat");
  EXPECT_EQ(normaliseLetterNumber("555'184/IX/2023/BKPSDM").value, "555/184/IX/2023/BKPSDM");
  EXPECT_EQ(normaliseLetterNumber("B-50/DPUPR/S55/III/2024").value, "B-50/DPUPR/555/III/2024");
  EXPECT_EQ(normaliseLetterNumber("600/158/DPUPR/III/Z024").value, "600/158/DPUPR/III/2024");
  EXPECT_EQ(normaliseLetterNumber("000.5.2/431/X11/2023!DPUPR").value,
            "000.5.2/431/XII/2023/DPUPR");
  EXPECT_EQ(normaliseLetterNumber("487/184/DPMPTSP!/III/2024").value, "487/184/DPMPTSP/III/2024");
  EXPECT_EQ(normaliseLetterNumber("800.1.6/111/Disdikbud\u2019/I/2024").value,
            "800.1.6/111/Disdikbud/I/2024");
  EXPECT_EQ(normaliseLetterNumber("400/12/XI!/2024").value, "400/12/XII/2024");
  // Words of the number stay words.
  EXPECT_EQ(normaliseLetterNumber("B-50/SOB/III/2024").value, "B-50/SOB/III/2024");
  EXPECT_EQ(normaliseLetterNumber("045.2/5/BPKAD/2024").value, "045.2/5/BPKAD/2024");
}

TEST(LetterNumber, SpacesRemovedRomanMonthRestored) {
  EXPECT_EQ(normaliseLetterNumber("800 / 112 / II / 2024 / BKPSDM").value,
            "800/112/II/2024/BKPSDM");
  EXPECT_EQ(normaliseLetterNumber("B-401/KEC-TNB/487/11/2024").value, "B-401/KEC-TNB/487/II/2024");
  EXPECT_EQ(normaliseLetterNumber("800.1/129/1l/2024/Setda").value, "800.1/129/II/2024/Setda");
  EXPECT_EQ(normaliseLetterNumber("400/113/V/2024/Dinsos.").value, "400/113/V/2024/Dinsos");
  // Specks read beside it are no part of it; a closing bracket is.
  EXPECT_EQ(normaliseLetterNumber("B-432/DPMPTSP/500. 16/VII/2023. >").value,
            "B-432/DPMPTSP/500.16/VII/2023");
  EXPECT_EQ(normaliseLetterNumber("' 800/12/Setda (Umum)").value, "800/12/Setda(Umum)");
  // an Arabic number before the year that is no Roman look-alike stays
  EXPECT_EQ(normaliseLetterNumber("045.2/094/12/2024").value, "045.2/094/12/2024");
}

TEST(LetterNumber, AGarbledMonthIsTheLetterDatesMonth) {
  EXPECT_EQ(monthFromDate("800.1.4/289/BKPSDM/XU2023", "2023-11-14"), "800.1.4/289/BKPSDM/XI/2023");
  EXPECT_EQ(monthFromDate("800/12/BKPSDM/XU/2023", "2023-11-14"), "800/12/BKPSDM/XI/2023");
  // A valid month stays though the letter is dated later; other parts are not months.
  EXPECT_EQ(monthFromDate("800/12/BKPSDM/X/2023", "2023-11-14"), "800/12/BKPSDM/X/2023");
  EXPECT_EQ(monthFromDate("045.2/41/BKPSDM/2024", "2024-03-19"), "045.2/41/BKPSDM/2024");
  EXPECT_EQ(monthFromDate("800/112/2024", "2024-12-01"), "800/112/2024");
  // Too far from the date's month, or another year: left as read.
  EXPECT_EQ(monthFromDate("800/12/BKPSDM/UU/2023", "2023-11-14"), "800/12/BKPSDM/UU/2023");
  EXPECT_EQ(monthFromDate("800/12/BKPSDM/XU/2023", "2024-11-14"), "800/12/BKPSDM/XU/2023");
  // Wherever the year stands; strokes bent into other letters; the month glued on by its
  // slash read as a stroke.
  EXPECT_EQ(monthFromDate("400.9/229/IIV/2024/Dinsos", "2024-04-02"), "400.9/229/IV/2024/Dinsos");
  EXPECT_EQ(monthFromDate("800.1/455/VTI1/2023/Dukcapil", "2023-08-02"),
            "800.1/455/VIII/2023/Dukcapil");
  EXPECT_EQ(monthFromDate("487/322/Bappeda/li/2024", "2024-02-05"), "487/322/Bappeda/II/2024");
  EXPECT_EQ(monthFromDate("487/462/BKPSDMIIII/2024", "2024-03-05"), "487/462/BKPSDM/III/2024");
  EXPECT_EQ(monthFromDate("487/462/Bappeda'l1/2024", "2024-02-05"), "487/462/Bappeda/II/2024");
  // The year with a digit lost, or (read unsure) one digit misread.
  EXPECT_EQ(monthFromDate("B-133/BKPSDM/800.1/III/224", "2024-03-05"),
            "B-133/BKPSDM/800.1/III/2024");
  EXPECT_EQ(monthFromDate("800/12/BKPSDM/III/2021", "2024-03-05"), "800/12/BKPSDM/III/2021");
  EXPECT_EQ(monthFromDate("800/12/BKPSDM/III/2021", "2024-03-05", true), "800/12/BKPSDM/III/2024");
  // A valid month one stroke off the date's: the date's only when the number was unsure.
  EXPECT_EQ(monthFromDate("800/12/BKPSDM/VII/2023", "2023-08-14"), "800/12/BKPSDM/VII/2023");
  EXPECT_EQ(monthFromDate("800/12/BKPSDM/VII/2023", "2023-08-14", true), "800/12/BKPSDM/VIII/2023");
}

TEST(LetterNumber, ItsYearDatesALineWhoseYearWasBent) {
  EXPECT_EQ(dateInNumbersYear("18 Januari 2224", "555/218/I/2024/BKPSDM", vocabulary()).value,
            "2024-01-18");
  EXPECT_EQ(dateInNumbersYear("5 Mei 3O24", "800/12/V/2024", vocabulary()).value, "2024-05-05");
  // A line that reads as a date already, a year two digits off, no year or two years in the
  // number: no date.
  EXPECT_EQ(dateInNumbersYear("18 Januari 2023", "555/218/I/2024", vocabulary()).value, "");
  EXPECT_EQ(dateInNumbersYear("18 Januari 2213", "555/218/I/2024", vocabulary()).value, "");
  EXPECT_EQ(dateInNumbersYear("18 Januari 2224", "555/218/BKPSDM", vocabulary()).value, "");
  EXPECT_EQ(dateInNumbersYear("18 Januari 2224", "555/2023/I/2024", vocabulary()).value, "");
}

TEST(LetterNumber, ItsRomanMonthDatesALineWhoseMonthWasLost) {
  EXPECT_EQ(dateFromNumber(14, 2023, "555/50/Disdikbud/XII/2023"), "2023-12-14");
  EXPECT_EQ(dateFromNumber(3, 2024, "800.1/129/II/2024/Setda"), "2024-02-03");
  // No month, two months, another year, or a day the month does not have: no date.
  EXPECT_EQ(dateFromNumber(14, 2023, "045.2/41/BKPSDM/2023"), "");
  EXPECT_EQ(dateFromNumber(14, 2023, "045/V/41/XII/2023"), "");
  EXPECT_EQ(dateFromNumber(14, 2024, "555/50/Disdikbud/XII/2023"), "");
  EXPECT_EQ(dateFromNumber(30, 2024, "555/50/II/2024"), "");
}

TEST(LetterNumber, PlaceGluedToTheYearIsCutOff) {
  EXPECT_EQ(normaliseLetterNumber("800.1/459/KEC-BCB/IV/2024Bacukiki").value,
            "800.1/459/KEC-BCB/IV/2024");
}

TEST(LetterNumber, AColonBeforeTheCodeAndAWordGluedAfterTheUnitAreCutOff) {
  EXPECT_EQ(normaliseLetterNumber("1800.1/61/BKPSDM/VIII/2023").value, "800.1/61/BKPSDM/VIII/2023");
  EXPECT_EQ(normaliseLetterNumber("2000.5.2/313/III/2024/Dinkes").value,
            "000.5.2/313/III/2024/Dinkes");
  EXPECT_EQ(normaliseLetterNumber("000.5.2/406/IV/2024/BKPSDMPenting").value,
            "000.5.2/406/IV/2024/BKPSDM");
  // A stroke standing apart before the number is the colon too.
  EXPECT_EQ(normaliseLetterNumber("1 555/443/III/2024/Dinkes").value, "555/443/III/2024/Dinkes");
  EXPECT_EQ(normaliseLetterNumber("| 445/358/RSUD/IX/2023").value, "445/358/RSUD/IX/2023");
  // A serial number of four digits, and a unit written in small letters, stay as printed.
  EXPECT_EQ(normaliseLetterNumber("1800/61/BKPSDM/2023").value, "1800/61/BKPSDM/2023");
  EXPECT_EQ(normaliseLetterNumber("487/372/VI/2023/Disdukcapil").value,
            "487/372/VI/2023/Disdukcapil");
  EXPECT_EQ(normaliseLetterNumber("555/91/KEC-WNM/2024").value, "555/91/KEC-WNM/2024");
}

TEST(LetterNumber, AScrapStandingApartAfterTheYearIsCutOff) {
  EXPECT_EQ(normaliseLetterNumber("555/274/BPKAD/IV/2024 - 7").value, "555/274/BPKAD/IV/2024");
  // A part after a slash, or a long word, is the number's own.
  EXPECT_EQ(normaliseLetterNumber("800 / 112 / II / 2024 / BKPSDM").value,
            "800/112/II/2024/BKPSDM");
  EXPECT_EQ(normaliseLetterNumber("800/112/II/2024 BKPSDM").value, "800/112/II/2024BKPSDM");
}

TEST(IdentityRun, LeadingDigitsOfALine) {
  size_t used = 0;
  EXPECT_EQ(leadingIdentityRun("19790102 201101 1 006 Kepala", &used), "19790102 201101 1 006");
  EXPECT_TRUE(leadingIdentityRun("Kepala Dinas").empty());
}

}  // namespace
}  // namespace cabut::extract

namespace cabut::extract {
namespace {

TEST(Names, TitleSlipsUndoneAndStrayPunctuationDropped) {
  EXPECT_EQ(cleanName("Fitriani, S.Pd.L., M.Kes."), "Fitriani, S.Pd.I., M.Kes.");
  EXPECT_EQ(cleanName("1 Wayan Sukadana, S.Pd."), "I Wayan Sukadana, S.Pd.");
  EXPECT_EQ(cleanName("l Gusti Ayu Made, S.E."), "I Gusti Ayu Made, S.E.");
  EXPECT_EQ(cleanName("I Wayan Sukadana"), "I Wayan Sukadana");
  EXPECT_EQ(cleanName("RAHMAWATL S.E., M.Kom."), "RAHMAWATI, S.E., M.Kom.");
  // Typographic quotes at the ends are specks; inside a name one is its apostrophe.
  EXPECT_EQ(cleanName("\u201CH. Sukri Tammalele, S.A.P."), "H. Sukri Tammalele, S.A.P.");
  EXPECT_EQ(cleanName("\u2018SIMON TANDIRERUNG, S.E.\u201D"), "SIMON TANDIRERUNG, S.E.");
  EXPECT_EQ(cleanName("Ma\u2019ruf Amin, S.Ag."), "Ma\u2019ruf Amin, S.Ag.");
  // A word of marks before the name is a speck; a long dotless word after the degrees is
  // the next cell's; the stroke standing for a Balinese "I" stays one.
  EXPECT_EQ(cleanName("$ Nyoman Sudarsana, S.Kep."), "Nyoman Sudarsana, S.Kep.");
  EXPECT_EQ(cleanName("Ridwan Djafar, S.E. Permohonan"), "Ridwan Djafar, S.E.");
  EXPECT_EQ(cleanName("Ridwan Djafar Permohonan"), "Ridwan Djafar Permohonan");
  EXPECT_EQ(cleanName("| Wayan Sukadana, S.Pd."), "I Wayan Sukadana, S.Pd.");
  EXPECT_EQ(cleanName("IR. USMAN PAWELLOL S.STAT., M.H."), "IR. USMAN PAWELLOI, S.STAT., M.H.");
  EXPECT_EQ(cleanName(". Andi Mappaseling, S.Ak., M.Kes."), "Andi Mappaseling, S.Ak., M.Kes.");
  EXPECT_EQ(cleanName("Dra. Hj. Sitti Aminah, M.Si.,"), "Dra. Hj. Sitti Aminah, M.Si.");
  EXPECT_EQ(cleanName("Syahrir, S.Pd.1., M.Pd."), "Syahrir, S.Pd.I., M.Pd.");  // I read as 1
  EXPECT_EQ(cleanName("Ridwan, S.H.l."), "Ridwan, S.H.I.");
  EXPECT_EQ(cleanName("Fitriani, S.Pd.L, M.Kes."), "Fitriani, S.Pd.I., M.Kes.");
  EXPECT_EQ(cleanName("llyas Pawelloi, S.Psi."), "Ilyas Pawelloi, S.Psi.");
  EXPECT_EQ(cleanName("Andi lrwan"), "Andi Irwan");
  EXPECT_EQ(cleanName("fKaharuddin Syam"), "Kaharuddin Syam");
  EXPECT_EQ(cleanName("Daeng la Tappa"), "Daeng la Tappa");    // a short particle stays
  EXPECT_EQ(cleanName("ABDUL JALIL"), "ABDUL JALIL");          // a name ending in L stays
  EXPECT_EQ(cleanName("3 Hamsah, S.Psi."), "Hamsah, S.Psi.");  // a list's number or a speck
  EXPECT_EQ(cleanName("Hj. Sahria Rahman, S.IP., M-H."), "Hj. Sahria Rahman, S.IP., M.H.");
  EXPECT_EQ(cleanName("Siti Nur-Aini, S.E."), "Siti Nur-Aini, S.E.");  // the name's own dash
  EXPECT_EQ(cleanName("H. Abdul Muis"), "H. Abdul Muis");
}

TEST(Names, SpecksAndTableRulesAroundTheWordsGo) {
  EXPECT_EQ(cleanName("Siti Aminah, \u00a9 S.Kom."), "Siti Aminah, S.Kom.");
  EXPECT_EQ(cleanName("Ronald Sumampouw, A.Md.Kom. >"), "Ronald Sumampouw, A.Md.Kom.");
  EXPECT_EQ(cleanName("Ferdinan Pongsapan <"), "Ferdinan Pongsapan");
  EXPECT_EQ(cleanName("Syamsiah Rahman, S.Pd 1"), "Syamsiah Rahman, S.Pd");
  EXPECT_EQ(cleanName("|H. Hamsah, S.E."), "H. Hamsah, S.E.");
  EXPECT_EQ(cleanName("PETRUS; S.T., M.T."), "PETRUS, S.T., M.T.");
  EXPECT_EQ(cleanName("BKPSDM : OD"), "BKPSDM : OD");  // a label's row: no name to make
}

TEST(Names, AnArabicNamesLostQTailIsPutBack) {
  EXPECT_EQ(cleanName("Ahmad Taufig Idham, S.Psi."), "Ahmad Taufiq Idham, S.Psi.");
  EXPECT_EQ(cleanName("IR. H. AHMAD TAUFIG, S.E."), "IR. H. AHMAD TAUFIQ, S.E.");
  EXPECT_EQ(cleanName("Bambang Lembang"), "Bambang Lembang");
}

}  // namespace
}  // namespace cabut::extract
