#include "extract/rows.h"

#include <algorithm>
#include <cctype>
#include <optional>

#include "extract/text_fold.h"

namespace cabut::extract {

Segment makeSegment(std::vector<ocr::Word> words) {
  Segment segment;
  segment.words = std::move(words);
  for (const auto& word : segment.words) {
    segment.box = unite(segment.box, word.box);
    if (!segment.text.empty()) segment.text += ' ';
    segment.text += word.text;
  }
  segment.folded = foldedWords(segment.text);
  return segment;
}

std::vector<ocr::Word> Row::words() const {
  std::vector<ocr::Word> all;
  for (const auto& segment : segments)
    all.insert(all.end(), segment.words.begin(), segment.words.end());
  return all;
}

std::string Row::text() const {
  std::string text;
  for (const auto& segment : segments) {
    if (!text.empty()) text += '\t';
    text += segment.text;
  }
  return text;
}

std::vector<std::string> Row::folded() const {
  std::vector<std::string> all;
  for (const auto& segment : segments)
    all.insert(all.end(), segment.folded.begin(), segment.folded.end());
  return all;
}

Field fieldFrom(const std::vector<ocr::Word>& words, int page) {
  Field field;
  double confidence = 0;
  for (const auto& word : words) {
    if (!field.value.empty()) field.value += ' ';
    field.value += word.text;
    field.box = unite(field.box, word.box);
    confidence += word.confidence;
  }
  field.confidence = words.empty() ? 0.0 : confidence / static_cast<double>(words.size());
  field.page = page;
  return field;
}

namespace {

// An address that already ends in a whole top-level domain ("...@palukota.go.id"): what
// the cell holds after it (a speck, the next cell's word bleeding in) is not part of it.
bool endsInTopLevelDomain(const std::string& text) {
  if (text.find('@') == std::string::npos) return false;
  std::string tail = trim(text, ".,;:'\"");
  std::transform(tail.begin(), tail.end(), tail.begin(), [](char ch) {
    return static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  });
  return tail.ends_with(".id") || tail.ends_with(".com") || tail.ends_with(".net") ||
         tail.ends_with(".org");
}

}  // namespace

Field emailFieldFrom(const std::vector<ocr::Word>& words, int page) {
  if (words.size() < 2) return fieldFrom(words, page);
  const auto alnum = [](char ch) { return std::isalnum(static_cast<unsigned char>(ch)) != 0; };
  // A capitalised word on a later line ("Ahli" of "Pranata Komputer Ahli Pertama") is the
  // next cell's, wrapped into this one's column: addresses are written in lower case.
  const auto capitalisedWord = [](const std::string& word) {
    return word.size() >= 2 && std::isupper(static_cast<unsigned char>(word[0])) &&
           std::all_of(word.begin() + 1, word.end(),
                       [](char ch) { return std::islower(static_cast<unsigned char>(ch)); });
  };
  std::vector<ocr::Word> kept = {words.front()};
  std::string text = words.front().text;
  for (size_t k = 1; k < words.size(); ++k) {
    if (endsInTopLevelDomain(text) && !words[k].text.starts_with(".")) break;
    const ocr::Box& a = kept.back().box;
    const ocr::Box& b = words[k].box;
    const int overlap = std::min(a.y1, b.y1) - std::max(a.y0, b.y0);
    const bool sameLine = overlap * 2 > std::min(a.y1 - a.y0, b.y1 - b.y0) && b.x0 >= a.x1;
    const std::string& next = words[k].text;
    if (!sameLine && capitalisedWord(next)) continue;
    const bool inDomain = text.find('@') != std::string::npos && !text.empty() &&
                          alnum(text.back()) && !next.empty() && alnum(next.front());
    text += sameLine && inDomain ? "." : " ";
    text += next;
    kept.push_back(words[k]);
  }
  Field field = fieldFrom(kept, page);
  field.value = text;
  return field;
}

bool isBalineseName(std::string_view text, const std::vector<std::string>& names) {
  return std::find(names.begin(), names.end(), fold(trim(text, ",."))) != names.end();
}

namespace {

// Table rules and box edges read as "|", "[" or "_": not text. A rule glued to a word
// ("|Ismail") is cut off.
bool cleanWord(ocr::Word& word) {
  word.text = trim(word.text, "|[]{}_");
  const std::string_view text = word.text;
  if (text.empty()) return false;
  if (text == "\u2014" || text == "\u2015" || text == "\u2502") return false;  // — ― │
  return true;
}

int medianHeight(const std::vector<ocr::Word>& words) {
  std::vector<int> heights;
  for (const auto& word : words) heights.push_back(word.box.y1 - word.box.y0);
  if (heights.empty()) return 1;
  std::nth_element(heights.begin(), heights.begin() + heights.size() / 2, heights.end());
  return std::max(1, heights[heights.size() / 2]);
}

struct Band {
  ocr::Box box;
  std::vector<ocr::Word> words;
};

// Two bands are one visual row when each one's vertical centre lies inside the other.
bool sameRow(const Band& a, const ocr::Box& b) {
  const int centreA = (a.box.y0 + a.box.y1) / 2, centreB = (b.y0 + b.y1) / 2;
  return centreA >= b.y0 && centreA <= b.y1 && centreB >= a.box.y0 && centreB <= a.box.y1;
}

Row rowFrom(Band band, const ocr::PageText& page) {
  Row row;
  row.page = page.number;
  row.pageWidth = page.width;
  row.pageHeight = page.height;
  row.box = band.box;
  std::sort(band.words.begin(), band.words.end(),
            [](const ocr::Word& a, const ocr::Word& b) { return a.box.x0 < b.box.x0; });
  row.height = medianHeight(band.words);
  // A gap wider than about two spaces of justified text separates segments.
  const int gapLimit = std::max(8, row.height * 6 / 5);
  std::vector<ocr::Word> current;
  for (auto& word : band.words) {
    if (!current.empty() && word.box.x0 - current.back().box.x1 > gapLimit) {
      row.segments.push_back(makeSegment(std::move(current)));
      current.clear();
    }
    current.push_back(std::move(word));
  }
  if (!current.empty()) row.segments.push_back(makeSegment(std::move(current)));
  return row;
}

// "200903 | 001": a bar between a NIP's six-digit appointment group and its three-digit
// serial is its gender digit one, not a rule. (Between other numbers it may well be a
// table's rule: "... 1 090 | 7606...".)
bool barIsNipDigit(const std::vector<ocr::Word>& words, size_t k) {
  auto digits = [](const std::string& text, size_t count) {
    return text.size() == count && std::all_of(text.begin(), text.end(), [](char ch) {
             return std::isdigit(static_cast<unsigned char>(ch)) != 0;
           });
  };
  return words[k].text == "|" && k > 0 && k + 1 < words.size() && digits(words[k - 1].text, 6) &&
         digits(words[k + 1].text, 3);
}

// "Mamuju, | Maret 2024": a stroke between a place and its date's month and year is the
// day 1, not a rule.
bool barIsDayOne(const std::vector<ocr::Word>& words, size_t k) {
  if (k == 0 || k + 2 >= words.size() || (words[k].text != "|" && words[k].text != "]"))
    return false;
  const std::string& month = words[k + 1].text;
  const std::string& year = words[k + 2].text;
  return words[k - 1].text.ends_with(',') && !month.empty() &&
         std::isalpha(static_cast<unsigned char>(month[0])) && year.size() >= 4 &&
         (year.starts_with("19") || year.starts_with("20"));
}

// A Balinese name's lone "I" before a birth-order name ("I Nyoman") that OCR read as the
// cell's rule ("| Nyoman", "|| Made"): strokes only, then the name.
bool barIsBalineseI(const std::vector<ocr::Word>& words, size_t k,
                    const std::vector<std::string>& names) {
  return k + 1 < words.size() && !words[k].text.empty() &&
         words[k].text.find_first_not_of("|[]!lI1") == std::string::npos &&
         isBalineseName(words[k + 1].text, names);
}

// "3 | Budi", "3 I Budi": between a table's row number and a name that is no Balinese
// birth-order name, strokes are the cell's rule, not a Balinese "I".
bool barIsCellRule(const std::vector<ocr::Word>& words, size_t k,
                   const std::vector<std::string>& names) {
  if (k == 0 || k + 1 >= words.size() || words[k].text.empty() ||
      words[k].text.find_first_not_of("|[]!lI1") != std::string::npos)
    return false;
  const std::string& number = words[k - 1].text;
  const std::string& name = words[k + 1].text;
  const bool rowNumber = !number.empty() && number.size() <= 3 &&
                         std::all_of(number.begin(), number.end(), [](char ch) {
                           return std::isdigit(static_cast<unsigned char>(ch)) != 0 || ch == '.';
                         });
  return rowNumber && name.size() >= 3 && std::isupper(static_cast<unsigned char>(name[0])) &&
         std::islower(static_cast<unsigned char>(name[1])) && !isBalineseName(name, names);
}

// The same "I" glued to the name ("IWayan", "|IWayan"): cut off as a word of its own, so
// it is not taken for a rule glued to a name ("IDwi").
std::optional<ocr::Word> gluedBalineseI(ocr::Word& word, const std::vector<std::string>& names) {
  const std::string text = trim(word.text, "|[]");
  if (text.size() < 5 || text[0] != 'I' || !isBalineseName(text.substr(1), names))
    return std::nullopt;
  ocr::Word letter{std::string(1, 'I'), word.confidence, word.box};
  const int width = (word.box.x1 - word.box.x0) / static_cast<int>(text.size());
  letter.box.x1 = word.box.x0 + width;
  word.text = text.substr(1);
  word.box.x0 = letter.box.x1 + 1;
  return letter;
}

}  // namespace

std::vector<Row> pageRows(const ocr::PageText& page,
                          const std::vector<std::string>& balineseNames) {
  std::vector<Band> lines;
  for (const auto& line : page.lines) {
    Band band;
    for (size_t k = 0; k < line.words.size(); ++k) {
      ocr::Word word = line.words[k];
      if (barIsNipDigit(line.words, k) || barIsDayOne(line.words, k)) word.text.assign(1, '1');
      if (barIsBalineseI(line.words, k, balineseNames)) word.text.assign(1, 'I');
      if (barIsCellRule(line.words, k, balineseNames)) continue;
      if (auto letter = gluedBalineseI(word, balineseNames)) {
        band.box = unite(band.box, letter->box);
        band.words.push_back(*letter);
      }
      if (!cleanWord(word)) continue;
      band.box = unite(band.box, word.box);
      band.words.push_back(word);
    }
    if (!band.words.empty()) lines.push_back(std::move(band));
  }
  std::sort(lines.begin(), lines.end(),
            [](const Band& a, const Band& b) { return a.box.y0 + a.box.y1 < b.box.y0 + b.box.y1; });
  std::vector<Band> bands;
  for (auto& line : lines) {
    // Join with an earlier band of the same row when their words do not overlap sideways.
    Band* target = nullptr;
    for (auto it = bands.rbegin(); it != bands.rend() && it - bands.rbegin() < 4; ++it) {
      if (!sameRow(*it, line.box)) continue;
      // Word by word: OCR may split one visual row into lines whose words alternate
      // (cells of a table row), so their boxes overlap while their words do not.
      const bool overlaps =
          std::any_of(it->words.begin(), it->words.end(), [&](const ocr::Word& w) {
            return std::any_of(line.words.begin(), line.words.end(), [&](const ocr::Word& v) {
              return w.box.x0 < v.box.x1 && v.box.x0 < w.box.x1;
            });
          });
      if (!overlaps) target = &*it;
      break;
    }
    if (target) {
      target->box = unite(target->box, line.box);
      target->words.insert(target->words.end(), line.words.begin(), line.words.end());
    } else {
      bands.push_back(std::move(line));
    }
  }
  std::vector<Row> rows;
  for (auto& band : bands) rows.push_back(rowFrom(std::move(band), page));
  return rows;
}

}  // namespace cabut::extract
