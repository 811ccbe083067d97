// Letter number (Nomor), date (the "Place, 14 Februari 2024" line or Tanggal) and subject
// (Perihal / Hal) from the head of the letter.
#include <Poco/RegularExpression.h>

#include <algorithm>
#include <cctype>
#include <optional>
#include <set>
#include <utility>

#include "extract/letter_parts.h"
#include "extract/text_fold.h"
#include "extract/values.h"

namespace cabut::extract {

// Below this the letter number's reading is in doubt (its month may have lost a stroke).
constexpr double kSureNumber = 0.9;

Field dateField(const std::vector<ocr::Word>& words, int page, const Vocabulary& vocabulary) {
  Field field = fieldFrom(words, page);
  const auto date = normaliseDate(field.value, vocabulary);
  if (date.value.empty()) return {};
  field.printed = field.value;
  field.value = date.value;
  field.confidence *= date.confidence;
  return field;
}

namespace {

// "Mamuju, 14 Februari 2024": a place, a comma, a date, alone in its segment. The words
// after the place (none when a gap OCR read after the comma put the date in the next
// segment), or nothing when the segment is no place and date line.
std::optional<std::vector<ocr::Word>> placeDateWords(const Segment& segment) {
  const auto comma = segment.text.find(',');
  if (comma == std::string::npos) {
    // The comma lost to OCR: "Mamuju 14 Februari 2024" alone in its segment (specks of a
    // character or two after the year aside: "Mamuju. 20 Maret 2024 0. -").
    auto words = segment.folded;
    while (words.size() > 1 && words.back().size() <= 2) words.pop_back();
    if (words.size() < 4 || words.size() > 6 || words.back().size() != 4 ||
        !std::isdigit(static_cast<unsigned char>(words.back()[0])) ||
        !std::isalpha(static_cast<unsigned char>(words.front()[0])))
      return std::nullopt;
    return segment.words;
  }
  if (comma == 0) return std::nullopt;
  auto before = foldedWords(segment.text.substr(0, comma));
  if (std::find(before.begin(), before.end(), "lahir") != before.end())
    return std::nullopt;  // birth date
  // A lone digit after the place is a speck ("Majen 2, 20 Maret 2024").
  if (before.size() >= 2 && before.back().size() == 1 &&
      std::isalpha(static_cast<unsigned char>(before[before.size() - 2][0])))
    before.pop_back();
  // The place: the last words before the comma, letters only (text further left may be
  // another field OCR joined to this one: "Nomor : 800/.../2024  Mamuju, 14 ...").
  if (before.empty() || std::isdigit(static_cast<unsigned char>(before.back()[0])))
    return std::nullopt;
  // The date's words: those after the word holding the comma.
  std::vector<ocr::Word> dateWords;
  size_t offset = 0;
  for (const auto& word : segment.words) {
    if (offset > comma) {
      dateWords.push_back(word);
    } else if (offset + word.text.size() > comma + 1) {
      ocr::Word rest = word;  // "Mamuju,14" glued
      rest.text = word.text.substr(comma + 1 - offset);
      dateWords.push_back(rest);
    }
    offset += word.text.size() + 1;
  }
  if (dateWords.size() > 10) return std::nullopt;
  return dateWords;
}

// A date line's day and year around a month word that cannot be read ("14 ~%& 2023",
// "14 2023"): at most two words between them.
std::optional<std::pair<int, int>> dayAndYear(const std::vector<ocr::Word>& words) {
  const auto folded = foldedWords(fieldFrom(words, 0).value);
  const auto digits = [](const std::string& word) {
    return std::all_of(word.begin(), word.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
  };
  for (size_t d = 0; d < folded.size(); ++d) {
    const std::string& day = folded[d];
    if (day.empty() || day.size() > 2 || !digits(day) || std::stoi(day) > 31) continue;
    for (size_t y = d + 1; y < folded.size() && y <= d + 3; ++y) {
      const std::string& year = folded[y];
      if (year.size() == 4 && digits(year) && (year.starts_with("19") || year.starts_with("20")))
        return std::pair{std::stoi(day), std::stoi(year)};
    }
    return std::nullopt;
  }
  return std::nullopt;
}

// The letter number from the value read for it: normalised, with the text as printed.
Field letterNumber(const Field& read, const Normalised& number) {
  Field field = read;
  field.printed = read.value;
  field.value = number.value;
  field.confidence *= number.confidence;
  return field;
}

// The vocabulary word `folded` (a word or two words joined) is a misreading of: one edit
// off for a word of 6-7 letters, two from 8 on ("Pernjohonan", "Serulikat"), and only
// when a single word is that close. Empty when none is.
std::string nearKnownWord(const std::string& folded, const std::set<std::string>& known) {
  const int limit = folded.size() >= 8 ? 2 : 1;
  std::string found;
  for (const auto& candidate : known) {
    // A long word keeps its first letters better than its middle ("Sertnkat", "Sertikai"
    // for "Sertifikat"): one edit more where they agree.
    const int allowed = limit + (limit == 2 && candidate.compare(0, 2, folded, 0, 2) == 0 ? 1 : 0);
    if (candidate.size() < 6 || editDistance(folded, candidate, allowed) > allowed) continue;
    if (!found.empty()) return {};
    found = candidate;
  }
  return found;
}

bool lettersOnly(const std::string& word) {
  return !word.empty() && std::all_of(word.begin(), word.end(), [](char ch) {
    return std::isalpha(static_cast<unsigned char>(ch));
  });
}

// The case of `printed` on `word`: letter by letter when they are as long, else all
// capitals or a capital first letter, as the printed word was.
std::string inCaseOf(const std::string& word, const std::string& printed) {
  if (word.size() != printed.size()) return casedLike(word, printed);
  std::string out = word;
  for (size_t k = 0; k < out.size(); ++k)
    if (std::isupper(static_cast<unsigned char>(printed[k])))
      out[k] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[k])));
  return out;
}

