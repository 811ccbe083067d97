// An NIP opens with its holder's birth date (YYYYMMDD) and a NIK holds the same date
// (DDMMYY, the day plus 40 for women): where one holder's two numbers disagree in a single
// digit of it, one of them was misread, and the other says which digit was printed.
#include <string>

#include "extract/letter_parts.h"
#include "extract/values.h"

namespace cabut::extract {
namespace {

// Ages at which a civil servant is appointed (the NIP's YYYYMM after the birth date).
constexpr int kYoungestAppointed = 18;
constexpr int kOldestAppointed = 56;
// How much surer one reading must be than the other to be taken over it.
constexpr double kSurerBy = 0.1;

bool allDigits(const std::string& text) {
  return !text.empty() && text.find_first_not_of("0123456789") == std::string::npos;
}

int number(const std::string& digits, size_t at, size_t length) {
  return std::stoi(digits.substr(at, length));
}

// Whether an NIP's birth date can be: a real date, and an age at appointment servants have.
bool plausibleBirth(const std::string& nip) {
  const int year = number(nip, 0, 4), appointed = number(nip, 8, 4);
  return plausibleDate(year, number(nip, 4, 2), number(nip, 6, 2)) &&
         appointed - year >= kYoungestAppointed && appointed - year <= kOldestAppointed;
}

// The NIK's DDMMYY for the NIP's birth date (the day plus 40 when its gender digit says a
// woman).
std::string nikDateOf(const std::string& nip) {
  const int day = number(nip, 6, 2) + (nip[14] == '2' ? 40 : 0);
  return (day < 10 ? "0" : "") + std::to_string(day) + nip.substr(4, 2) + nip.substr(2, 2);
}

// The NIP with the birth date the NIK's DDMMYY gives (its century kept).
std::string nipWithNikDate(const std::string& nip, const std::string& nikDate) {
  int day = number(nikDate, 0, 2);
  if (day > 40) day -= 40;
  return nip.substr(0, 2) + nikDate.substr(4, 2) + nikDate.substr(2, 2) + (day < 10 ? "0" : "") +
         std::to_string(day) + nip.substr(8);
}

void takeValue(Field& field, std::string value) {
  if (field.printed.empty()) field.printed = field.value;
  field.value = std::move(value);
  field.confidence *= 0.8;
}

}  // namespace

void agreeBirthDates(Person& holder) {
  Field &nip = holder.nip, &nik = holder.nik;
  if (nip.value.size() != 18 || nik.value.size() != 16 || !allDigits(nip.value) ||
      !allDigits(nik.value))
    return;
  const std::string fromNip = nikDateOf(nip.value), printed = nik.value.substr(6, 6);
  int differing = 0;
  for (size_t k = 0; k < printed.size(); ++k) differing += fromNip[k] != printed[k];
  if (differing != 1) return;
  const std::string nipFromNik = nipWithNikDate(nip.value, printed);
  // Only the day's 40 differs: the gender, which the NIP states in a digit of its own.
  if (nipFromNik == nip.value) return;
  const bool nipCanBe = plausibleBirth(nip.value), nikCanBe = plausibleBirth(nipFromNik);
  const bool nikMisread = nipCanBe && (!nikCanBe || nip.confidence >= nik.confidence + kSurerBy);
  const bool nipMisread = nikCanBe && (!nipCanBe || nik.confidence >= nip.confidence + kSurerBy);
  if (nikMisread == nipMisread) return;
  if (nikMisread)
    takeValue(nik, nik.value.substr(0, 6) + fromNip + nik.value.substr(12));
  else
    takeValue(nip, nipFromNik);
}

}  // namespace cabut::extract
