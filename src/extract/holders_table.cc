// Holders listed in a table: a header row naming the columns (No, Nama, NIP, NIK, Jabatan,
// Email, Alasan...), then rows whose words are put in columns by their x position. Rows may
// wrap to several lines; a table may go on over the next page.
#include <algorithm>
#include <cctype>
#include <set>

#include "extract/letter_parts.h"
#include "extract/text_fold.h"
#include "extract/values.h"

namespace cabut::extract {
namespace {

bool isColumnField(const std::string& field) {
  return field == "row" || field == "number" || field == "name" || field == "nip" ||
         field == "nik" || field == "email" || field == "position" || field == "unit" ||
         field == "reason" || field == "rank";
}

struct Column {
  std::string field;
  ocr::Box box;
};

// A word cut out of `word`: characters [from, to) of its text, its box in proportion.
ocr::Word piece(const ocr::Word& word, size_t from, size_t to) {
  ocr::Word part = word;
  part.text = word.text.substr(from, to - from);
  const double width = static_cast<double>(word.box.x1 - word.box.x0) /
                       static_cast<double>(std::max<size_t>(1, word.text.size()));
  part.box.x0 = word.box.x0 + static_cast<int>(width * static_cast<double>(from));
  part.box.x1 = word.box.x0 + static_cast<int>(width * static_cast<double>(to));
  return part;
}

// Marks OCR reads beside header words: cell borders and specks.
constexpr const char* kSpecks = ".,;:|!'\"()[]{}_-~";

// Narrow header cells in small type run together in OCR ("NIPNIKJabatanUnit"): a word
// that is a concatenation of label words is cut into them.
std::vector<ocr::Word> splitGluedLabels(const std::vector<ocr::Word>& words,
                                        const Vocabulary& vocabulary) {
  std::set<std::string> known;
  for (const auto& label : vocabulary.labels) known.insert(label.words.begin(), label.words.end());
  std::vector<ocr::Word> out;
  for (const auto& word : words) {
    // Specks around the word ("UnitKerja..") are no part of it.
    const size_t begin = word.text.find_first_not_of(kSpecks);
    const size_t last = word.text.find_last_not_of(kSpecks);
    if (begin == std::string::npos) {
      out.push_back(word);
      continue;
    }
    const std::string text = word.text.substr(begin, last + 1 - begin);
    const bool plain = std::all_of(text.begin(), text.end(), [](char ch) {
      return std::isalpha(static_cast<unsigned char>(ch));
    });
    const std::string folded = fold(text);
    if (!plain || folded.size() < 5 || folded.size() != text.size() || known.contains(folded)) {
      out.push_back(word);
      continue;
    }
    // cuts[i]: where a split of folded[0, i) into known words ends its last piece, or -1.
    std::vector<int> cuts(folded.size() + 1, -1);
    cuts[0] = 0;
    for (size_t end = 1; end <= folded.size(); ++end)
      for (size_t start = 0; start < end && cuts[end] < 0; ++start)
        if (cuts[start] >= 0 && end - start >= 2 &&
            known.contains(folded.substr(start, end - start)))
          cuts[end] = static_cast<int>(start);
    if (cuts[folded.size()] <= 0) {
      out.push_back(word);
      continue;
    }
    std::vector<std::pair<size_t, size_t>> pieces;
    for (size_t end = folded.size(); end > 0; end = static_cast<size_t>(cuts[end]))
      pieces.emplace_back(static_cast<size_t>(cuts[end]), end);
    for (auto it = pieces.rbegin(); it != pieces.rend(); ++it)
      out.push_back(piece(word, begin + it->first, begin + it->second));
  }
  return out;
}

// "1Ni", "2Mustari,": a row number run into the first cell.
std::vector<ocr::Word> splitLeadingNumber(std::vector<ocr::Word> words) {
  if (words.empty()) return words;
  const std::string& text = words.front().text;
  size_t digits = 0;
  while (digits < text.size() && std::isdigit(static_cast<unsigned char>(text[digits]))) ++digits;
  size_t letter = digits;
  if (letter < text.size() && text[letter] == '.') ++letter;
  if (digits == 0 || digits > 3 || letter >= text.size() ||
      (!std::isupper(static_cast<unsigned char>(text[letter])) && text[letter] != '('))
    return words;
  const ocr::Word glued = words.front();
  words.front() = piece(glued, 0, letter);
  words.insert(words.begin() + 1, piece(glued, letter, glued.text.size()));
  return words;
}

// "187|Perawat": a cell's rule read glued between the end of one cell and the start of the
// next; the word is cut at the rule, which goes.
std::vector<ocr::Word> splitAtRules(const std::vector<ocr::Word>& words) {
  std::vector<ocr::Word> out;
  for (const auto& word : words) {
    const std::string& text = word.text;
    const size_t bar = text.find('|');
    const bool inside = bar != std::string::npos && bar > 0 && bar + 1 < text.size() &&
                        std::isalnum(static_cast<unsigned char>(text[bar - 1])) &&
                        std::isalnum(static_cast<unsigned char>(text[bar + 1]));
    if (!inside) {
      out.push_back(word);
      continue;
    }
    out.push_back(piece(word, 0, bar));
    for (auto& rest : splitAtRules({piece(word, bar + 1, text.size())})) out.push_back(rest);
  }
  return out;
}

// The columns a header row names, left to right; empty when it is no table header.
std::vector<Column> headerColumns(const Row& row, const Vocabulary& vocabulary) {
  std::vector<Column> columns;
  const auto words = splitGluedLabels(row.words(), vocabulary);
  if (words.size() > 16) return {};
  std::vector<std::string> folded;
  std::vector<size_t> owner;  // folded word -> OCR word
  for (size_t w = 0; w < words.size(); ++w) {
    // "Nama : Siti" is a list row, not a header; a colon alone between two header words
    // is a cell border misread, and so is one after the last header word ("E-mail:"),
    // where no value follows.
    if (words[w].text.find(':') != std::string::npos && hasAlnum(words[w].text) &&
        w + 1 < words.size()) {
      // ... unless another label follows it ("NIP  NIK:  Jabatan"): a border misread.
      std::vector<std::string> after;
      for (size_t k = w + 1; k < words.size(); ++k)
        for (auto& part : foldedWords(words[k].text)) after.push_back(std::move(part));
      size_t length = 0;
      if (!isColumnField(vocabulary.labelPrefix(after, &length))) return {};
    }
    for (auto& part : foldedWords(words[w].text)) {
      folded.push_back(part);
      owner.push_back(w);
    }
  }
  size_t unmatched = 0;
  for (size_t k = 0; k < folded.size();) {
    size_t length = 0;
    std::vector<std::string> rest(folded.begin() + static_cast<long>(k), folded.end());
    std::string field = vocabulary.labelPrefix(rest, &length);
    if (field.empty() || !isColumnField(field)) {
      ++unmatched;
      // An unknown header word joins the column before it ("Alasan Pencabutan" spelt oddly).
      if (!columns.empty()) columns.back().box = unite(columns.back().box, words[owner[k]].box);
      ++k;
      continue;
    }
    if (field == "number") field = "row";
    Column column{field, {}};
    for (size_t j = k; j < k + length; ++j) column.box = unite(column.box, words[owner[j]].box);
    columns.push_back(column);
    k += length;
  }
  int known = 0;
  bool hasPerson = false;
  for (const auto& column : columns) {
    if (column.field != "row") ++known;
    hasPerson = hasPerson || column.field == "name" || column.field == "nip";
  }
  if (known < 2 || !hasPerson || unmatched > columns.size()) return {};
  return columns;
}

// Digits of an NIP (of 18) a cell holds when the whole NIP stands in it: a spaced NIP may
// lose a group to the next column.
constexpr int kMostOfNip = 15;
// Below this a word of one or two letters or digits is a speck, not a cell's text.
constexpr float kSureCell = 0.5f;
// The same for an NIP and a NIK (18 + 16 digits) read on one line.
constexpr int kMostOfNipAndNik = 30;

int digitCount(const std::string& text) {
  return static_cast<int>(
      std::count_if(text.begin(), text.end(), [](char ch) { return ch >= '0' && ch <= '9'; }));
}

int alnumCount(const std::string& text) {
  return static_cast<int>(std::count_if(text.begin(), text.end(), [](char ch) {
    return std::isalnum(static_cast<unsigned char>(ch));
  }));
}

// Digits in `words` printed at the size of `height`: a speck under half of it that OCR
// read as "5" is no row number.
int printedDigits(const std::vector<ocr::Word>& words, int height) {
  int digits = 0;
  for (const auto& word : words)
    if ((word.box.y1 - word.box.y0) * 2 >= height) digits += digitCount(word.text);
  return digits;
}

// The words of `row` with a letter or digit, less the specks: words of one or two of them
// that the engine was unsure of.
std::vector<ocr::Word> wordsBeyondSpecks(const Row& row) {
  std::vector<ocr::Word> words;
  for (const auto& word : row.words()) {
    const int alnum = alnumCount(word.text);
    if (alnum > 2 || (alnum > 0 && word.confidence >= kSureCell)) words.push_back(word);
  }
  return words;
}

// Marks at the top of the next page (a punch hole, dirt, a stamp's edge) that OCR turned
// into a word or two: short and read with little confidence, above all else on the page.
// Not a cell of the last holder. (Within the table such a row may be a faint title: "S.Pd.")
bool isTopSpeckRow(const std::vector<Row>& rows, size_t index) {
  const Row& row = rows[index];
  if (index > 0 && rows[index - 1].page == row.page) return false;
  const auto words = row.words();
  return !words.empty() && std::all_of(words.begin(), words.end(), [](const ocr::Word& word) {
    return word.confidence < 0.5f && alnumCount(word.text) <= 3;
  });
}

// A line of a justified paragraph whose wide spaces cut it into one-word segments: six
// words or more, no numbers, across half the page, the spaces between them all alike (a
// table row's gaps between cells are wider than those inside a cell).
bool isJustifiedLine(const Row& row) {
  const auto words = row.words();
  if (words.size() < 6 || digitCount(row.text()) != 0 ||
      (words.back().box.x1 - words.front().box.x0) * 2 <= row.pageWidth)
    return false;
  int narrowest = row.pageWidth, widest = 0;
  for (size_t k = 1; k < words.size(); ++k) {
    const int gap = words[k].box.x0 - words[k - 1].box.x1;
    narrowest = std::min(narrowest, gap);
    widest = std::max(widest, gap);
  }
  return narrowest > 0 && widest * 2 <= narrowest * 3;
}

bool endsTable(const Row& row, const Row& previous, const Vocabulary& vocabulary,
               const std::vector<Row>& rows, size_t index) {
  if (isStopRow(row, vocabulary)) return true;
  // A paragraph of the body: one run of words, no numbers, wider than any cell.
  for (const auto& segment : row.segments)
    if (segment.words.size() >= 6 && (segment.box.x1 - segment.box.x0) * 2 > row.pageWidth &&
        digitCount(segment.text) == 0)
      return true;
  if (isJustifiedLine(row)) return true;
  if (row.page == previous.page && row.box.y0 - previous.box.y1 > 4 * std::max(row.height, 10))
    return true;
  const auto kv = keyValue(rows, index, vocabulary);
  return kv && !kv->field.empty();
}

// Column boundaries: in the space between two header centres, the widest stretch no data
// word covers (cells may be left-aligned or centred under their header).
std::vector<int> boundaries(const std::vector<Column>& columns,
                            const std::vector<ocr::Word>& words) {
  std::vector<int> heights;
  for (const auto& word : words) heights.push_back(word.box.y1 - word.box.y0);
  std::sort(heights.begin(), heights.end());
  const int wordHeight = heights.empty() ? 0 : heights[heights.size() / 2];
  std::vector<int> cuts;
  for (size_t c = 0; c + 1 < columns.size(); ++c) {
    const int from = (columns[c].box.x0 + columns[c].box.x1) / 2;
    const int to = (columns[c + 1].box.x0 + columns[c + 1].box.x1) / 2;
    std::vector<char> covered(static_cast<size_t>(std::max(0, to - from)), 0);
    for (const auto& word : words)
      for (int x = std::max(from, word.box.x0); x < std::min(to, word.box.x1); ++x)
        covered[static_cast<size_t>(x - from)] = 1;
    int bestStart = -1, bestLength = 0;
    for (int x = 0; x < to - from;) {
      if (covered[static_cast<size_t>(x)]) {
        ++x;
        continue;
      }
      int end = x;
      while (end < to - from && !covered[static_cast<size_t>(end)]) ++end;
      if (end - x > bestLength) {
        bestLength = end - x;
        bestStart = x;
      }
      x = end;
    }
    int cut = bestStart >= 0 ? from + bestStart + bestLength / 2
                             : (columns[c].box.x1 + columns[c + 1].box.x0) / 2;
    // The spaces between the words of a full column can line up down a short table while a
    // long name reaches over to the next column's edge: where the cells of the next column
    // start (left-aligned, many words begin there) with a word or so across it is the
    // boundary, when it is clearly more of an edge than the free stretch.
    const auto edgeScore = [&](int x) {
      long starting = 0, crossing = 0;
      for (const auto& word : words) {
        if (word.box.x0 >= x && word.box.x0 < x + wordHeight) ++starting;
        if (word.box.x0 < x && x < word.box.x1) ++crossing;
      }
      return starting - 3 * crossing;
    };
    const long atFreeStretch = edgeScore(cut);
    long best = atFreeStretch;
    int edge = cut;
    for (int x = from; x < to; ++x)
      if (const long score = edgeScore(x); score > best) {
        best = score;
        edge = x;
      }
    if (best >= atFreeStretch + 4) cut = edge;
    cuts.push_back(cut);
  }
  return cuts;
}

bool isDigitWord(const std::string& text) {
  const std::string core = trim(text, ".,:;");
  if (core.empty()) return false;
  const int digits = digitCount(core);
  return digits * 5 >= static_cast<int>(core.size()) * 4;
}

// A cell that opens with an NIP's first group, the holder's birth date: eight digits
// (alone, or the start of an unspaced NIP) reading as a year from 1940 to 2009, a month and
// a day. An NIP's later groups ("200712 2 004") and a NIK (a region code first) do not.
bool opensWithBirthDate(const std::vector<ocr::Word>& cell) {
  if (cell.empty()) return false;
  std::string digits;
  for (const char ch : leadingIdentityRun(trim(cell.front().text, ".,:;|"))) {
    if (ch == ' ') continue;
    if (!std::isdigit(static_cast<unsigned char>(ch))) return false;  // a look-alike, a dot
    digits += ch;
  }
  if (digits.size() != 8 && digits.size() < 18) return false;
  const int year = std::stoi(digits.substr(0, 4));
  const int month = std::stoi(digits.substr(4, 2));
  const int day = std::stoi(digits.substr(6, 2));
  return year >= 1940 && year <= 2009 && month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

// Identity numbers by their content: narrow NIP and NIK columns often leave no gap
// between them, and a spaced NIP ("19811007 200801 1 006") may straddle a column edge.
// The record's digit words, read line by line, hold 18 digits (NIP), 16 (NIK) or both.
// Words used are taken out of every cell, so they cannot end up in a position.
struct Identity {
  Field nip, nik;
};
Identity identityByContent(const std::vector<Column>& columns,
                           std::vector<std::vector<ocr::Word>>& cells, int page) {
  Identity identity;
  int nipColumn = -1, nikColumn = -1;
  for (size_t c = 0; c < columns.size(); ++c) {
    if (columns[c].field == "nip") nipColumn = static_cast<int>(c);
    if (columns[c].field == "nik") nikColumn = static_cast<int>(c);
  }
  if (nipColumn < 0 && nikColumn < 0) return identity;
  std::vector<ocr::Word> digitWords;
  for (size_t c = 0; c < columns.size(); ++c)
    if (columns[c].field != "row" && columns[c].field != "email")
      for (const auto& word : cells[c])
        // A digit or two in the name column is a speck or a misread letter ("1 Wayan" for
        // "I Wayan"), not the start of a number that spills over from the next column.
        if (isDigitWord(word.text) && (columns[c].field != "name" || digitCount(word.text) >= 3))
          digitWords.push_back(word);
  // Reading order: lines (by vertical centre), then left to right.
  std::sort(digitWords.begin(), digitWords.end(), [](const ocr::Word& a, const ocr::Word& b) {
    const int height = std::max(10, (a.box.y1 - a.box.y0 + b.box.y1 - b.box.y0) / 4);
    const int ya = (a.box.y0 + a.box.y1) / 2, yb = (b.box.y0 + b.box.y1) / 2;
    if (std::abs(ya - yb) > height) return ya < yb;
    return a.box.x0 < b.box.x0;
  });
  std::string digits;
  for (const auto& word : digitWords)
    for (char ch : word.text)
      if (ch >= '0' && ch <= '9') digits += ch;
  std::string nip, nik;
  if (digits.size() == 35) {
    // A rule or speck read as one more digit at either end: the 34 that read as a
    // plausible NIP and NIK, in either order, are the numbers.
    const auto both = [](const std::string& d) {
      const auto sure = [](const Normalised& n) { return n.confidence == 1.0; };
      return (sure(normaliseNip(d.substr(0, 18))) && sure(normaliseNik(d.substr(18)))) ||
             (sure(normaliseNik(d.substr(0, 16))) && sure(normaliseNip(d.substr(16))));
    };
    const bool withoutFirst = both(digits.substr(1)), withoutLast = both(digits.substr(0, 34));
    if (withoutFirst != withoutLast)
      digits = withoutFirst ? digits.substr(1) : digits.substr(0, 34);
  }
  if (digits.size() == 34) {
    // Both numbers (two touching columns, or one "NIP/NIK" column): the order that reads
    // as a plausible NIP wins, else the columns' order.
    const bool nipReadsFirst = normaliseNip(digits.substr(0, 18)).confidence == 1.0;
    const bool nipReadsLast = normaliseNip(digits.substr(16)).confidence == 1.0;
    const bool nipFirst = nipReadsFirst != nipReadsLast
                              ? nipReadsFirst
                              : nikColumn < 0 || (nipColumn >= 0 && nipColumn < nikColumn);
    nip = nipFirst ? digits.substr(0, 18) : digits.substr(16);
    nik = nipFirst ? digits.substr(18) : digits.substr(0, 16);
  } else if (digits.size() == 18 && nipColumn >= 0) {
    nip = digits;
  } else if (digits.size() == 16 && nikColumn >= 0 && nipColumn < 0) {
    nik = digits;
  } else {
    return identity;  // leave the columns' own reading
  }
  Field all = fieldFrom(digitWords, page);
  if (!nip.empty()) {
    identity.nip = all;
    identity.nip.value = nip;
  }
  if (!nik.empty()) {
    identity.nik = all;
    identity.nik.value = nik;
  }
  const auto consumed = [&](const ocr::Word& word) {
    return std::any_of(digitWords.begin(), digitWords.end(), [&](const ocr::Word& used) {
      return used.box.x0 == word.box.x0 && used.box.y0 == word.box.y0;
    });
  };
  for (auto& cell : cells) std::erase_if(cell, consumed);
  return identity;
}

}  // namespace

bool isTableHeader(const Row& row, const Vocabulary& vocabulary) {
  return !headerColumns(row, vocabulary).empty();
}

std::vector<Person> tableHolders(const LetterRows& letter, const Vocabulary& vocabulary,
                                 std::vector<bool>& used) {
  std::vector<Person> holders;
  const auto& rows = letter.rows;
  for (size_t h = 0; h < rows.size(); ++h) {
    if (used[h]) continue;
    const auto columns = headerColumns(rows[h], vocabulary);
    if (columns.empty()) continue;
    used[h] = true;
    // The table's rows: up to the first row that ends it. A repeated header on the next
    // page is skipped.
    std::vector<size_t> body;
    size_t end = h + 1, last = h, headerAt = h;
    for (; end < rows.size(); ++end) {
      if (isTopSpeckRow(rows, end)) continue;
      if (endsTable(rows[end], rows[last], vocabulary, rows, end)) break;
      last = end;
      if (rows[end].page != rows[h].page && !headerColumns(rows[end], vocabulary).empty()) {
        used[end] = true;
        headerAt = end;
        continue;
      }
      // A header label wrapped to a second line ("Unit" / "Kerja"): no digits, right below.
      // Specks the engine was unsure of beside it ("\Pegawai BB 3 : : a Ki") are no cells,
      // nor one digit after the label (a rule read "0"); a row opens with its number.
      const auto beyondSpecks = wordsBeyondSpecks(rows[end]);
      const int digits = printedDigits(beyondSpecks, rows[headerAt].height);
      const bool labelsOnly = digits == 0 || (digits == 1 && !beyondSpecks.empty() &&
                                              digitCount(beyondSpecks.front().text) == 0);
      if (headerAt + 1 == end && labelsOnly &&
          rows[end].box.y0 - rows[headerAt].box.y1 < rows[headerAt].height &&
          beyondSpecks.size() <= columns.size()) {
        used[end] = true;
        continue;
      }
      body.push_back(end);
    }
    std::vector<ocr::Word> words;
    for (size_t r : body) {
      const auto rowWords = rows[r].words();
      words.insert(words.end(), rowWords.begin(), rowWords.end());
    }
    const auto cuts = boundaries(columns, words);
    const auto columnOf = [&](const ocr::Word& word) {
      const int centre = (word.box.x0 + word.box.x1) / 2;
      size_t c = 0;
      while (c < cuts.size() && centre >= cuts[c]) ++c;
      return c;
    };
    const auto hasColumn = [&](const std::string& field) {
      return std::any_of(columns.begin(), columns.end(),
                         [&](const Column& column) { return column.field == field; });
    };
    // The words of a row or a record in the columns of `field`, joined by spaces.
    const auto textIn = [&](const std::vector<std::vector<ocr::Word>>& record,
                            const std::string& field) {
      std::string text;
      for (size_t c = 0; c < columns.size(); ++c)
        if (columns[c].field == field)
          for (const auto& word : record[c]) text += word.text + " ";
      return text;
    };
    std::vector<std::vector<std::vector<ocr::Word>>> records;  // record -> column -> words
    std::vector<int> recordPage;
    for (size_t r : body) {
      std::vector<std::vector<ocr::Word>> cells(columns.size());
      for (const auto& word : splitLeadingNumber(splitAtRules(rows[r].words())))
        cells[columnOf(word)].push_back(word);
      const auto cellText = [&](const std::string& field) { return textIn(cells, field); };
      bool starts;
      if (hasColumn("row")) {
        const std::string number = trim(cellText("row"), ". ");
        starts = !number.empty() && digitCount(number) == static_cast<int>(number.size()) &&
                 number.size() <= 3;
      } else if (hasColumn("nip")) {
        starts = digitCount(cellText("nip")) >= 12;
      } else {
        starts = !cellText("name").empty();
      }
      // A row without its number (cut off, or lost to a smudge) that holds a whole NIP of
      // its own starts a new holder too.
      const auto identityDigits = [&](const std::vector<std::vector<ocr::Word>>& record) {
        int count = 0;
        for (size_t c = 0; c < columns.size(); ++c)
          if (columns[c].field != "row" && columns[c].field != "email")
            for (const auto& word : record[c])
              if (isDigitWord(word.text)) count += digitCount(word.text);
        return count;
      };
      // (with a name of its own: a NIK under the NIP in one "NIP/NIK" column is no new row)
      if (!starts && !records.empty() && identityDigits(cells) >= 12 && !cellText("name").empty())
        starts = identityDigits(records.back()) >= 12;
      // Two whole NIPs are two holders: with the NIK in a column of its own, a row whose
      // NIP cell holds a whole NIP while the record's already does starts a new holder,
      // even when OCR lost the row's number and name (a column dropped as a picture).
      const auto nipDigits = [&](const std::vector<std::vector<ocr::Word>>& record) {
        return digitCount(textIn(record, "nip"));
      };
      // (A spaced NIP straddling the NIK column's edge: both numbers whole across the two.)
      if (!starts && !records.empty() && hasColumn("nik"))
        starts = (nipDigits(cells) >= kMostOfNip && nipDigits(records.back()) >= kMostOfNip) ||
                 (identityDigits(cells) >= kMostOfNipAndNik &&
                  identityDigits(records.back()) >= kMostOfNipAndNik);
      // Without a NIK column the NIP column may hold the NIK too ("NIP/NIK"): there only a
      // second NIP whose dates hold starts a new holder (a NIK has 16 digits).
      const auto plausibleNip = [&](const std::vector<std::vector<ocr::Word>>& record) {
        const auto nip = normaliseNip(textIn(record, "nip"));
        return !nip.value.empty() && nip.confidence == 1.0;
      };
      if (!starts && !records.empty() && hasColumn("nip") && !hasColumn("nik"))
        starts = plausibleNip(cells) && plausibleNip(records.back());
      // A row whose number (and name) were printed too faint to read: an NIP that opens
      // with a birth date below a record that has NIP digits already.
      const auto nipCell = [&](const std::vector<std::vector<ocr::Word>>& record) {
        for (size_t c = 0; c < columns.size(); ++c)
          if (columns[c].field == "nip") return record[c];
        return std::vector<ocr::Word>{};
      };
      if (!starts && !records.empty() && hasColumn("row") && opensWithBirthDate(nipCell(cells)))
        starts = nipDigits(records.back()) >= 6;
      // A second address in the e-mail column is the next holder's, even when the row's
      // number and NIP were lost (a smudge, a table going on over the next page).
      if (!starts && !records.empty() && hasColumn("email")) {
        const auto hasAddress = [&](const std::vector<std::vector<ocr::Word>>& record) {
          for (size_t c = 0; c < columns.size(); ++c)
            if (columns[c].field == "email")
              for (const auto& word : record[c])
                if (word.text.find('@') != std::string::npos) return true;
          return false;
        };
        starts = hasAddress(cells) && hasAddress(records.back());
      }
      if (starts || records.empty()) {
        records.push_back(std::move(cells));
        recordPage.push_back(rows[r].page);
      } else {
        for (size_t c = 0; c < columns.size(); ++c)
          records.back()[c].insert(records.back()[c].end(), cells[c].begin(), cells[c].end());
      }
      used[r] = true;
    }
    for (size_t i = 0; i < records.size(); ++i) {
      Person person;
      const Identity identity = identityByContent(columns, records[i], recordPage[i]);
      for (size_t c = 0; c < columns.size(); ++c) {
        if (records[i][c].empty() || columns[c].field == "row") continue;
        setPersonField(person, columns[c].field,
                       columns[c].field == "email" ? emailFieldFrom(records[i][c], recordPage[i])
                                                   : fieldFrom(records[i][c], recordPage[i]));
      }
      if (identity.nip.found()) setPersonField(person, "nip", identity.nip);
      if (identity.nik.found()) setPersonField(person, "nik", identity.nik);
      // A row whose name and numbers OCR lost still names its holder by the address.
      const bool addressed = person.email.value.find('@') != std::string::npos;
      if (person.name.found() || person.nip.found() || person.nik.found() || addressed)
        holders.push_back(std::move(person));
    }
    h = end > h ? end - 1 : h;
  }
  return holders;
}

}  // namespace cabut::extract