// A word of a subject that is one character off exactly one of the vocabulary's acronyms
// ("(ITE)", "(BSIE)", "BSE:", "(TTEs"), marks around it aside: that acronym, the marks
// kept. Empty when none or several.
std::string knownAcronym(const std::string& word, const Vocabulary& vocabulary) {
  const size_t begin = word.find_first_not_of("([{\"'");
  const size_t end = word.find_last_not_of(")]}\"'.,;:");
  if (begin == std::string::npos || end == std::string::npos || end < begin) return {};
  const std::string core = word.substr(begin, end - begin + 1);
  if (core.size() < 2 || !std::all_of(core.begin(), core.end(), [](char ch) {
        return std::isalnum(static_cast<unsigned char>(ch));
      }))
    return {};
  std::string found;
  for (const auto& acronym : vocabulary.subjectAcronyms) {
    if (fold(core) == fold(acronym)) return {};
    if (editDistance(fold(core), fold(acronym), 1) > 1) continue;
    if (!found.empty()) return {};
    found = acronym;
  }
  if (found.empty()) return {};
  return word.substr(0, begin) + found + word.substr(end + 1);
}

// A subject word a letter or two off a word of the kind phrases ("Elekironik",
// "Pernjohonan"), or split by a gap OCR read inside it ("Sert fikat"): OCR misread a word
// the vocabulary knows; the vocabulary's spelling is put back, in the printed word's case.
// Short words, words with digits or marks, and words further off stay as read.
std::string repairedSubject(const std::string& subject, const Vocabulary& vocabulary) {
  std::set<std::string> known;
  for (const auto& kind : vocabulary.titleKinds)
    for (const auto& phrase : kind.phrases) known.insert(phrase.begin(), phrase.end());
  std::vector<std::string> words;
  for (size_t start = 0; start <= subject.size();) {
    size_t end = subject.find(' ', start);
    if (end == std::string::npos) end = subject.size();
    std::string word = subject.substr(start, end - start);
    // A stroke inside a word is a letter misread ("Permo!ionan"); a hyphen between two
    // long words is a gap misread ("Pencabutan-Sertufikai").
    // A colon inside one ("Rekomenda:i") is a letter's remains: the letters around it are
    // matched without it.
    for (size_t k = 1; k + 1 < word.size(); ++k) {
      if (!std::isalpha(static_cast<unsigned char>(word[k - 1])) ||
          !std::isalpha(static_cast<unsigned char>(word[k + 1])))
        continue;
      if (word[k] == '!' || word[k] == '|') word[k] = 'l';
      if (word[k] == ':') word.erase(k, 1);
    }
    const size_t hyphen = word.find('-');
    if (hyphen != std::string::npos && hyphen >= 6 && word.size() - hyphen > 6 &&
        lettersOnly(word.substr(0, hyphen)) && lettersOnly(word.substr(hyphen + 1))) {
      words.push_back(word.substr(0, hyphen));
      word = word.substr(hyphen + 1);
    }
    words.push_back(std::move(word));
    start = end + 1;
  }
  auto unknown = [&](const std::string& word) {
    return lettersOnly(word) && !known.contains(fold(word));
  };
  // A speck or the label's colon before the first word, a speck after the last (": Perihal",
  // "5 Permohonan", "... a.n. Ilyas 2"): one character that is no word.
  const auto speck = [](const std::string& word) {
    return word.size() <= 1 && (word.empty() || !std::isupper(static_cast<unsigned char>(word[0])));
  };
  while (words.size() > 2 && speck(words.front())) words.erase(words.begin());
  while (words.size() > 2 && speck(words.back())) words.pop_back();
  std::string out;
  for (size_t i = 0; i < words.size(); ++i) {
    std::string word = words[i];
    std::string near;
    if (unknown(word) && word.size() >= 6) near = nearKnownWord(fold(word), known);
    if (!near.empty()) {
      word = inCaseOf(near, word);
    } else if (const std::string acronym = knownAcronym(word, vocabulary); !acronym.empty()) {
      word = acronym;
    } else if (unknown(word) && i + 1 < words.size() && unknown(words[i + 1])) {
      // Two pieces, or three ("Sert f kat"): gaps OCR read inside one word.
      std::string joined = word;
      for (size_t pieces = 2; pieces <= 3 && i + pieces - 1 < words.size(); ++pieces) {
        if (!unknown(words[i + pieces - 1])) break;
        joined += words[i + pieces - 1];
        if (const std::string whole = joined.size() >= 8 ? nearKnownWord(fold(joined), known) : "";
            !whole.empty()) {
          word = inCaseOf(whole, joined);
          i += pieces - 1;
          break;
        }
      }
    }
    if (!out.empty()) out += ' ';
    out += word;
  }
  return out;
}

