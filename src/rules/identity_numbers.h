// The two identity numbers on every letter, checked the way BKN and Dukcapil issue them.
// Internal to rules/ (the XPath functions nip-valid, nik-valid, ... call these).
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace cabut::rules {

using Date = std::chrono::year_month_day;

// "YYYY-MM-DD" (a real calendar date) or nothing.
std::optional<Date> parseIsoDate(std::string_view text);
std::string isoDate(Date date);
// Days from `from` to `to` (negative when `to` is earlier).
long daysBetween(Date from, Date to);

enum class Gender { male, female };
const char* genderName(Gender gender);  // "male", "female"

// NIP (Nomor Induk Pegawai), 18 digits.
// PNS:  YYYYMMDD birth | YYYYMM TMT CPNS | gender 1/2 | 3-digit serial.
// PPPK: YYYYMMDD birth | YYYY appointment year | 2-digit code (13..99, never a month) |
//       gender 1/2 | 3-digit serial.
struct NipFacts {
  bool valid = false;
  std::string kind;           // "pns", "pppk"; empty when not even the shape fits
  std::optional<Date> birth;  // when digits 1-8 are a real date
  std::optional<Gender> gender;
  std::string problem;  // why it is not valid (English, for logs and tests)
};
NipFacts checkNip(std::string_view nip, Date today);

// NIK (Nomor Induk Kependudukan), 16 digits: region PPKKCC (province 11..99, regency and
// district 01..99; any region, since it is where the NIK was first issued) | DD (+40 for
// women) MM YY birth | 4-digit serial 0001..9999.
struct NikFacts {
  bool valid = false;
  std::optional<Date> birth;  // century chosen so the date is not after `today`
  std::optional<Gender> gender;
  std::string problem;
};
NikFacts checkNik(std::string_view nik, Date today);

// True when the NIK's birth date and gender agree with the NIP's (both must be readable).
bool nikAgreesWithNip(const NikFacts& nik, const NipFacts& nip);

}  // namespace cabut::rules
