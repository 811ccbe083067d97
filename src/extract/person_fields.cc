// Setting a person's field from printed text: normalised per the extraction contract, the
// printed text kept beside it, confidence lowered when the value fails its format check.
#include <Poco/RegularExpression.h>

#include <algorithm>
#include <cctype>

#include "extract/letter_parts.h"
#include "extract/text_fold.h"
#include "extract/values.h"

namespace cabut::extract {
namespace {

Field normalised(Field field, const Normalised& value) {
  if (value.value.empty()) return {};
  field.printed = field.value;
  field.value = value.value;
  field.confidence *= value.confidence;
  return field;
}

// "Pranata Komputer Terampil = 925": marks and numbers OCR found in a cell's margin
// after the words of a position or unit. Words with fewer than two letters go.
Field withoutTrailingSpecks(Field field) {
  std::string& text = field.value;
  // Leading ones too: "2 Badan Kepegawaian" (a row number's smudge), "y Rumah Sakit" (one
  // small letter before the capital that opens the value).
  while (true) {
    const size_t space = text.find(' ');
    if (space == std::string::npos) break;
    const std::string first = text.substr(0, space);
    const auto letters = std::count_if(first.begin(), first.end(), [](char ch) {
      return std::isalpha(static_cast<unsigned char>(ch));
    });
    const bool smallLetter = first.size() == 1 &&
                             std::islower(static_cast<unsigned char>(first[0])) &&
                             std::isupper(static_cast<unsigned char>(text[space + 1]));
    if (letters >= 1 && !smallLetter) break;
    text = trim(text.substr(space + 1));
  }
  // And marks standing alone inside it: "Kepala Bidang \u00a9 Rehabilitasi", "Bendahara +
  // Pengeluaran" (specks, a table's rule); "&" and "/" join words.
  static const Poco::RegularExpression loneMarks(" [^\\sA-Za-z0-9&/()\\-]+(?= )");
  loneMarks.subst(text, "", Poco::RegularExpression::RE_GLOBAL);
  // A lone small letter before a capitalised word is a speck too ("Ahli d Muda"), and so
  // are marks glued before the first word ("|Kepala Subbagian", "(Kepala Bidang").
  static const Poco::RegularExpression loneSmallLetter(" [a-z](?= [A-Z])");
  loneSmallLetter.subst(text, "", Poco::RegularExpression::RE_GLOBAL);
  static const Poco::RegularExpression gluedMarks("^[^\\sA-Za-z0-9]+(?=[A-Za-z])");
  gluedMarks.subst(text, "");
  while (true) {
    const size_t space = text.rfind(' ');
    if (space == std::string::npos) break;
    const std::string last = text.substr(space + 1);
    const auto letters = std::count_if(last.begin(), last.end(), [](char ch) {
      return std::isalpha(static_cast<unsigned char>(ch));
    });
    const bool roman = !last.empty() && last.find_first_not_of("IVX") == std::string::npos;
    if (letters >= 2 || roman) break;  // "Kepala Seksi I"
    text = trim(text.substr(0, space));
  }
  return field;
}

}  // namespace

void setPersonField(Person& person, const std::string& field, Field value) {
  value.value = trim(value.value, ",;:");
  if (value.value.empty() || value.value == "-") return;
  if (field == "name") {
    // "Nama/NIP : Andi Saputra / 19851201 201001 1 004": the number goes to its own field.
    const size_t digit = value.value.find_first_of("0123456789");
    if (digit != std::string::npos && digit > 2) {
      Field number = value;
      number.value = value.value.substr(digit);
      const auto digits = std::count_if(number.value.begin(), number.value.end(),
                                        [](char ch) { return ch >= '0' && ch <= '9'; });
      if (digits >= 16) {
        value.value = trim(value.value.substr(0, digit), " /,;:-");
        setPersonField(person, digits >= 18 ? "nip" : "nik", number);
      }
    }
    // A table rule read as "I" or "l" glued to the name: "IDwi Lestari" -> "Dwi Lestari"
    const std::string& text = value.value;
    const bool ruleBeforeName = text.size() > 3 &&
                                (text[0] == 'I' || text[0] == 'l' || text[0] == '(') &&
                                std::isupper(static_cast<unsigned char>(text[1])) &&
                                std::islower(static_cast<unsigned char>(text[2]));
    const bool ruleBeforeTitle = text.starts_with("IH.") || text.starts_with("IHj.") ||
                                 text.starts_with("IDr") || text.starts_with("IIr.");
    if (ruleBeforeName || ruleBeforeTitle) value.value.erase(0, 1);
    // "4 Nurlina": a speck or a cell rule read as a lone digit before the name. A lone "1"
    // stays: it may be the "I" of a Balinese name ("I Wayan").
    const size_t space = value.value.find(' ');
    if (space != std::string::npos && space <= 2 && space + 1 < value.value.size() &&
        std::isupper(static_cast<unsigned char>(value.value[space + 1])) &&
        value.value.substr(0, space) != "1" &&
        std::all_of(value.value.begin(), value.value.begin() + static_cast<long>(space),
                    [](char ch) { return std::isdigit(static_cast<unsigned char>(ch)); }))
      value.value.erase(0, space + 1);
    value.value = cleanName(value.value);
    person.name = value;
  } else if (field == "nip") {
    // "NIP/NIK : 19851201 201001 1 004 / 7371010112850003": both numbers in one value.
    std::string digits;
    for (char ch : value.value)
      if (ch >= '0' && ch <= '9') digits += ch;
    if (digits.size() == 34) {
      Field nik = value;
      value.value = digits.substr(0, 18);
      nik.value = digits.substr(18);
      setPersonField(person, "nik", nik);
    }
    person.nip = normalised(value, normaliseNip(value.value));
  } else if (field == "nik") {
    person.nik = normalised(value, normaliseNik(value.value));
  } else if (field == "email") {
    person.email = normalised(value, normaliseEmail(value.value));
    if (!person.email.found() && value.value.find('.') != std::string::npos) {
      // No "@" seen: kept as printed (lower case, no spaces) with low confidence;
      // repairEmails() may place the "@" from the letter's other addresses.
      person.email = value;
      person.email.printed = value.value;
      person.email.value.clear();
      for (char ch : value.value)
        if (!std::isspace(static_cast<unsigned char>(ch)))
          person.email.value += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
      person.email.confidence = 0.2;
    }
  } else if (field == "position") {
    person.position = withoutTrailingSpecks(value);
  } else if (field == "unit") {
    person.unit = withoutTrailingSpecks(value);
  } else if (field == "reason") {
    person.reason = value;  // the wording; assignReasons maps it to a code
  }
}

void restoreBalineseArticle(Person& person, const Vocabulary& vocabulary) {
  if (!person.name.found()) return;
  // A lone "I" before a name that is no Balinese one is a table's rule read as a letter
  // ("I Joko Purnomo").
  if (const auto words = split(person.name.value, ' ');
      words.size() >= 2 && words[0] == "I" && !isBalineseName(words[1], vocabulary.balineseNames)) {
    person.name.value = trim(person.name.value.substr(2));
    person.name.confidence *= 0.9;
  }
  if (person.nip.value.size() != 18 || isImplausibleNip(person.nip)) return;
  // The name's first word after the titles printed before it ("Dr.", "Ir.", "H.").
  auto words = split(person.name.value, ' ');
  size_t first = 0;
  while (first < words.size() && words[first].size() <= 4 && words[first].ends_with('.')) ++first;
  if (first >= words.size()) return;
  // ("I Wayan" stops at "I", which is no birth-order name.)
  if (!isBalineseName(words[first], vocabulary.balineseNames)) return;
  // The NIP's 15th digit says a man (1) or a woman (2): "I Wayan", "Ni Made".
  const char gender = person.nip.value[14];
  if (gender != '1' && gender != '2') return;
  words.insert(words.begin() + static_cast<long>(first), gender == '1' ? "I" : "Ni");
  std::string name;
  for (const auto& word : words) name += (name.empty() ? "" : " ") + word;
  person.name.value = name;
  person.name.confidence *= 0.9;
}

}  // namespace cabut::extract