// The Nomor/Sifat/Perihal block with its labels lost: colon rows on the letter's first page,
// above its first labelled holder field. A value that reads as a letter number (slashes, a
// year) is the number, one that names the letter's kind is the subject.
void unlabelledHead(const LetterRows& letter, const Vocabulary& vocabulary, HeaderFields& header) {
  static const Poco::RegularExpression year("(?:^|/)(?:19|20)\\d\\d(?:/|$)");
  for (size_t i = 0; i < letter.rows.size(); ++i) {
    if (letter.rows[i].page != letter.rows.front().page) break;
    if (const auto kv = keyValue(letter.rows, i, vocabulary)) {
      if (kv->field == "name" || kv->field == "nip") break;
      continue;
    }
    const auto kv = unlabelledValue(letter.rows, i, vocabulary);
    if (!kv) continue;
    const auto number = normaliseLetterNumber(kv->value.value);
    Poco::RegularExpression::Match inNumber;
    if (!header.number.found() && !header.subject.found() && number.confidence == 1.0 &&
        year.match(number.value, 0, inNumber) > 0) {
      header.number = letterNumber(kv->value, number);
    } else if (!header.subject.found() &&
               vocabulary.kindOf(foldedWords(kv->value.value), vocabulary.titleKinds)) {
      header.subject = kv->value;
      header.subject.value = trim(kv->value.value, ",;");
    }
    i = kv->lastRow;
  }
}

}  // namespace

