// NIP and NIK checks: the edge cases the procedure meets (PPPK, women's NIK, OCR misreads).
#include "rules/identity_numbers.h"

#include <gtest/gtest.h>

namespace cabut::rules {
namespace {

const Date kToday = *parseIsoDate("2024-06-01");

TEST(IsoDate, ParsesOnlyRealDates) {
  EXPECT_TRUE(parseIsoDate("2024-02-29"));
  EXPECT_FALSE(parseIsoDate("2023-02-29"));
  EXPECT_FALSE(parseIsoDate("2024-13-01"));
  EXPECT_FALSE(parseIsoDate("2024-2-1"));
  EXPECT_FALSE(parseIsoDate("14 Februari 2024"));
  EXPECT_FALSE(parseIsoDate(""));
  EXPECT_EQ(isoDate(*parseIsoDate("2024-02-09")), "2024-02-09");
  EXPECT_EQ(daysBetween(*parseIsoDate("2024-02-28"), *parseIsoDate("2024-03-01")), 2);
  EXPECT_EQ(daysBetween(*parseIsoDate("2024-06-01"), *parseIsoDate("2024-05-31")), -1);
}

TEST(Nip, PnsValid) {
  const auto facts = checkNip("199003152015031002", kToday);
  EXPECT_TRUE(facts.valid) << facts.problem;
  EXPECT_EQ(facts.kind, "pns");
  EXPECT_EQ(isoDate(*facts.birth), "1990-03-15");
  EXPECT_EQ(*facts.gender, Gender::male);
  EXPECT_EQ(*checkNip("196805121994032007", kToday).gender, Gender::female);
}

TEST(Nip, PppkCodeIsNotAMonth) {
  // Digits 13-14 = 21: a PPPK code, which a naive check would refuse as month 21.
  const auto facts = checkNip("199503122022212003", kToday);
  EXPECT_TRUE(facts.valid) << facts.problem;
  EXPECT_EQ(facts.kind, "pppk");
  EXPECT_EQ(*facts.gender, Gender::female);
  EXPECT_FALSE(checkNip("199503122025211003", kToday).valid) << "appointment year in the future";
  EXPECT_FALSE(checkNip("199503122010211003", kToday).valid) << "appointed at 15";
}

TEST(Nip, RefusesImpossibleBirthDates) {
  EXPECT_FALSE(checkNip("199013152015031002", kToday).valid);  // month 13
  EXPECT_FALSE(checkNip("199002302015031002", kToday).valid);  // 30 February
  EXPECT_FALSE(checkNip("189003152015031002", kToday).valid);  // born 1890
  EXPECT_FALSE(checkNip("203003152015031002", kToday).valid);  // born in the future
}

TEST(Nip, TmtCpnsMustBeAdultAndNotInTheFuture) {
  EXPECT_FALSE(checkNip("199003152007031002", kToday).valid);  // TMT at 17
  EXPECT_TRUE(checkNip("199003152008031002", kToday).valid);   // TMT at 18
  EXPECT_FALSE(checkNip("199003152024071002", kToday).valid);  // TMT July 2024, today June
  EXPECT_TRUE(checkNip("199003152024061002", kToday).valid);   // TMT this month
  EXPECT_FALSE(checkNip("199003152015001002", kToday).valid);  // month 00
}

TEST(Nip, RefusesBadGenderSerialAndShape) {
  EXPECT_FALSE(checkNip("199003152015033002", kToday).valid);  // gender 3
  EXPECT_FALSE(checkNip("199003152015031000", kToday).valid);  // serial 000
  EXPECT_FALSE(checkNip("19900315201503100", kToday).valid);   // 17 digits
  EXPECT_FALSE(checkNip("19900315 201503 1 002", kToday).valid);
  EXPECT_FALSE(checkNip("1990O3152015031002", kToday).valid);  // letter O
  EXPECT_FALSE(checkNip("", kToday).valid);
}

TEST(Nik, ManAndWoman) {
  const auto man = checkNik("7602011503900002", kToday);
  EXPECT_TRUE(man.valid) << man.problem;
  EXPECT_EQ(isoDate(*man.birth), "1990-03-15");
  EXPECT_EQ(*man.gender, Gender::male);
  const auto woman = checkNik("7601015203950004", kToday);  // day 52 = 12 + 40
  EXPECT_TRUE(woman.valid) << woman.problem;
  EXPECT_EQ(isoDate(*woman.birth), "1995-03-12");
  EXPECT_EQ(*woman.gender, Gender::female);
}

TEST(Nik, AnyRegionButARealDate) {
  EXPECT_TRUE(checkNik("3273010101900001", kToday).valid);   // Bandung: no local prefix needed
  EXPECT_FALSE(checkNik("0973010101900001", kToday).valid);  // province 09
  EXPECT_FALSE(checkNik("7600010101900001", kToday).valid);  // regency 00
  EXPECT_FALSE(checkNik("7602011513900002", kToday).valid);  // month 13
  EXPECT_FALSE(checkNik("7602013202900002", kToday).valid);  // 32 February
  EXPECT_FALSE(checkNik("7602017202900002", kToday).valid);  // 72 = 32 + 40
  EXPECT_FALSE(checkNik("7602012902010002", kToday).valid);  // 29 Feb 2001 / 1901
  EXPECT_TRUE(checkNik("7602016902000002", kToday).valid);   // woman, 29 Feb 2000
  EXPECT_FALSE(checkNik("7602011503900000", kToday).valid);  // serial 0000
  EXPECT_FALSE(checkNik("760201150390000", kToday).valid);   // 15 digits
}

TEST(Nik, TwoDigitYearTakesTheLatestPossibleCentury) {
  EXPECT_EQ(isoDate(*checkNik("7602010101050001", kToday).birth), "2005-01-01");
  EXPECT_EQ(isoDate(*checkNik("7602010101300001", kToday).birth), "1930-01-01");
  EXPECT_EQ(isoDate(*checkNik("7602010106240001", kToday).birth), "2024-06-01");
  EXPECT_EQ(isoDate(*checkNik("7602010206240001", kToday).birth), "1924-06-02");
}

TEST(Nik, AgreesWithNipOnBirthDateAndGender) {
  const auto nip = checkNip("199003152015031002", kToday);
  EXPECT_TRUE(nikAgreesWithNip(checkNik("7602011503900002", kToday), nip));
  EXPECT_FALSE(nikAgreesWithNip(checkNik("7602015503900002", kToday), nip));  // a woman
  EXPECT_FALSE(nikAgreesWithNip(checkNik("7602011603900002", kToday), nip));  // a day later
  const auto pppkWoman = checkNip("199503122022212003", kToday);
  EXPECT_TRUE(nikAgreesWithNip(checkNik("7601015203950004", kToday), pppkWoman));
}

}  // namespace
}  // namespace cabut::rules
