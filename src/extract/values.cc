#include "extract/values.h"

#include <Poco/RegularExpression.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include "extract/text_fold.h"
#include "extract/vocabulary.h"

namespace cabut::extract {
namespace {

bool isDigit(char ch) {
  return ch >= '0' && ch <= '9';
}

// The digit an OCR engine likely misread as this character, or 0.
char digitLookalike(char ch) {
  switch (ch) {
    case 'O':
    case 'o':
    case 'D':
    case 'Q':
    case 'C':  // a zero whose right side the scan lost ("76040519C1710020")
    case 'c':
    case '(':
      return '0';
    case 'l':
    case 'I':
    case 'i':
    case '|':
    case '!':
    case 'L':
      return '1';
    case 'S':
    case 's':
      return '5';
    case 'B':
      return '8';
    case 'Z':
    case 'z':
      return '2';
    case 'G':
    case 'b':
      return '6';
    case 'g':
    case 'q':
      return '9';
    case 'A':
      return '4';
    case 'T':
      return '7';
    default:
      return 0;
  }
}

// Between an identity number's digit groups: spaces, dots and dashes as printed, and the
// specks OCR reads there (a colon: "119680130: 199701 1 004"; a quote or a degree sign,
// "1 006°", a byte of a multi-byte mark, where dust sits on the line).
bool separator(char ch) {
  static const std::string_view marks = " .-\t,:;'\"`~*^";
  return marks.find(ch) != std::string_view::npos || static_cast<unsigned char>(ch) >= 0x80;
}

std::string identityDigits(std::string_view printed) {
  std::string digits;
  int realDigits = 0, lookalikes = 0;
  for (char ch : printed) {
    if (isDigit(ch)) {
      digits += ch;
      ++realDigits;
    } else if (const char digit = digitLookalike(ch)) {
      digits += digit;
      ++lookalikes;
    } else if (!separator(ch)) {
      return {};  // a letter that is no digit look-alike: not an identity number
    }
  }
  // Letters may stand for digits only inside an otherwise numeric value.
  if (lookalikes > 0 && realDigits < lookalikes + 2) return {};
  return digits;
}

int number(const std::string& digits, size_t at, size_t length) {
  return std::stoi(digits.substr(at, length));
}

std::string isoDate(int year, int month, int day) {
  char text[40];
  std::snprintf(text, sizeof text, "%04d-%02d-%02d", year, month, day);
  return text;
}

// Birth date, appointment at 15 or later, gender digit 1 or 2.
bool plausibleNip(const std::string& digits) {
  if (digits.size() != 18) return false;
  const int year = number(digits, 0, 4), month = number(digits, 4, 2), day = number(digits, 6, 2);
  const int appointed = number(digits, 8, 4), gender = digits[14] - '0';
  return plausibleDate(year, month, day) && appointed >= year + 15 && appointed <= 2100 &&
         (gender == 1 || gender == 2);
}

// Province code 11..94, birth day (women +40) and month.
bool plausibleNik(const std::string& digits) {
  if (digits.size() != 16) return false;
  const int province = number(digits, 0, 2);
  int day = number(digits, 6, 2);
  if (day > 40) day -= 40;
  const int month = number(digits, 8, 2);
  return province >= 11 && province <= 94 && day >= 1 && day <= 31 && month >= 1 && month <= 12;
}

}  // namespace

bool plausibleDate(int year, int month, int day) {
  static const int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return year >= 1900 && year <= 2100 && month >= 1 && month <= 12 && day >= 1 &&
         day <= days[month - 1];
}

std::string leadingIdentityRun(std::string_view text, size_t* consumed) {
  size_t end = 0, lastDigit = 0;
  int digits = 0;
  while (end < text.size()) {
    const char ch = text[end];
    if (isDigit(ch) || digitLookalike(ch)) {
      // A look-alike letter counts only next to digits (not the start of a word).
      if (!isDigit(ch) && digits == 0) break;
      if (!isDigit(ch) && end + 1 < text.size() &&
          std::isalpha(static_cast<unsigned char>(text[end + 1])) && !digitLookalike(text[end + 1]))
        break;
      ++digits;
      lastDigit = end + 1;
    } else if (!(ch == ' ' || ch == '.' || ch == '-')) {
      break;
    }
    ++end;
  }
  if (consumed) *consumed = lastDigit;
  return digits >= 6 ? std::string(text.substr(0, lastDigit)) : std::string();
}

namespace {

// An identity number of `length` digits. A table rule or a speck beside it reads as one more
// digit ("|19680327..." -> "119680327..."): of the two ways to drop it, the one that leaves a
// plausible number is taken. At most `missing` digits short is still reported, unsure.
Normalised normaliseIdentity(std::string_view printed, size_t length, size_t missing,
                             bool (*plausible)(const std::string&)) {
  std::string digits = identityDigits(printed);
  // One or two more: rules or specks at either end ("11198805192021032034"); the only way
  // of leaving them out that gives a plausible number is taken.
  if (digits.size() == length + 1 || digits.size() == length + 2) {
    const size_t extra = digits.size() - length;
    std::vector<std::string> plausibleOnes;
    for (size_t front = 0; front <= extra; ++front)
      if (const std::string inner = digits.substr(front, length); plausible(inner))
        plausibleOnes.push_back(inner);
    if (plausibleOnes.size() == 1) {
      digits = plausibleOnes.front();
    } else if (plausibleOnes.size() > 1 && extra == 1 && digits[0] == '1' &&
               plausible(digits.substr(1))) {
      // Both ways plausible: a "1" in front is the label's colon or the cell's rule, which
      // OCR reads so far more often than a speck after the number.
      digits = digits.substr(1);
    }
  }
  // The first digit lost to a speck or the stamp's edge ("97809162006042008"): when just
  // one digit in front makes a plausible number (a NIP's birth year), it was that one.
  double restored = 1.0;
  if (digits.size() + 1 == length) {
    std::string only;
    int plausibleOnes = 0;
    for (char first = '0'; first <= '9'; ++first) {
      if (!plausible(first + digits)) continue;
      ++plausibleOnes;
      only = first + digits;
    }
    if (plausibleOnes == 1) {
      digits = only;
      restored = 0.7;
    }
  }
  if (digits.size() + missing < length) return {};
  Normalised out{digits, restored};
  if (digits.size() != length) {
    out.confidence = 0.3;
    return out;
  }
  if (!plausible(digits)) out.confidence = 0.4;
  return out;
}

// Scraps around the number ("bo 119740813 200703 1 006", "4, \u2014. 4197408132007031006 \u00a9":
// a colon or a stamp's rim misread): when the whole does not read as a plausible number,
// the run of words that does, with the fewest words left out, is the number.
Normalised normaliseIdentityAmidScraps(std::string_view printed, size_t length, size_t missing,
                                       bool (*plausible)(const std::string&)) {
  const Normalised whole = normaliseIdentity(printed, length, missing, plausible);
  if (whole.value.empty() ? printed.empty() : whole.confidence == 1.0) return whole;
  std::vector<std::string_view> words;
  for (size_t at = 0; at < printed.size();) {
    const size_t begin = printed.find_first_not_of(" \t", at);
    if (begin == std::string_view::npos) break;
    const size_t end = std::min(printed.find_first_of(" \t", begin), printed.size());
    words.push_back(printed.substr(begin, end - begin));
    at = end;
  }
  for (size_t dropped = 1; dropped < words.size(); ++dropped) {
    for (size_t first = 0; first <= dropped; ++first) {
      const size_t last = words.size() - (dropped - first);  // one past the run
      const std::string_view run(
          words[first].data(), static_cast<size_t>(words[last - 1].data() + words[last - 1].size() -
                                                   words[first].data()));
      const Normalised part = normaliseIdentity(run, length, missing, plausible);
      if (!part.value.empty() && part.confidence == 1.0) return {part.value, 0.8};
    }
  }
  return whole;
}

}  // namespace

Normalised normaliseNip(std::string_view printed) {
  return normaliseIdentityAmidScraps(printed, 18, 3, plausibleNip);
}

Normalised normaliseNik(std::string_view printed) {
  return normaliseIdentityAmidScraps(printed, 16, 2, plausibleNik);
}

namespace {

// "Novae" for "November": a word of four letters or more whose first three letters are
// those of exactly one month's full name (the rest lost to the scan).
int monthByFirstLetters(const std::string& word, const Vocabulary& vocabulary) {
  if (word.size() < 4 || !std::all_of(word.begin(), word.end(), [](char ch) {
        return std::isalpha(static_cast<unsigned char>(ch)) != 0;
      }))
    return 0;
  int found = 0;
  for (const auto& [name, number] : vocabulary.months) {
    if (name.size() < 5 || name.compare(0, 3, word, 0, 3) != 0) continue;
    if (found != 0 && found != number) return 0;
    found = number;
  }
  return found;
}

// The day before a month's name, of one or two characters: digits, where a stroke read as
// a letter stands for a 1 ("I Maret", "J3 Februari", "2l Mei") and a round one for a 0
// ("1o Juni"), as long as one character is a digit or the day is a lone stroke.
std::string dayDigits(const std::string& word) {
  std::string digits;
  int realDigits = 0;
  for (char ch : word) {
    if (isDigit(ch)) {
      digits += ch;
      ++realDigits;
    } else if (ch == 'i' || ch == 'l' || ch == 'j') {
      digits += '1';
    } else if (ch == 'o' && !digits.empty()) {
      digits += '0';
    } else {
      return {};
    }
  }
  return realDigits > 0 || digits == "1" ? digits : std::string();
}

// "24 Met 2024": a word of three letters one letter off a month's name or abbreviation of
// three ("Mei") and off no other month's, between a day and a year.
int shortMonthOneLetterOff(const std::string& word, const Vocabulary& vocabulary) {
  if (word.size() != 3) return 0;
  int found = 0;
  for (const auto& [name, number] : vocabulary.months) {
    if (name.size() != 3 || editDistance(word, name, 1) > 1) continue;
    if (found != 0 && found != number) return 0;
    found = number;
  }
  return found;
}

}  // namespace

Normalised normaliseDate(std::string_view printed, const Vocabulary& vocabulary) {
  // "14 Februari 2024": day, month word, year; OCR may glue or break the pieces. A lone
  // stroke before the month is the day 1 ("| Maret 2024").
  std::string text(printed);
  static const Poco::RegularExpression strokeForOne("^\\s*[|!\\]]\\s+(?=[A-Za-z])");
  strokeForOne.subst(text, "1 ");
  std::vector<std::string> words;
  for (const auto& word : foldedWords(text)) {
    // "14februari" or "februari2024": OCR lost a space between the day, month and year.
    static const Poco::RegularExpression glued("^(\\d{0,2})([a-z]{3,})(\\d{0,4})$");
    std::vector<std::string> parts;
    if (glued.split(word, parts) == 4 && (!parts[1].empty() || !parts[3].empty())) {
      for (size_t k = 1; k < 4; ++k)
        if (!parts[k].empty()) words.push_back(parts[k]);
    } else {
      words.push_back(word);
    }
  }
  // "11 Ok ober 2023": a month's name split by a gap OCR read inside it.
  const auto letters = [](const std::string& word) {
    return std::all_of(word.begin(), word.end(),
                       [](char ch) { return std::isalpha(static_cast<unsigned char>(ch)); });
  };
  for (size_t i = 0; i + 1 < words.size(); ++i) {
    if (!letters(words[i]) || !letters(words[i + 1]) || vocabulary.month(words[i]) != 0 ||
        vocabulary.month(words[i + 1]) != 0 || vocabulary.month(words[i] + words[i + 1]) == 0)
      continue;
    words[i] += words[i + 1];
    words.erase(words.begin() + static_cast<long>(i) + 1);
  }
  for (size_t i = 0; i + 1 < words.size(); ++i) {
    int month = vocabulary.month(words[i + 1]);
    double confidence = 1.0;
    if (month == 0) {
      month = monthByFirstLetters(words[i + 1], vocabulary);
      if (month == 0) month = shortMonthOneLetterOff(words[i + 1], vocabulary);
      confidence = 0.7;
    }
    if (month == 0 || words[i].size() > 2) continue;
    std::string yearText;
    for (size_t k = i + 2; k < words.size() && yearText.size() < 4; ++k) {
      const std::string digits = identityDigits(words[k]);
      if (digits.empty()) break;
      yearText += digits;
    }
    const std::string dayText = dayDigits(words[i]);
    if (yearText.size() != 4 || dayText.empty()) continue;
    const int day = std::stoi(dayText), year = std::stoi(yearText);
    if (plausibleDate(year, month, day)) return {isoDate(year, month, day), confidence};
  }
  // "01-02-2024", "1/2/2024", "01.02.2024"
  static const Poco::RegularExpression numeric(
      "(\\d{1,2})\\s*[-./]\\s*(\\d{1,2})\\s*[-./]\\s*(\\d{4})");
  std::vector<std::string> parts;
  if (numeric.split(std::string(printed), parts) == 4) {
    const int day = std::stoi(parts[1]), month = std::stoi(parts[2]), year = std::stoi(parts[3]);
    if (plausibleDate(year, month, day)) return {isoDate(year, month, day), 0.9};
  }
  return {};
}

// A part with other letters after its first digit ("b2b") is left as it is.
std::string digitsAfterDigits(std::string address) {
  const auto misread = [](char ch) { return ch == 'l' || ch == 'i' || ch == 'o'; };
  for (const auto& [begin, end] : userNameParts(address)) {
    size_t digit = begin;
    while (digit < end && !isDigit(address[digit])) ++digit;
    if (digit < end && std::all_of(address.begin() + static_cast<long>(digit),
                                   address.begin() + static_cast<long>(end),
                                   [&](char ch) { return isDigit(ch) || misread(ch); })) {
      for (size_t k = digit; k < end; ++k)
        if (misread(address[k])) address[k] = address[k] == 'o' ? '0' : '1';
    }
  }
  return address;
}

Normalised normaliseEmail(std::string_view printed) {
  // "x sitti@...": a lone letter before the address is its colon misread, not part of it
  // (an address OCR split keeps its dot or underscore at the break: "muhammad. rizal@").
  if (printed.size() > 2 && std::isalnum(static_cast<unsigned char>(printed[0])) &&
      printed[1] == ' ' && printed.find('@') != std::string_view::npos &&
      printed.find(' ', 2) > printed.find('@'))
    printed.remove_prefix(2);
  // "Pranata kamaruddin95@...": a capitalised word before the address is the next cell's
  // (a position's first word where the column edge was not found).
  static const Poco::RegularExpression cellWordBefore("^[A-Z][a-z]{2,} (?=[^ ]*@)");
  Poco::RegularExpression::Match cellWord;
  if (cellWordBefore.match(std::string(printed), 0, cellWord) > 0)
    printed.remove_prefix(cellWord.length);
  const bool otherCapitals = std::any_of(printed.begin(), printed.end(), [](char ch) {
    return std::isupper(static_cast<unsigned char>(ch)) && ch != 'I';
  });
  std::string text;
  for (size_t i = 0; i < printed.size(); ++i) {
    const unsigned char ch = static_cast<unsigned char>(printed[i]);
    // "@" misread as © (C2 A9) or ® (C2 AE)
    if (ch == 0xC2 && i + 1 < printed.size() &&
        (static_cast<unsigned char>(printed[i + 1]) == 0xA9 ||
         static_cast<unsigned char>(printed[i + 1]) == 0xAE)) {
      text += '@';
      ++i;
    } else if (ch >= 0xC0) {
      // A letter OCR gave an accent (an e read with one): addresses are plain ASCII.
      size_t length = 1;
      while (i + length < printed.size() &&
             (static_cast<unsigned char>(printed[i + length]) & 0xC0) == 0x80)
        ++length;
      const std::string base = fold(printed.substr(i, length));
      if (base.size() == 1) text += base;
      i += length - 1;
    } else if (ch >= 0x80 || std::isspace(ch)) {
      continue;
    } else if (ch == 'I' && !otherCapitals) {
      // Letters print addresses in lower case, and in most type a capital I is an l's
      // twin: "Ipongsapan@" is "lpongsapan@" ("Ilham@" a clerk capitalised is put back from
      // the holder's name by repairEmails). An address with other capitals is written so.
      text += 'l';
    } else if ((ch == ':' || ch == ';') && i > 0 && i + 1 < printed.size() &&
               std::isalnum(static_cast<unsigned char>(printed[i - 1])) &&
               std::isalnum(static_cast<unsigned char>(printed[i + 1]))) {
      text += '.';  // inside a word, a colon is a dot with a speck ("palukota.go:id")
    } else {
      text += static_cast<char>(std::tolower(ch));
    }
  }
  const auto replace = [&](const std::string& from, const std::string& to) {
    for (size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
      text.replace(at, from.size(), to);
  };
  replace("(at)", "@");
  replace("[at]", "@");
  replace(",", ".");
  replace("..", ".");
  if (text.find('@') == std::string::npos) return {};
  double confidence = 1.0;
  // Characters no address holds (OCR specks): dropped.
  std::erase_if(text, [](char ch) {
    return std::string_view("'`\"*!?~^;:").find(ch) != std::string_view::npos;
  });
  // Official domains end in .go.id; OCR reads "go.ld", "go.1d", "go,id", "gosid", "go-id",
  // "-go.id" or ".-go.id" (a speck by the dot), the i doubled ("go.iid"), and a speck after
  // it ("go.idr").
  static const Poco::RegularExpression brokenGoId(
      "(?:\\.|[.\\-_]*[\\-_])g[o0q](?:[.\\-_sv]|)[il1|][jli]?[dc]?[a-z0-9]?$");
  Poco::RegularExpression::Match tail;
  text = trim(text, ".");
  // Nothing follows .go.id in an address: what does is the next cell's word the reading
  // ran into ("mamujutengahkab.go -id jabatan.yang").
  static const Poco::RegularExpression goIdThenMore("@[a-z0-9.\\-]*?[.\\-]go[.\\-]id(?=[a-z]{3})");
  if (goIdThenMore.match(text, 0, tail) > 0) {
    text = text.substr(0, tail.offset + tail.length - 6) + ".go.id";
    confidence = 0.7;
  }
  if (!text.ends_with(".go.id") && brokenGoId.match(text, 0, tail) > 0) {
    text.replace(tail.offset, std::string::npos, ".go.id");
    confidence = 0.7;
  }
  text = trim(text, ".;:'\"()<>[]|-");  // no address begins or ends in a dash
  // A mark read as "@" before the address ("@dwi.lestari@..."): no user name begins so.
  while (text.starts_with('@') && text.find('@', 1) != std::string::npos) text.erase(0, 1);
  // A cell's rule read as "1" before the address: "1arifin93@..."
  if (text.size() > 2 && text[0] == '1' && std::isalpha(static_cast<unsigned char>(text[1])))
    text.erase(0, 1);
  text = digitsAfterDigits(text);
  // A zero among a domain label's letters is an o ("yah00.co.id").
  if (const size_t at = text.find('@'); at != std::string::npos) {
    static const Poco::RegularExpression zeroInLetters("(?<=[a-z])0|0(?=[a-z])");
    std::string domain = text.substr(at + 1);
    // One at a time: in "yah00" the second zero has a letter beside it once the first is an o.
    while (zeroInLetters.subst(domain, "o") > 0) continue;
    text = text.substr(0, at + 1) + domain;
  }
  if (!isEmailAddress(text)) confidence = 0.4;
  return {text, confidence};
}

std::vector<std::pair<size_t, size_t>> userNameParts(std::string_view address) {
  std::vector<std::pair<size_t, size_t>> parts;
  const size_t at = address.find('@');
  for (size_t start = 0; start <= at && start <= address.size();) {
    const size_t end = std::min(address.find_first_of("._-", start), std::min(at, address.size()));
    parts.emplace_back(start, end);
    start = end + 1;
  }
  return parts;
}

bool isEmailAddress(const std::string& text) {
  static const Poco::RegularExpression address(
      "^[a-z0-9._%+\\-]+@[a-z0-9\\-]+(\\.[a-z0-9\\-]+)*\\.[a-z]{2,}$");
  return address.match(text);
}

std::string cleanName(std::string_view printed) {
  // Leading punctuation is a speck; a trailing dot closes a title ("M.Si.") and stays.
  std::string name = trim(printed, ",;:-_'\"");
  // Typographic quotes at either end are specks too; inside, one stands for an apostrophe
  // ("Ma’ruf").
  static const Poco::RegularExpression curlyQuotesAtEnds(
      "^(?:\xE2\x80[\x98-\x9F]\\s*)+|(?:\\s*\xE2\x80[\x98-\x9F])+$");
  curlyQuotesAtEnds.subst(name, "", Poco::RegularExpression::RE_GLOBAL);
  name = trim(name, ",;:-_'\"");
  while (!name.empty() && name.front() == '.') name = trim(name.substr(1));
  static const Poco::RegularExpression islamicTitle(
      "(\\b[A-Z]\\.[A-Za-z]{1,4}\\.)[L1l|](?:\\.|(?=,|$))");
  islamicTitle.subst(name, "$1I.", Poco::RegularExpression::RE_GLOBAL);
  // A name's words begin with a capital: a lower-case "l" there is an "I" ("llyas",
  // "lrwan"), and a lower-case letter glued before a capital is a speck ("fKaharuddin").
  static const Poco::RegularExpression lowerL("(^|[ .])l(?=[a-z]{2})");
  lowerL.subst(name, "$1I", Poco::RegularExpression::RE_GLOBAL);
  static const Poco::RegularExpression speckBeforeCapital("^[a-z](?=[A-Z][a-z])");
  speckBeforeCapital.subst(name, "");
  // Words of marks alone (a copyright sign, ">", a table's "|") are specks and rules, no
  // part of a name; nor is a lone digit after it ("S.Pc 1"). A colon stays: it shows a
  // label's row ("BKPSDM : OD"), no name. (A stroke before the first word is handled
  // below: it may be a Balinese "I".)
  static const Poco::RegularExpression markWord("(?<=\\S) +(?:[^\\sA-Za-z0-9:;]+|[0-9])(?= |$)");
  markWord.subst(name, "", Poco::RegularExpression::RE_GLOBAL);
  name = trim(name, ",;:-_'\"");
  // No name holds a semicolon: before a degree it is the comma misread ("PETRUS; S.T.").
  static const Poco::RegularExpression semicolon(";(?= )");
  semicolon.subst(name, ",", Poco::RegularExpression::RE_GLOBAL);
  // A stroke glued before the first capital is the table's rule ("|H. Hamsah").
  static const Poco::RegularExpression gluedRule("^[|!](?=[A-Z])");
  gluedRule.subst(name, "");
  // No Indonesian name word ends in "ig": it is the "q" of an Arabic name ("Taufiq",
  // "Rafiq", "Shiddiq") whose tail the scan lost.
  static const Poco::RegularExpression tailQ("\\b([A-Z][a-z]*i)g\\b");
  tailQ.subst(name, "$1q", Poco::RegularExpression::RE_GLOBAL);
  static const Poco::RegularExpression tailCapitalQ("\\b([A-Z]+I)G\\b");
  tailCapitalQ.subst(name, "$1Q", Poco::RegularExpression::RE_GLOBAL);
  // Balinese names open with a lone "I" ("I Wayan", "I Gusti"); no name opens with a
  // stroke read as "1", "l" or "|".
  static const Poco::RegularExpression loneStroke("^[1l|!] (?=[A-Z][a-z])");
  loneStroke.subst(name, "I ");
  // Any other word of marks alone before the name is a speck ("$ Nyoman Sudarsana"; a
  // Balinese article lost so is put back from the NIP's gender digit later).
  static const Poco::RegularExpression leadingMarks("^[^\\sA-Za-z0-9|!]+\\s+(?=[A-Z])");
  leadingMarks.subst(name, "");
  // No name holds a digit: a word of digits and marks before it is a speck or a list's
  // number ("3 Hamsah, S.Psi.").
  static const Poco::RegularExpression leadingNumbers("^(?:[0-9][^A-Za-z\\s]*\\s+)+(?=[A-Z])");
  leadingNumbers.subst(name, "");
  // In the degrees after the comma a dot may read as a dash ("M-H."); a name's own
  // hyphen stands before the comma.
  if (const size_t comma = name.find(','); comma != std::string::npos) {
    std::string degrees = name.substr(comma);
    static const Poco::RegularExpression dashForDot("(?<=\\b[A-Za-z])-(?=[A-Za-z]{1,3}\\.)");
    dashForDot.subst(degrees, ".", Poco::RegularExpression::RE_GLOBAL);
    name = name.substr(0, comma) + degrees;
  }
  static const Poco::RegularExpression capitalsBeforeTitle(
      "\\b([A-Z]{3,})L (?=[A-Z][a-z]{0,3}\\.)");
  capitalsBeforeTitle.subst(name, "$1I, ", Poco::RegularExpression::RE_GLOBAL);
  // After the degrees, a word of five letters or more without a dot is none: the next
  // cell's or line's word the reading ran into ("Djafar, S.E. Permohonan").
  if (name.find(',') != std::string::npos) {
    static const Poco::RegularExpression wordAfterDegrees("(?<=\\.) +[A-Za-z]{5,}$");
    wordAfterDegrees.subst(name, "");
  }
  return name;
}

namespace {

// The months as a letter number writes them, January first.
const std::vector<std::string>& romanNumerals() {
  static const std::vector<std::string> roman = {"I",   "II",   "III", "IV", "V",  "VI",
                                                 "VII", "VIII", "IX",  "X",  "XI", "XII"};
  return roman;
}

// A part of a letter number that is a year ("2024").
bool isYearPart(const std::string& part) {
  return part.size() == 4 && std::all_of(part.begin(), part.end(), isDigit) &&
         (part.starts_with("19") || part.starts_with("20"));
}

// The month in a letter number is a Roman numeral before the year ("/II/2024"); OCR reads
// "II" as "11" or "Il". Parts made only of I-like strokes (and V/X) before a year are Roman.
std::string romanMonths(const std::string& number) {
  std::vector<std::string> parts;
  size_t start = 0;
  for (size_t slash = number.find('/');; slash = number.find('/', start)) {
    parts.push_back(
        number.substr(start, slash == std::string::npos ? std::string::npos : slash - start));
    if (slash == std::string::npos) break;
    start = slash + 1;
  }
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) {
    std::string part = parts[i];
    const bool beforeYear = i + 1 < parts.size() && isYearPart(parts[i + 1]);
    const bool strokes = !part.empty() && part.size() <= 4 &&
                         part.find_first_not_of("1lI|!VvXx") == std::string::npos;
    if (beforeYear && strokes && part.find_first_of("1l|!") != std::string::npos) {
      for (char& ch : part)
        ch = (ch == 'v' ? 'V' : ch == 'x' ? 'X' : (ch == 'V' || ch == 'X') ? ch : 'I');
    }
    if (i > 0) out += '/';
    out += part;
  }
  return out;
}

// A part of digits with one letter OCR reads for a digit ("S55" between slashes for "555"):
// that letter is the digit. A part with a letter prefix ("B-50") or more letters is a word.
std::string digitParts(const std::string& number) {
  std::string out;
  const auto parts = split(number, '/');
  for (size_t i = 0; i < parts.size(); ++i) {
    const std::string& part = parts[i];
    std::string mended = part;
    const auto letters = std::count_if(part.begin(), part.end(), [](char ch) {
      return std::isalpha(static_cast<unsigned char>(ch)) != 0;
    });
    const bool digitsElse = part.find_first_not_of("0123456789SOolIBZ") == std::string::npos;
    if (part.size() >= 3 && letters == 1 && digitsElse) {
      for (char& ch : mended)
        if (const char digit = digitLookalike(ch)) ch = digit;
    }
    if (i > 0) out += '/';
    out += mended;
  }
  return out;
}

}  // namespace

Normalised normaliseLetterNumber(std::string_view printed) {
  // "555/274/BPKAD/IV/2024 - 7": a number printed whole up to its year; a word standing
  // apart after it, without a slash, is a speck or the stamp's, not the number's.
  static const Poco::RegularExpression yearThenApart("^(\\S.*/(?:19|20)\\d\\d)\\s+[^/]{1,4}$");
  std::vector<std::string> whole;
  const std::string printedText(printed);
  if (yearThenApart.split(printedText, whole) == 2) printed = printed.substr(0, whole[1].size());
  // "1 555/443/III/2024": a stroke standing apart before the number is the label's colon.
  static const Poco::RegularExpression strokeApart("^[1lI|!]\\s+(?=\\d)");
  Poco::RegularExpression::Match stroke;
  if (strokeApart.match(printedText, 0, stroke) > 0 && stroke.offset == 0)
    printed.remove_prefix(std::min(stroke.length, printed.size()));
  std::string text;
  for (char ch : printed) {
    if (std::isspace(static_cast<unsigned char>(ch))) continue;
    text += (ch == '{' || ch == '}' || ch == '\\') ? '/' : ch;  // slashes OCR bent
  }
  // "…/IV/2024Bacukiki": OCR glued the number to the place of the date beside it.
  static const Poco::RegularExpression gluedPlace("^(.*/(?:19|20)\\d\\d)[A-Z][a-z].*$");
  std::vector<std::string> parts;
  if (gluedPlace.split(text, parts) == 2) text = parts[1];
  // A number ends in a letter, a digit or a closing bracket: marks after it are specks
  // ("/2023.>"), and so are marks before it.
  while (!text.empty() && std::ispunct(static_cast<unsigned char>(text.back())) &&
         text.back() != ')')
    text.pop_back();
  while (!text.empty() && std::ispunct(static_cast<unsigned char>(text.front())) &&
         text.front() != '(')
    text.erase(text.begin());
  // A classification code is digits and dots ("800.1.4"): a colon between its digits is a
  // dot misread. No letter number holds a comma or a quote: between two of its parts one
  // is the slash misread ("/2024,Inspektorat", "555'184").
  static const Poco::RegularExpression colonForDot("(?<=\\d):(?=\\d)");
  colonForDot.subst(text, ".", Poco::RegularExpression::RE_GLOBAL);
  for (const std::string_view curly : {"\u2018", "\u2019"})
    for (size_t at = text.find(curly); at != std::string::npos; at = text.find(curly, at))
      text.replace(at, curly.size(), "'");
  static const Poco::RegularExpression markForSlash("(?<=[0-9A-Za-z])[,'`](?=[0-9A-Za-z])");
  markForSlash.subst(text, "/", Poco::RegularExpression::RE_GLOBAL);
  // "/2023!DPUPR": a stroke between a number and a word is the slash; beside a slash, after a
  // word, a quote or a stroke is a speck ("Disdikbud'/I", "DPMPTSP!/III"). After a Roman
  // month's letters a stroke may be its I ("XI!/2024"), so a word of those letters keeps it.
  static const Poco::RegularExpression strokeForSlash(
      "(?<=\\d)!(?=[A-Za-z])|(?<=[A-Za-z])!(?=\\d)");
  strokeForSlash.subst(text, "/", Poco::RegularExpression::RE_GLOBAL);
  static const Poco::RegularExpression markBeforeSlash(
      "([A-Za-z]*[A-HJ-UWYZa-z][A-Za-z]*)['`!\"](?=/)");
  markBeforeSlash.subst(text, "$1", Poco::RegularExpression::RE_GLOBAL);
  text = digitParts(text);
  text = romanMonths(text);
  // A classification code's main part has three digits ("800.1", "000.5.2"): a fourth
  // before it is the label's colon misread ("1800.1/61/...").
  static const Poco::RegularExpression colonBeforeCode("^[12](\\d{3}\\.\\d.*)$");
  if (colonBeforeCode.split(text, parts) == 2) text = parts[1];
  // "/BKPSDMPenting": the unit's code in capitals glued to a word of the next field.
  static const Poco::RegularExpression gluedWord("^(.*/[A-Z][A-Z-]+[A-Z])[A-Z][a-z]{3,}$");
  if (gluedWord.split(text, parts) == 2) text = parts[1];
  if (text.empty()) return {};
  const bool hasDigit = text.find_first_of("0123456789") != std::string::npos;
  return {text, hasDigit && text.find('/') != std::string::npos ? 1.0 : 0.5};
}

std::string dateFromNumber(int day, int year, const std::string& number) {
  const auto& roman = romanNumerals();
  int month = 0;
  for (const auto& part : split(number, '/')) {
    const auto found = std::find(roman.begin(), roman.end(), part);
    if (found != roman.end()) {
      if (month != 0) return {};  // two months: neither is sure
      month = static_cast<int>(found - roman.begin()) + 1;
    } else if (isYearPart(part) && std::stoi(part) != year) {
      return {};
    }
  }
  if (month == 0 || !plausibleDate(year, month, day)) return {};
  return isoDate(year, month, day);
}

Normalised dateInNumbersYear(std::string_view line, const std::string& number,
                             const Vocabulary& vocabulary) {
  if (!normaliseDate(line, vocabulary).value.empty()) return {};
  std::string year;
  for (const auto& part : split(number, '/')) {
    if (!isYearPart(part)) continue;
    if (!year.empty() && year != part) return {};  // two years: neither is sure
    year = part;
  }
  if (year.empty()) return {};
  std::string text;
  for (const auto& word : split(std::string(line), ' ')) {
    const std::string digits = identityDigits(word);
    if (!text.empty()) text += ' ';
    // (or cut to its first three digits at the page's edge or by a stamp: "202")
    const bool yearOff = (digits.size() == 4 && editDistance(digits, year, 1) == 1) ||
                         (digits.size() == 3 && digits == word && year.starts_with(digits));
    text += yearOff ? year : word;
  }
  return normaliseDate(text, vocabulary);
}

namespace {

// A Roman month's strokes as OCR bends them ("l1", "li", "VTI1", "HI"): thin strokes and
// letters made of them read as I. Empty when `part` has other characters.
std::string strokesAsRoman(const std::string& part) {
  std::string out;
  for (char ch : part) {
    if (ch == 'V' || ch == 'v')
      out += 'V';
    else if (ch == 'X' || ch == 'x')
      out += 'X';
    else if (std::string_view("IL1l|!iTtHU").find(ch) != std::string_view::npos)
      out += 'I';
    else
      return {};
  }
  return out;
}

// `read` and `month` are the same numeral but for one I ("VII" and "VIII", "II" and "III").
bool oneStrokeApart(const std::string& read, const std::string& month) {
  const std::string& longer = read.size() > month.size() ? read : month;
  const std::string& shorter = read.size() > month.size() ? month : read;
  if (longer.size() != shorter.size() + 1) return false;
  for (size_t k = 0; k < longer.size(); ++k)
    if (longer[k] == 'I' && longer.substr(0, k) + longer.substr(k + 1) == shorter) return true;
  return false;
}

}  // namespace

std::string monthFromDate(const std::string& number, const std::string& date, bool unsure) {
  const auto& roman = romanNumerals();
  if (date.size() != 10 || number.size() < 6) return number;
  const int month = std::atoi(date.substr(5, 2).c_str());
  const std::string year = date.substr(0, 4);
  if (month < 1 || month > 12) return number;
  const std::string& expected = roman[static_cast<size_t>(month - 1)];
  auto parts = split(number, '/');
  // The year with a digit lost ("/224") or, read unsure, misread ("/2021"): the date's.
  if (std::find(parts.begin(), parts.end(), year) == parts.end()) {
    for (size_t k = 1; k < parts.size(); ++k) {
      std::string& part = parts[k];
      const bool digits = !part.empty() && std::all_of(part.begin(), part.end(), isDigit);
      if (!digits || editDistance(part, year, 1) != 1) continue;
      if (part.size() == 3 || (part.size() == 4 && unsure && part.starts_with("20"))) {
        part = year;
        break;
      }
    }
  }
  // The part before the year, wherever the year stands ("…/IV/2024", "…/IV/2024/Dinsos"),
  // or glued to it at the end ("…/XU2023").
  size_t at = parts.size();
  for (size_t k = parts.size(); k-- > 1;)
    if (parts[k] == year) {
      at = k - 1;
      break;
    }
  if (at == parts.size()) {
    std::string& last = parts.back();
    if (parts.size() < 2 || !last.ends_with(year) || last.size() == year.size()) return number;
    const std::string glued = last.substr(0, last.size() - year.size());
    last = year;
    parts.insert(parts.end() - 1, glued);
    at = parts.size() - 2;
  }
  std::string& part = parts[at];
  const bool valid = std::find(roman.begin(), roman.end(), part) != roman.end();
  const auto join = [&] {
    std::string out;
    for (size_t k = 0; k < parts.size(); ++k) out += (k ? "/" : "") + parts[k];
    return out;
  };
  if (valid) {
    // A valid month stays: numbers may be taken before the letter is dated. Unless the
    // number was read unsure and the month is the date's but for one stroke ("VII" read
    // for "VIII").
    if (part != expected && unsure && oneStrokeApart(part, expected)) part = expected;
    return join();
  }
  const std::string strokes = strokesAsRoman(part);
  if (!strokes.empty() && part.size() <= 5 &&
      (strokes == expected || editDistance(part, expected, 1) <= 1)) {
    part = expected;
    return join();
  }
  // The slash before the month read as a stroke and glued on ("BKPSDMIIII", "Bappeda'l1").
  for (size_t cut = part.size(); cut-- > 1;) {
    if (strokesAsRoman(part.substr(cut)) != expected) continue;
    const char slash = part[cut - 1];
    if (std::string_view("Il1|!'").find(slash) == std::string_view::npos || cut < 2) continue;
    part = part.substr(0, cut - 1) + "/" + expected;
    return join();
  }
  return number;
}

}  // namespace cabut::extract