HeaderFields headerFields(const LetterRows& letter, const Vocabulary& vocabulary) {
  HeaderFields header;
  Field taggedDate;
  // Place and date lines whose month could not be read, and their days and years; those
  // that do not read as dates at all.
  std::vector<std::pair<Field, std::pair<int, int>>> monthLost;
  std::vector<Field> unread;
  for (size_t i = 0; i < letter.rows.size(); ++i) {
    const Row& row = letter.rows[i];
    if (!header.date.found()) {
      for (size_t s = 0; s < row.segments.size(); ++s) {
        auto place = placeDateWords(row.segments[s]);
        // "PRE   16 Januari 2024": a gap read after the place, its comma lost.
        if (!place && s + 1 < row.segments.size() && row.segments[s].folded.size() == 1 &&
            std::isalpha(static_cast<unsigned char>(row.segments[s].folded.front()[0]))) {
          std::vector<ocr::Word> joined = row.segments[s].words;
          joined.insert(joined.end(), row.segments[s + 1].words.begin(),
                        row.segments[s + 1].words.end());
          place = placeDateWords(makeSegment(std::move(joined)));
        }
        if (!place) continue;
        auto& words = *place;
        if (!words.empty()) {
          header.date = dateField(words, row.page, vocabulary);
          if (header.date.found()) break;
        }
        // A gap OCR read inside the date ("Majene, 14   Desember   2023") splits the line.
        for (size_t next = s + 1; next < row.segments.size() && next <= s + 2; ++next)
          words.insert(words.end(), row.segments[next].words.begin(),
                       row.segments[next].words.end());
        if (words.empty()) continue;
        header.date = dateField(words, row.page, vocabulary);
        if (header.date.found()) break;
        Field read = fieldFrom(words, row.page);
        if (const auto parts = dayAndYear(words)) monthLost.emplace_back(read, *parts);
        unread.push_back(std::move(read));
      }
    }
    const auto kv = keyValue(letter.rows, i, vocabulary);
    if (!kv || !kv->value.found()) continue;
    if (kv->field == "number" && !header.number.found() && !header.subject.found()) {
      const auto number = normaliseLetterNumber(kv->value.value);
      if (number.confidence < 1.0 && !header.number.found()) {
        // "No" also heads holder tables; only a value that reads as a letter number counts.
        if (number.value.find('/') == std::string::npos) continue;
      }
      header.number = letterNumber(kv->value, number);
    } else if (kv->field == "subject" && !header.subject.found()) {
      header.subject = kv->value;
      header.subject.value = trim(kv->value.value, ",;");
      // "Perihal 1 Permohonan ...": the colon read as a stroke before the subject's first
      // capital.
      static const Poco::RegularExpression colonAsStroke("^[1l|!] (?=[A-Z])");
      colonAsStroke.subst(header.subject.value, "");
      header.subject.value = repairedSubject(header.subject.value, vocabulary);
      if (header.subject.value != kv->value.value) header.subject.printed = kv->value.value;
    } else if (kv->field == "date" && !taggedDate.found()) {
      taggedDate = dateField(kv->valueWords, row.page, vocabulary);
    }
  }
  if (!header.date.found()) header.date = taggedDate;
  if (!header.number.found() || !header.subject.found()) unlabelledHead(letter, vocabulary, header);
  // A date line read with part of its date taken from the letter number: less sure.
  const auto dateFromLine = [&header](const Field& read, std::string date, double confidence) {
    header.date = read;
    header.date.printed = read.value;
    header.date.value = std::move(date);
    header.date.confidence *= confidence;
  };
  for (const auto& [read, parts] : monthLost) {
    if (header.date.found() || !header.number.found()) break;
    if (auto date = dateFromNumber(parts.first, parts.second, header.number.value); !date.empty())
      dateFromLine(read, std::move(date), 0.5);  // the month is the number's, not the line's
  }
  for (const auto& read : unread) {
    if (header.date.found() || !header.number.found()) break;
    if (auto date = dateInNumbersYear(read.value, header.number.value, vocabulary);
        !date.value.empty())
      dateFromLine(read, std::move(date.value), 0.5 * date.confidence);  // the number's year
  }
  if (header.number.found() && header.date.found())
    header.number.value = monthFromDate(header.number.value, header.date.value,
                                        header.number.confidence < kSureNumber);
  return header;
}

}  // namespace cabut::extract
