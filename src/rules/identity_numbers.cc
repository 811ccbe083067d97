#include "rules/identity_numbers.h"

#include <algorithm>
#include <cctype>
#include <cstdio>

namespace cabut::rules {
namespace {

using namespace std::chrono;

// Nobody in service was born before this; an earlier "birth year" is a misread.
constexpr int kEarliestBirthYear = 1930;
constexpr int kMinimumServiceAge = 18;

bool allDigits(std::string_view text) {
  return !text.empty() &&
         std::all_of(text.begin(), text.end(), [](unsigned char ch) { return std::isdigit(ch); });
}

int number(std::string_view digits) {
  int value = 0;
  for (char ch : digits) value = value * 10 + (ch - '0');
  return value;
}

std::optional<Date> makeDate(int y, int m, int d) {
  const Date date{year{y}, month{static_cast<unsigned>(m)}, day{static_cast<unsigned>(d)}};
  if (m < 1 || m > 12 || d < 1 || d > 31 || !date.ok()) return std::nullopt;
  return date;
}

int monthIndex(int y, int m) {
  return y * 12 + m;
}
int monthIndex(Date date) {
  return monthIndex(static_cast<int>(date.year()), static_cast<int>(unsigned(date.month())));
}

}  // namespace

std::optional<Date> parseIsoDate(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  const auto y = text.substr(0, 4), m = text.substr(5, 2), d = text.substr(8, 2);
  if (!allDigits(y) || !allDigits(m) || !allDigits(d)) return std::nullopt;
  return makeDate(number(y), number(m), number(d));
}

std::string isoDate(Date date) {
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(date.year()),
                unsigned(date.month()), unsigned(date.day()));
  return text;
}

long daysBetween(Date from, Date to) {
  return static_cast<long>((sys_days(to) - sys_days(from)).count());
}

const char* genderName(Gender gender) {
  return gender == Gender::male ? "male" : "female";
}

NipFacts checkNip(std::string_view nip, Date today) {
  NipFacts facts;
  if (nip.size() != 18 || !allDigits(nip)) {
    facts.problem = "an NIP has 18 digits";
    return facts;
  }
  facts.birth =
      makeDate(number(nip.substr(0, 4)), number(nip.substr(4, 2)), number(nip.substr(6, 2)));
  const char genderDigit = nip[14];
  if (genderDigit == '1' || genderDigit == '2')
    facts.gender = genderDigit == '1' ? Gender::male : Gender::female;
  const int startYear = number(nip.substr(8, 4));
  const int code = number(nip.substr(12, 2));
  facts.kind = code >= 1 && code <= 12 ? "pns" : code > 12 ? "pppk" : "";

  if (!facts.birth || static_cast<int>(facts.birth->year()) < kEarliestBirthYear ||
      sys_days(*facts.birth) > sys_days(today)) {
    facts.problem = "digits 1-8 are not a possible birth date";
  } else if (facts.kind.empty()) {
    facts.problem = "digits 13-14 are neither a month (PNS) nor a PPPK code";
  } else if (!facts.gender) {
    facts.problem = "digit 15 (gender) must be 1 or 2";
  } else if (nip.substr(15, 3) == "000") {
    facts.problem = "the serial number (digits 16-18) cannot be 000";
  } else if (facts.kind == "pns") {
    // TMT CPNS: the month the person entered service, at least 18 years after birth.
    const int start = monthIndex(startYear, code);
    if (start < monthIndex(*facts.birth) + kMinimumServiceAge * 12)
      facts.problem = "TMT CPNS (digits 9-14) is less than 18 years after birth";
    else if (start > monthIndex(today))
      facts.problem = "TMT CPNS (digits 9-14) is in the future";
  } else {
    const int birthYear = static_cast<int>(facts.birth->year());
    if (startYear < birthYear + kMinimumServiceAge)
      facts.problem = "the PPPK appointment year (digits 9-12) is less than 18 years after birth";
    else if (startYear > static_cast<int>(today.year()))
      facts.problem = "the PPPK appointment year (digits 9-12) is in the future";
  }
  facts.valid = facts.problem.empty();
  return facts;
}

NikFacts checkNik(std::string_view nik, Date today) {
  NikFacts facts;
  if (nik.size() != 16 || !allDigits(nik)) {
    facts.problem = "an NIK has 16 digits";
    return facts;
  }
  const int province = number(nik.substr(0, 2)), regency = number(nik.substr(2, 2)),
            district = number(nik.substr(4, 2));
  int dayOfMonth = number(nik.substr(6, 2));
  const int monthOfYear = number(nik.substr(8, 2)), shortYear = number(nik.substr(10, 2));
  if (dayOfMonth > 40) {
    facts.gender = Gender::female;
    dayOfMonth -= 40;
  } else {
    facts.gender = Gender::male;
  }
  // Two-digit year: the latest century that does not put the birth after today.
  const int todayYear = static_cast<int>(today.year());
  int fullYear = todayYear / 100 * 100 + shortYear;
  auto birth = makeDate(fullYear, monthOfYear, dayOfMonth);
  if ((birth && sys_days(*birth) > sys_days(today)) || (!birth && fullYear > todayYear))
    birth = makeDate(fullYear - 100, monthOfYear, dayOfMonth);
  facts.birth = birth;

  if (province < 11 || regency < 1 || district < 1)
    facts.problem = "digits 1-6 are not a region code";
  else if (!facts.birth)
    facts.problem = "digits 7-12 are not a birth date (DDMMYY, day + 40 for women)";
  else if (nik.substr(12, 4) == "0000")
    facts.problem = "the serial number (digits 13-16) cannot be 0000";
  if (!facts.problem.empty()) {
    facts.birth.reset();
    facts.gender.reset();
  }
  facts.valid = facts.problem.empty();
  return facts;
}

bool nikAgreesWithNip(const NikFacts& nik, const NipFacts& nip) {
  return nik.birth && nip.birth && nik.gender && nip.gender && *nik.birth == *nip.birth &&
         *nik.gender == *nip.gender;
}

}  // namespace cabut::rules
