// Normalising printed values to the extraction contract's formats. Each returns the
// normalised value and lowers `confidence` when the value fails its own format check;
// nothing is invented: an unreadable value gives an empty string. Internal to extract/.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace cabut::extract {

class Vocabulary;

struct Normalised {
  std::string value;        // empty: not a value of this kind
  double confidence = 1.0;  // 1 when the format check passes
};

// Digits of an identity number, reading O/o/D as 0, l/I/i/|/! as 1, S/s as 5, B as 8,
// Z/z as 2, G/b as 6 (only where most characters are digits already); spaces, dots and
// dashes dropped. NIP: 18 digits, plausible birth date, year of appointment, gender 1/2.
Normalised normaliseNip(std::string_view printed);
// NIK: 16 digits, plausible birth day (women +40) and month.
Normalised normaliseNik(std::string_view printed);

// A day of the calendar between 1900 and 2100 (29 February in any year).
bool plausibleDate(int year, int month, int day);

// The identity digits found at the start of `text`: the printed run of digits, spaces and
// digit-like letters (how a NIP is spaced "19790102 201101 1 006"), or empty.
std::string leadingIdentityRun(std::string_view text, size_t* consumed = nullptr);

// ISO YYYY-MM-DD from "14 Februari 2024", "1 Pebruari 2024", "01-02-2024", "14/2/2024",
// "14 Peb. 2024", an OCR-broken month name; empty when no date is found.
Normalised normaliseDate(std::string_view printed, const Vocabulary& vocabulary);

// Lower case, spaces dropped, conservative repairs of OCR'd e-mail addresses ("(at)",
// "@" read as "©" or "®", ".go,id", "go.ld"); empty when no address can be seen.
Normalised normaliseEmail(std::string_view printed);

// A whole address as normaliseEmail gives it: a local part, "@", and a dotted domain
// ending in letters ("budi@mamujukab.go.id").
bool isEmailAddress(const std::string& text);

// The parts of an address's user name, split at its dots, dashes and underscores: each
// part's [begin, end) in `address` ("ilham", "djalil79" of "ilham.djalil79@...").
std::vector<std::pair<size_t, size_t>> userNameParts(std::string_view address);

// "hajrah9l@" -> "hajrah91@": in a user name's part that ends in digits, an l, i or o after
// its first digit is a 1 or a 0 misread (normaliseEmail does it; a repair that puts a lost
// "@" back does it again).
std::string digitsAfterDigits(std::string address);

// A name as printed, with two frequent OCR slips in titles undone: "S.Pd.L." (or
// "S.Pd.1.", "S.Pd.l.") for "S.Pd.I." and, in capitals, "RAHMAWATL S.E." for
// "RAHMAWATI, S.E." (the "I," read as "L"); "llyas" for "Ilyas"; a lower-case speck
// glued before the name ("fKaharuddin"); stray punctuation at either end dropped.
std::string cleanName(std::string_view printed);

// Spaces removed, trailing punctuation dropped.
Normalised normaliseLetterNumber(std::string_view printed);

// A letter number's month in Roman numerals that OCR garbled ("/XU2023", "/XU/2023") and
// that is one edit from the month of the letter's date (ISO `date`): that month. A valid
// Roman month stays, even when it differs from the date's (numbers are taken earlier).
// With `unsure` (the number read with low confidence), a valid month one stroke off the
// date's ("VII" for "VIII") is taken for the date's; a month glued to the part before it
// by its slash misread ("BKPSDMIIII") is cut off.
std::string monthFromDate(const std::string& number, const std::string& date, bool unsure = false);

// The other way round: a date line whose month word the stamp or the scanner ruined
// ("Majene, 14 ~%& 2023") still shows its day and year, and the letter number
// ("555/50/Disdikbud/XII/2023") its month. The ISO date when `number` holds exactly one
// Roman month and no other year than `year`; empty otherwise.
std::string dateFromNumber(int day, int year, const std::string& number);

// A date line whose year OCR bent out of the calendar ("18 Januari 2224") beside a letter
// number that shows a year one digit off it ("555/218/I/2024"): the date in the number's
// year. Empty when the line reads as a date already, or no year of it is that close.
Normalised dateInNumbersYear(std::string_view line, const std::string& number,
                             const Vocabulary& vocabulary);

}  // namespace cabut::extract
