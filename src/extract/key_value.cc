// "Label : value" rows, the shape of the letter header and of holder colon lists.
#include <algorithm>
#include <cctype>
#include <cstdlib>

#include "extract/letter_parts.h"
#include "extract/text_fold.h"

namespace cabut::extract {
namespace {

Field valueField(const std::string& field, const std::vector<ocr::Word>& words, int page) {
  return field == "email" ? emailFieldFrom(words, page) : fieldFrom(words, page);
}

// How far from a row its list's other "Label : value" rows are looked for.
constexpr size_t kListRowsAround = 6;
// Below this a short word before a label is a speck in the margin, not a word.
constexpr float kMarginSpeckConfidence = 0.3f;
// Below this a short word between a whole label and its colon is no word of the key.
constexpr float kUnsureWord = 0.7f;
// A short word after a label read with less confidence than this is its colon misread.
constexpr float kColonScrapConfidence = 0.2f;
// Below this a scrap of two letters before a whole label and its colon is no word: the
// colon bounds the key, so the label itself is the evidence.
constexpr float kUnsureScrap = 0.5f;

// Labels whose values prove themselves (identity numbers, e-mail addresses): their value
// is taken without a colon before it.
bool provesItself(const std::string& field) {
  return field == "nip" || field == "nik" || field == "email";
}

// A word of two letters or fewer read with a confidence under `below`.
bool isScrap(const ocr::Word& word, float below) {
  return word.confidence < below && foldedLetters(word.text).size() <= 2;
}

// A short word the engine all but rejected: a speck, or a colon misread as letters.
bool isRejectedScrap(const ocr::Word& word) {
  return isScrap(word, kMarginSpeckConfidence);
}

// A colon a speck or stamp ink joined, read as a short word the engine all but rejected
// ("Perihal vat Permohonan ..."). Digits so read are the value's own ("NIP * 197 10508...").
bool isColonScrap(const ocr::Word& word) {
  return word.text.size() <= 3 && word.confidence < kColonScrapConfidence &&
         std::none_of(word.text.begin(), word.text.end(),
                      [](char ch) { return std::isdigit(static_cast<unsigned char>(ch)); });
}

// "\u201cey Perihal. :": scraps of two letters or fewer the engine was unsure of, in the
// margin before a key that is a whole label up to its colon.
std::string labelAfterScraps(const std::vector<ocr::Word>& keyWords, const std::string& keyPart,
                             const Vocabulary& vocabulary) {
  size_t skip = 0;
  while (skip < keyWords.size() && skip < 2 && isScrap(keyWords[skip], kUnsureScrap)) ++skip;
  if (skip == 0) return "";
  std::string rest;
  for (size_t k = skip; k < keyWords.size(); ++k) rest += keyWords[k].text + " ";
  rest += keyPart;
  return vocabulary.labelField(foldedWords(rest));
}

// "NIP oo.", "Nama a": a label of three letters or more with scraps of two letters or fewer after
// it (specks, the colon's dots read as letters) before the colon.
std::string labelBeforeScraps(const std::vector<std::string>& key, const Vocabulary& vocabulary) {
  size_t length = 0;
  const std::string field = vocabulary.labelPrefix(key, &length);
  if (field.empty() || field == "row" || length == 0 || length >= key.size()) return "";
  // A label of two letters ("No") followed by two more ("HP") is another label.
  size_t letters = 0;
  for (size_t k = 0; k < length; ++k) letters += key[k].size();
  if (letters < 3) return "";
  for (size_t k = length; k < key.size(); ++k)
    if (key[k].size() > 2) return "";
  return field;
}

// "Nama ox Sum :": a whole label, then up to two short words the engine was unsure of
// (a phone photo's shadows and specks read as letters) before the colon.
std::string labelBeforeUnsureWords(const std::vector<ocr::Word>& keyWords,
                                   const std::string& keyPart, const Vocabulary& vocabulary) {
  if (!foldedLetters(keyPart).empty()) return "";
  size_t end = keyWords.size();
  while (end > 0 && keyWords.size() - end < 2 && keyWords[end - 1].confidence < kUnsureWord &&
         foldedLetters(keyWords[end - 1].text).size() <= 3)
    --end;
  if (end == keyWords.size() || end == 0) return "";
  std::string rest;
  for (size_t k = 0; k < end; ++k) rest += keyWords[k].text + " ";
  return vocabulary.labelField(foldedWords(rest));
}

// How many labels `words` hold, one after another ("no nama nip": 3; "unit kerja": 1).
int labelCount(const std::vector<std::string>& words, const Vocabulary& vocabulary) {
  int count = 0;
  for (size_t k = 0; k < words.size();) {
    size_t length = 0;
    const std::vector<std::string> rest(words.begin() + static_cast<long>(k), words.end());
    if (vocabulary.labelPrefix(rest, &length).empty() || length == 0) return count;
    ++count;
    k += length;
  }
  return count;
}

// A character that is no letter, digit or space: what a misread colon keeps of itself.
bool hasMark(const std::string& text) {
  return std::any_of(text.begin(), text.end(), [](char ch) {
    const auto byte = static_cast<unsigned char>(ch);
    return !std::isalnum(byte) && !std::isspace(byte);
  });
}

bool wraps(const std::string& field) {
  return field == "subject" || field == "position" || field == "unit" || field == "reason" ||
         field.empty();
}

// The colon separating key and value: ':' (or ';' which OCR often reads for it).
size_t colonIn(const std::string& text) {
  const size_t colon = text.find(':');
  return colon != std::string::npos ? colon : text.find(';');
}

// Words of the row after the colon, up to the next wide gap; the word holding the colon
// keeps only its part after the colon.
std::vector<ocr::Word> valueAfterColon(const Row& row, size_t segmentIndex, size_t wordIndex,
                                       size_t colonAt) {
  std::vector<ocr::Word> value;
  const Segment* segment = &row.segments[segmentIndex];
  ocr::Word first = segment->words[wordIndex];
  first.text = trim(first.text.substr(colonAt + 1));
  if (!first.text.empty()) value.push_back(first);
  for (size_t k = wordIndex + 1; k < segment->words.size(); ++k) value.push_back(segment->words[k]);
  // ": value" as its own segment after the key's segment: the value is the rest of it; a
  // value that starts in the next segment (colon alone) is that segment.
  if (value.empty() && segmentIndex + 1 < row.segments.size())
    value = row.segments[segmentIndex + 1].words;
  return value;
}

// A holder's name, post, unit or reason goes on past a gap of up to this many row heights:
// a faded or photographed page shows wide gaps inside a value ("Subbagian    Umum dan"),
// and its list has no second column (a header's date or addressee stands further off).
constexpr int kValueGapHeights = 3;

void extendOverNarrowGaps(const Row& row, const std::string& field, std::vector<ocr::Word>& value) {
  if (value.empty() ||
      (field != "name" && field != "position" && field != "unit" && field != "reason"))
    return;
  int end = value.back().box.x1;
  for (const auto& segment : row.segments) {
    if (segment.box.x0 <= end) continue;
    if (segment.box.x0 - end > kValueGapHeights * std::max(row.height, 10)) break;
    value.insert(value.end(), segment.words.begin(), segment.words.end());
    end = segment.box.x1;
  }
}

// Digits that make most of an identity number (NIK 16, NIP 18): a value holding fewer is
// no number yet.
constexpr size_t kMostOfANumber = 14;

size_t digitsIn(const std::string& text) {
  return static_cast<size_t>(
      std::count_if(text.begin(), text.end(), [](char ch) { return ch >= '0' && ch <= '9'; }));
}

size_t digitsIn(const std::vector<ocr::Word>& words) {
  size_t count = 0;
  for (const auto& word : words) count += digitsIn(word.text);
  return count;
}

// "NIP:  4,  \u2014.  4197408132007031006": specks after the colon stand apart from the number
// in segments of their own. A value without most of a number's digits takes the rest of
// the row (the identity normaliser leaves the specks out).
void extendToNumber(const Row& row, std::vector<ocr::Word>& value) {
  if (value.empty() || digitsIn(value) >= kMostOfANumber) return;
  std::vector<ocr::Word> rest;
  for (const auto& segment : row.segments)
    for (const auto& word : segment.words)
      if (word.box.x0 > value.back().box.x0) rest.push_back(word);
  if (digitsIn(rest) < kMostOfANumber) return;
  value.insert(value.end(), rest.begin(), rest.end());
}

// "1.", "12", "a)": a list's number.
bool isListNumber(std::string_view text) {
  const std::string core = trim(text, ".)");
  return !core.empty() && core.size() <= 2 &&
         (std::all_of(core.begin(), core.end(),
                      [](char ch) { return std::isdigit(static_cast<unsigned char>(ch)); }) ||
          (core.size() == 1 && std::islower(static_cast<unsigned char>(core[0]))));
}

// A segment that is a list's number alone.
bool isEnumerator(const Segment& segment) {
  return segment.words.size() == 1 && isListNumber(segment.words[0].text);
}

// A lone mark or digit OCR found before a wrapped line ("6  Elektronik"): a speck.
bool isSpeck(const ocr::Word& word) {
  return word.text.size() == 1 && !std::isalpha(static_cast<unsigned char>(word.text[0]));
}

// Wrapped values: aligned rows below, nothing in the key column, no label of their own.
void takeWrappedRows(const std::vector<Row>& rows, const Vocabulary& vocabulary, KeyValue& kv) {
  const size_t index = kv.row;
  const Row& row = rows[index];
  const int valueX0 = kv.valueWords.front().box.x0;
  for (size_t next = index + 1; wraps(kv.field) && next < rows.size() && next <= index + 3;
       ++next) {
    const Row& below = rows[next];
    const Row& above = rows[kv.lastRow];
    if (below.page != row.page || below.segments.empty()) break;
    const int tolerance = std::max(row.height, 10) * 3 / 2;
    size_t s = 0;
    if (below.segments.size() > 1 && below.segments[0].words.size() == 1 &&
        isSpeck(below.segments[0].words[0]))
      s = 1;
    const Segment& first = below.segments[s];
    std::vector<ocr::Word> words = first.words;
    while (words.size() > 1 && isSpeck(words.front())) words.erase(words.begin());
    if (std::abs(words.front().box.x0 - valueX0) > tolerance) break;
    if (below.box.y0 - above.box.y1 > row.height * 6 / 5) break;
    if (colonIn(first.text) != std::string::npos || isStopRow(below, vocabulary)) break;
    if (!vocabulary.labelPrefix(first.folded, nullptr).empty() && first.folded.size() <= 3) break;
    kv.valueWords.insert(kv.valueWords.end(), words.begin(), words.end());
    kv.lastRow = next;
  }
}

// "NIP 19790102 201101 1 006" where OCR lost the colon (or the letter printed none):
// only for labels whose values prove themselves (identity numbers, e-mail addresses).
// "Nomor    "559/452/..." or "Keterangan   - Akun disalahgunakan": the colon read as
// another mark or lost, but the label stands alone in its segment with the value in the
// next one (and that value is no label itself: a table header is no key-value row).
std::optional<KeyValue> labelSegmentThenValue(const std::vector<Row>& rows, size_t index,
                                              const Vocabulary& vocabulary) {
  const Row& row = rows[index];
  // "2.  Nama  ...": an enumerator in a segment of its own before the label.
  const size_t label = row.segments.size() > 2 && isEnumerator(row.segments[0]) ? 1 : 0;
  if (row.segments.size() < label + 2) return std::nullopt;
  const Segment& key = row.segments[label];
  const std::string field = vocabulary.labelField(key.folded);
  if (field.empty() || field == "row") return std::nullopt;
  // The colon read as a mark of its own ("NIP  *  1990...", a character, or a scrap the
  // engine all but rejected, "NIP  bo  1197..."): the value is what follows it.
  size_t at = label + 1;
  const auto markForColon = [](const Segment& segment) {
    return std::all_of(segment.words.begin(), segment.words.end(), [](const ocr::Word& word) {
      return !hasAlnum(word.text) || isRejectedScrap(word) || foldedLetters(word.text).size() <= 1;
    });
  };
  while (row.segments.size() > at + 1 && at < label + 3 && markForColon(row.segments[at])) ++at;
  std::vector<ocr::Word> value = row.segments[at].words;
  if (!vocabulary.labelField(row.segments[at].folded).empty()) return std::nullopt;
  value.front().text = withoutLeadingMarks(value.front().text);
  // The colon read as another mark ("NIK  + 7606..."): a word with no letter or digit, or
  // before a number or address a speck the engine all but rejected ("NIP  ot 1970...").
  while (!value.empty() &&
         (!hasAlnum(value.front().text) ||
          (value.size() > 1 && provesItself(field) && isRejectedScrap(value.front())) ||
          (value.size() > 1 && isColonScrap(value.front()))))
    value.erase(value.begin());
  if (value.empty()) return std::nullopt;
  extendOverNarrowGaps(row, field, value);
  KeyValue kv;
  kv.field = field;
  kv.key = key.text;
  kv.row = kv.lastRow = index;
  kv.valueWords = value;
  takeWrappedRows(rows, vocabulary, kv);
  kv.value = valueField(field, kv.valueWords, row.page);
  kv.value.confidence *= 0.8;
  return kv;
}

// Where the value begins on a "Label : value" row with a real colon after a known label:
// the word after the colon, or the colon's own word when the value is glued on
// (":bburhanuddin@...").
std::optional<int> colonValueX(const Row& row, const Vocabulary& vocabulary) {
  const auto words = row.words();
  std::string key;
  for (size_t k = 0; k < words.size(); ++k) {
    const size_t colon = colonIn(words[k].text);
    if (colon == std::string::npos) {
      key += words[k].text + " ";
      continue;
    }
    key += words[k].text.substr(0, colon);
    if (vocabulary.labelField(foldedWords(key)).empty()) return std::nullopt;
    if (colon + 1 < words[k].text.size()) return words[k].box.x0;
    if (k + 1 < words.size()) return words[k + 1].box.x0;
    return std::nullopt;
  }
  return std::nullopt;
}

// "Nama Lengkap   Burhanuddin": the colon lost, but the value stands where the values of
// the list's rows around it begin, well right of the label. Up to two scraps of one
// character before it are the colon misread ("Unit Kerja  2. Bidang Umum"); a word of two
// is another label's ("No. HP"). The index of the value's first
// word in `words` (the label ends before `after`), or nothing.
std::optional<size_t> valueInListColumn(const std::vector<Row>& rows, size_t index,
                                        const std::vector<ocr::Word>& words, size_t after,
                                        const Vocabulary& vocabulary) {
  // Every list row around gives the column: a speck read after one row's colon ("NIP:
  // 4, 1974...") must not hide where the others' values begin.
  // The list is the run of rows around without a wide gap: the signature's "NIP : ..."
  // four lines below a title ("Gama Racukiki Barat,", Camat misread) is no list row.
  std::vector<int> columns;
  for (const int step : {-1, 1}) {
    size_t previous = index;
    for (size_t distance = 1; distance <= kListRowsAround; ++distance) {
      const size_t other = index + static_cast<size_t>(step) * distance;
      if (other >= rows.size() || rows[other].page != rows[index].page) break;
      const Row& upper = step < 0 ? rows[other] : rows[previous];
      const Row& lower = step < 0 ? rows[previous] : rows[other];
      if (lower.box.y0 - upper.box.y1 > 3 * std::max(upper.height, lower.height)) break;
      if (const auto x = colonValueX(rows[other], vocabulary)) columns.push_back(*x);
      previous = other;
    }
  }
  if (columns.empty() || after == 0) return std::nullopt;
  const int rightmost = *std::max_element(columns.begin(), columns.end());
  const int tolerance = std::max(rows[index].height, 10);
  for (size_t v = after, scraps = 0; v < words.size() && scraps <= 2; ++v) {
    // Where the colon stood: a gap of half a line or more after the label.
    const bool inColumn = std::any_of(columns.begin(), columns.end(), [&](int column) {
      return std::abs(words[v].box.x0 - column) <= tolerance;
    });
    if (inColumn)
      return words[v].box.x0 - words[after - 1].box.x1 >= tolerance / 2 ? std::optional(v)
                                                                        : std::nullopt;
    if (isRejectedScrap(words[v])) continue;  // a speck, not a word
    if (foldedLetters(words[v].text).size() > 1 || words[v].box.x0 > rightmost) return std::nullopt;
    ++scraps;
  }
  return std::nullopt;
}

// A row's key (words [keyBegin, keyEnd)) and value words (from valueBegin) for `field`.
KeyValue keyAndValueWords(const std::string& field, size_t index,
                          const std::vector<ocr::Word>& words, size_t keyBegin, size_t keyEnd,
                          size_t valueBegin) {
  KeyValue kv;
  kv.field = field;
  kv.row = kv.lastRow = index;
  for (size_t k = keyBegin; k < keyEnd; ++k) kv.key += words[k].text + " ";
  kv.key = trim(kv.key);
  kv.valueWords.assign(words.begin() + static_cast<long>(valueBegin), words.end());
  return kv;
}

std::optional<KeyValue> colonless(const std::vector<Row>& rows, size_t index,
                                  const Vocabulary& vocabulary) {
  if (auto kv = labelSegmentThenValue(rows, index, vocabulary)) return kv;
  const Row& row = rows[index];
  std::vector<ocr::Word> words = row.words();
  size_t skip = 0;
  if (!words.empty() && words[0].text.size() <= 3 &&
      std::isdigit(static_cast<unsigned char>(words[0].text[0])))
    skip = 1;  // "1." enumerator
  // Specks in the margin before the label that the engine all but rejected ("we . Nama").
  while (skip < words.size() && skip < 2 && isRejectedScrap(words[skip])) ++skip;
  std::vector<std::string> folded;
  for (size_t w = skip; w < words.size(); ++w)
    for (auto& part : foldedWords(words[w].text)) folded.push_back(part);
  size_t length = 0;
  const std::string field = vocabulary.labelPrefix(folded, &length);
  if (field.empty() || field == "row") return std::nullopt;
  // Value words: after the OCR words that hold the label's folded words.
  size_t taken = 0, w = skip;
  for (; w < words.size() && taken < length; ++w) taken += foldedWords(words[w].text).size();
  // "No. KTP/NIK", "Pangkat/Gol.": two labels joined by a slash, the first one the field's;
  // the key runs to the end of the joined word.
  const bool slashJoined = taken > length && words[w - 1].text.find('/') != std::string::npos;
  if ((taken != length && !slashJoined) || w >= words.size()) return std::nullopt;
  if (!provesItself(field)) {
    // "Nama Lengkap “4 Sitti Rahmah": other values need their colon, be it misread as a
    // short unsure mark or a short word the engine all but rejected ("Perihal vat
    // Permohonan ..."), or lost with the value standing in the list's value column.
    const ocr::Word& colon = words[w];
    const bool markForColon =
        w + 1 < words.size() && ((foldedLetters(colon.text).size() <= 1 &&
                                  colon.confidence < 0.5f && hasMark(colon.text)) ||
                                 isColonScrap(colon));
    const size_t valueBegin =
        markForColon ? w + 1
                     : valueInListColumn(rows, index, words, w, vocabulary).value_or(words.size());
    if (valueBegin >= words.size()) return std::nullopt;
    KeyValue kv = keyAndValueWords(field, index, words, skip, w, valueBegin);
    kv.valueWords.front().text = withoutLeadingMarks(kv.valueWords.front().text);
    // Up to the next wide gap, as after a colon: a two-column header's right column
    // ("Kepada Yth. ...") is no part of the subject.
    const int valueStart = kv.valueWords.front().box.x0;
    for (const auto& segment : row.segments) {
      if (valueStart < segment.box.x0 || valueStart >= segment.box.x1) continue;
      std::erase_if(kv.valueWords,
                    [&](const ocr::Word& word) { return word.box.x0 >= segment.box.x1; });
    }
    extendOverNarrowGaps(row, field, kv.valueWords);
    takeWrappedRows(rows, vocabulary, kv);
    kv.value = valueField(field, kv.valueWords, row.page);
    kv.value.confidence *= 0.8;
    return kv;
  }
  // The colon read as another mark ("NIP * 1990...", "E-mail “ arifin@...", "NIP ot
  // 1990..."): a word without a letter or digit, or a speck, is no part of the value.
  while (w + 1 < words.size() && (!hasAlnum(words[w].text) || isRejectedScrap(words[w]))) ++w;
  if (w < words.size() && !hasAlnum(words[w].text)) ++w;
  if (w >= words.size()) return std::nullopt;
  KeyValue kv = keyAndValueWords(field, index, words, skip, w, w);
  kv.value = valueField(field, kv.valueWords, row.page);
  const std::string& value = kv.value.value;
  const bool proves =
      field == "email" ? value.find('@') != std::string::npos : digitsIn(value) >= kMostOfANumber;
  if (!proves) return std::nullopt;
  return kv;
}

}  // namespace

bool isStopRow(const Row& row, const Vocabulary& vocabulary) {
  return Vocabulary::anyPhrase(row.folded(), vocabulary.stops, true);
}

std::optional<KeyValue> keyValue(const std::vector<Row>& rows, size_t index,
                                 const Vocabulary& vocabulary) {
  const Row& row = rows[index];
  // Find the first colon; the key is everything before it in the row.
  std::vector<ocr::Word> keyWords;
  for (size_t s = 0; s < row.segments.size(); ++s) {
    const auto& words = row.segments[s].words;
    for (size_t w = 0; w < words.size(); ++w) {
      const size_t colon = colonIn(words[w].text);
      if (colon == std::string::npos) {
        keyWords.push_back(words[w]);
        continue;
      }
      std::string keyPart = words[w].text.substr(0, colon);
      std::string keyText;
      for (const auto& key : keyWords) keyText += key.text + " ";
      keyText += keyPart;
      const auto keyFolded = foldedWords(keyText);
      // ": Perihal : ...": a speck read as a colon before the key; the next colon counts.
      if (keyFolded.empty() && keyWords.empty() && colon + 1 >= words[w].text.size()) continue;
      // "i;  Nama Lengkap : ...": a list's number with its dot misread, before the label.
      if (keyWords.empty() && colon + 1 == words[w].text.size() && isListNumber(keyPart) &&
          (w + 1 < words.size() || s + 1 < row.segments.size()))
        continue;
      // A row with no label before its first colon may still open with a label whose own
      // colon was misread ("Perihal \u00a9. Permohonan ... Kabupaten Mamuju:").
      if (keyFolded.empty() || keyFolded.size() > 6) return colonless(rows, index, vocabulary);
      KeyValue kv;
      kv.key = trim(keyText);
      kv.field = vocabulary.labelField(keyFolded);
      if (kv.field.empty() && s > 0) {
        // The key is the segment just before the colon (an enumerator may sit further left).
        kv.field = vocabulary.labelField(foldedWords(
            words[w].text.substr(0, colon).empty() ? row.segments[s - 1].text : keyText));
      }
      if (kv.field.empty()) kv.field = vocabulary.combinedLabelField(kv.key);
      if (kv.field.empty()) kv.field = vocabulary.identitySuffixField(keyFolded);
      if (kv.field.empty()) kv.field = labelBeforeScraps(keyFolded, vocabulary);
      if (kv.field.empty()) kv.field = labelAfterScraps(keyWords, keyPart, vocabulary);
      if (kv.field.empty()) kv.field = labelBeforeUnsureWords(keyWords, keyPart, vocabulary);
      // "No. (Nama {NIP : Jabatan Unit Kerja": a table's header with a cell border read as
      // a colon, labels on both sides of it.
      if (labelCount(keyFolded, vocabulary) >= 2) {
        const std::string text = row.text();
        if (labelCount(foldedWords(text.substr(text.find(':') + 1)), vocabulary) >= 1)
          return std::nullopt;
      }
      if (kv.field.empty()) {
        if (auto labelled = colonless(rows, index, vocabulary)) return labelled;
      }
      kv.valueWords = valueAfterColon(row, s, w, colon);
      if (kv.field == "nip" || kv.field == "nik") extendToNumber(row, kv.valueWords);
      extendOverNarrowGaps(row, kv.field, kv.valueWords);
      kv.row = kv.lastRow = index;
      if (kv.valueWords.empty()) {
        kv.value.page = row.page;
        return kv;
      }
      takeWrappedRows(rows, vocabulary, kv);
      kv.value = valueField(kv.field, kv.valueWords, row.page);
      return kv;
    }
  }
  return colonless(rows, index, vocabulary);
}

std::optional<KeyValue> unlabelledValue(const std::vector<Row>& rows, size_t index,
                                        const Vocabulary& vocabulary) {
  const Row& row = rows[index];
  if (row.segments.empty()) return std::nullopt;
  std::vector<ocr::Word> words = row.segments.front().words;
  if (words.empty() || colonIn(words.front().text) != 0) return std::nullopt;
  words.front().text = trim(words.front().text.substr(1));
  if (words.front().text.empty()) words.erase(words.begin());
  if (words.empty()) return std::nullopt;
  KeyValue kv;
  kv.row = kv.lastRow = index;
  kv.valueWords = std::move(words);
  takeWrappedRows(rows, vocabulary, kv);
  kv.value = fieldFrom(kv.valueWords, row.page);
  kv.value.confidence *= 0.8;
  return kv;
}

}  // namespace cabut::extract
