// Splitting a file into letters: a letterhead, a letter title or a "Nomor"/"Perihal" block
// at the top of a page starts a new letter; other pages continue the letter before them.
#include "extract/letter_parts.h"
#include "extract/text_fold.h"

namespace cabut::extract {

bool startsLetter(const std::vector<Row>& rows, const Vocabulary& vocabulary) {
  if (rows.empty()) return false;
  const int pageHeight = rows.front().pageHeight > 0 ? rows.front().pageHeight : 3508;
  const int top = rows.front().box.y0;
  for (size_t i = 0; i < rows.size() && i < 14; ++i) {
    const Row& row = rows[i];
    // The head of a letter sits in the upper part of the page, within a few rows of its text.
    if (row.box.y0 > pageHeight * 2 / 5 && row.box.y0 - top > pageHeight / 4) break;
    // A holder table going on repeats its header at the top of the page: its "No." is the
    // rows' number, not the letter's.
    if (isTableHeader(row, vocabulary)) continue;
    for (const auto& segment : row.segments)
      if (Vocabulary::anyPhrase(segment.folded, vocabulary.letterStarts, true)) return true;
    // Any line of the "Nomor / Sifat / Lampiran / Perihal" block: a personal request has
    // no number, and a misread subject label ("lal :") leaves its "Sifat" and "Lampiran".
    if (auto kv = keyValue(rows, i, vocabulary);
        kv &&
        (kv->field == "number" || kv->field == "subject" || kv->field == "nature" ||
         kv->field == "attachment") &&
        kv->value.found())
      return true;
  }
  return false;
}

std::vector<LetterRows> splitLetters(const ocr::FileText& file, const Vocabulary& vocabulary) {
  std::vector<LetterRows> letters;
  for (const auto& page : file.pages) {
    if (page.blank) continue;
    auto rows = pageRows(page, vocabulary.balineseNames);
    if (rows.empty()) continue;
    if (letters.empty() || startsLetter(rows, vocabulary)) {
      letters.push_back({page.number, page.number, std::move(rows)});
      continue;
    }
    LetterRows& letter = letters.back();
    letter.lastPage = page.number;
    for (auto& row : rows) letter.rows.push_back(std::move(row));
  }
  return letters;
}

}  // namespace cabut::extract
