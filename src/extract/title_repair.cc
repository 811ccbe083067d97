// A head of office signs as "Kepala <the office>", and the letterhead prints the office's
// name in large clean capitals at the top of the same letter. The title in the signature
// block sits under the stamp: words the engine was unsure of there are replaced by the
// letterhead's words where the words around them agree with it.
#include <algorithm>
#include <cctype>
#include <map>

#include "extract/letter_parts.h"
#include "extract/text_fold.h"

namespace cabut::extract {
namespace {

struct Token {
  ocr::Word word;
  std::string folded;   // the word's letters and digits, folded; empty for punctuation
  int row = 0;          // letterhead row (reference tokens only)
  bool unsure = false;  // see isUnsure()
};

// A lone letter inside a title ("... PEMBANGUNAN N DAERAH", "KEPEGAWAIAN D PENGEMBANGAN")
// is a speck or what the stamp left of a word, however sure the engine was.
bool isUnsure(const ocr::Word& word, const std::string& folded) {
  return folded.size() <= 1 || word.confidence < 0.75f ||
         fold(word.text).find(' ') != std::string::npos || mixedCase(word.text);
}

Token tokenOf(const ocr::Word& word, int row) {
  std::string folded = foldedLetters(word.text);
  const bool unsure = isUnsure(word, folded);
  return {word, std::move(folded), row, unsure};
}

// 2: the same word; 1: a word the stamp cut ("NCATATAN" of "PENCATATAN"); 0: different.
int agreement(const Token& title, const Token& head) {
  if (title.folded.empty()) return 0;
  if (sameWord(title.folded, head.folded)) return 2;
  if (title.folded.size() >= 6 && head.folded.size() >= 6 &&
      editDistance(title.folded, head.folded, 2) <= 2)
    return 1;
  // A long word with up to a third of its letters misread or lost ("BEPATEN" of
  // "KABUPATEN"); not a longer one (the letterhead's own "PENGEMBAN" of "PENGEMBANGAN").
  if (title.folded.size() >= 6 && head.folded.size() >= 9 &&
      title.folded.size() <= head.folded.size() && title.folded.size() + 3 >= head.folded.size() &&
      editDistance(title.folded, head.folded, 3) * 3 <= static_cast<int>(head.folded.size()))
    return 1;
  if (title.folded.size() >= 4 && head.folded.size() > title.folded.size() &&
      (head.folded.starts_with(title.folded) || head.folded.ends_with(title.folded)))
    return 1;
  return 0;
}

std::vector<Token> tokens(const std::vector<ocr::Word>& words, int row) {
  std::vector<Token> out;
  for (const auto& word : words) out.push_back(tokenOf(word, row));
  return out;
}

// An address, telephone or e-mail line of the letterhead: an "@", or digits beyond a
// speck of the emblem at the row's edge ("X77 PERSANDIAN").
bool isAddressRow(const Row& row) {
  const auto words = row.words();
  for (size_t k = 0; k < words.size(); ++k) {
    const std::string& text = words[k].text;
    if (text.find('@') != std::string::npos) return true;
    if (text.find_first_of("0123456789") == std::string::npos) continue;
    const bool edgeSpeck = (k == 0 || k + 1 == words.size()) && text.size() <= 3;
    if (!edgeSpeck) return true;
  }
  return false;
}

// How often the letter prints each word clearly (folded).
std::map<std::string, int> clearWordCounts(const LetterRows& letter) {
  std::map<std::string, int> counts;
  for (const auto& row : letter.rows)
    for (const auto& word : row.words())
      if (const std::string folded = foldedLetters(word.text); !isUnsure(word, folded))
        ++counts[folded];
  return counts;
}

// The first word of a phrase that opens a letter ("PEMERINTAH" of "Pemerintah Kabupaten"):
// the government's name, no word of a title.
bool opensLetter(const Token& token, const Vocabulary& vocabulary) {
  return std::any_of(vocabulary.letterStarts.begin(), vocabulary.letterStarts.end(),
                     [&](const Phrase& start) { return sameWord(token.folded, start.front()); });
}

// The rows above the letter's first "Nomor" / "Sifat" / "Perihal" line on its first page,
// without address lines (digits, "@").
std::vector<Token> letterheadTokens(const LetterRows& letter, const Vocabulary& vocabulary,
                                    const std::map<std::string, int>& clearWords) {
  std::vector<Token> out;
  const int page = letter.rows.empty() ? 0 : letter.rows.front().page;
  for (size_t i = 0; i < letter.rows.size() && i < 12; ++i) {
    const Row& row = letter.rows[i];
    if (row.page != page) break;
    size_t length = 0;
    const std::string label = vocabulary.labelPrefix(row.segments.front().folded, &length);
    if (label == "number" || label == "nature" || label == "subject" || label == "attachment")
      break;
    if (isAddressRow(row)) continue;
    auto rowTokens = tokens(row.words(), static_cast<int>(i));
    // "PEMERINTAH KABUPATEN MAJENE": the government's name is not part of a title, the
    // region after it is (an emblem's speck may stand before it: "Fr PEMERINTAH ...").
    auto folded = row.folded();
    if (folded.size() > 2 && folded.front().size() <= 2) folded.erase(folded.begin());
    if (Vocabulary::anyPhrase(folded, vocabulary.letterStarts, true)) {
      const auto government = std::find_if(rowTokens.begin(), rowTokens.end(), [&](const Token& t) {
        return opensLetter(t, vocabulary);
      });
      if (government != rowTokens.end()) rowTokens.erase(government);
    }
    // Specks of the emblem beside the name read as short unsure words, as two sure
    // letters ("WY") at the row's edge, or with digits ("X77"): not the name's.
    for (size_t k = 0; k < rowTokens.size(); ++k) {
      Token& token = rowTokens[k];
      // Words the letter prints clearly somewhere ("Parepare" in the address or the date
      // line): the letterhead's own reading of one the emblem crossed ("PAREPARE") stands.
      if (token.unsure && token.folded.size() >= 4 && clearWords.count(token.folded))
        token.unsure = false;
      const bool edge = k == 0 || k + 1 == rowTokens.size();
      const bool digits = token.folded.find_first_of("0123456789") != std::string::npos;
      if (token.folded.size() >= (edge ? 3u : 2u) && !token.unsure && !digits)
        out.push_back(std::move(token));
    }
  }
  return out;
}

enum class Step { keep, replace, drop, insert };

struct Alignment {
  int score = 0;
  size_t titleBegin = 0, titleEnd = 0;         // [begin, end) in the title
  size_t headEnd = 0;                          // end of the matched letterhead words
  int matches = 0;                             // title words that agree with the letterhead
  std::vector<std::pair<Step, size_t>> steps;  // in title order; size_t: letterhead index
};

// Local alignment (Smith-Waterman) of title words against letterhead words: agreeing
// words score, and only words the engine was unsure of may be replaced or dropped.
Alignment align(const std::vector<Token>& title, const std::vector<Token>& head) {
  const size_t n = title.size(), m = head.size();
  constexpr int kSame = 3, kCut = 2, kReplaceUnsure = 0, kDropUnsure = -1, kSure = -4, kHidden = -1;
  auto diagonal = [&](size_t i, size_t j) {
    const int agreeing = agreement(title[i], head[j]);
    if (agreeing == 2) return kSame;
    if (agreeing == 1) return kCut;
    return title[i].unsure ? kReplaceUnsure : kSure;
  };
  auto dropping = [&](size_t i) { return title[i].unsure ? kDropUnsure : kSure; };
  std::vector<std::vector<int>> score(n + 1, std::vector<int>(m + 1, 0));
  Alignment best;
  size_t bestI = 0, bestJ = 0;
  for (size_t i = 1; i <= n; ++i) {
    for (size_t j = 1; j <= m; ++j) {
      const int value = std::max({0, score[i - 1][j - 1] + diagonal(i - 1, j - 1),
                                  score[i - 1][j] + dropping(i - 1), score[i][j - 1] + kHidden});
      score[i][j] = value;
      if (value > best.score) {
        best.score = value;
        bestI = i;
        bestJ = j;
      }
    }
  }
  if (best.score == 0) return best;
  // Unsure words just after the match, on the same letterhead row, are that row's words.
  std::vector<std::pair<Step, size_t>> after;
  while (bestI < n && bestJ < m && !title[bestI].folded.empty() && title[bestI].unsure &&
         head[bestJ].row == head[bestJ - 1].row) {
    after.emplace_back(Step::replace, bestJ);
    ++bestI;
    ++bestJ;
  }
  size_t i = bestI - after.size(), j = bestJ - after.size();
  while (i > 0 && j > 0 && score[i][j] > 0) {
    if (score[i][j] == score[i - 1][j - 1] + diagonal(i - 1, j - 1)) {
      const bool agreeing = agreement(title[i - 1], head[j - 1]) > 0;
      best.matches += agreeing ? 1 : 0;
      best.steps.emplace_back(agreeing ? Step::keep : Step::replace, j - 1);
      --i;
      --j;
    } else if (score[i][j] == score[i - 1][j] + dropping(i - 1)) {
      best.steps.emplace_back(Step::drop, j);
      --i;
    } else {
      best.steps.emplace_back(Step::insert, j - 1);
      --j;
    }
  }
  // Unsure words just before the match, on the same letterhead row, are that row's words
  // ("inN Sulawesi Barat" is "PROVINSI SULAWESI BARAT").
  while (i > 0 && j > 0 && !title[i - 1].folded.empty() && title[i - 1].unsure &&
         head[j - 1].row == head[j].row) {
    best.steps.emplace_back(Step::replace, j - 1);
    --i;
    --j;
  }
  std::reverse(best.steps.begin(), best.steps.end());
  best.steps.insert(best.steps.end(), after.begin(), after.end());
  best.titleBegin = i;
  best.titleEnd = bestI;
  best.headEnd = bestJ;
  return best;
}

// The first word of an office-head title ("kepala", "sekretaris"), folded.
bool isTitleWord(const std::string& folded, const Vocabulary& vocabulary) {
  return std::any_of(vocabulary.titles.begin(), vocabulary.titles.end(),
                     [&](const Phrase& title) { return title.front() == folded; });
}

// The title's first word under the stamp ("Kepak", "PALA"): the office-head title it is
// closest to ("Kepala"), in the case of the words after it.
void repairFirstWord(std::vector<Token>& words, const Vocabulary& vocabulary) {
  if (words.empty() || words.front().folded.size() < 4) return;
  Token& first = words.front();
  const bool cutShort = cutFromTitleWord(first.folded, vocabulary);
  // A sure word one letter off a long title ("KERALA") is that title misread.
  const bool oneOff =
      !isTitleWord(first.folded, vocabulary) &&
      std::any_of(vocabulary.titles.begin(), vocabulary.titles.end(), [&](const Phrase& title) {
        return title.front().size() >= 6 && editDistance(first.folded, title.front(), 1) == 1;
      });
  if (!first.unsure && !cutShort && !oneOff) return;
  for (const int limit : {1, 2}) {
    for (const auto& title : vocabulary.titles) {
      const std::string& candidate = title.front();
      if (candidate.size() < 5 || candidate == first.folded) continue;
      if (editDistance(first.folded, candidate, limit) > limit &&
          !candidate.ends_with(first.folded))
        continue;
      const bool capitals = words.size() > 1 && !mixedCase(words[1].word.text);
      first.word.text = casedLike(candidate, capitals ? words[1].word.text : "");
      first.word.confidence *= 0.8f;
      first = tokenOf(first.word, first.row);
      return;
    }
  }
}

// "la Dinas Kesehatan", "Badan Pengelolaan ...": the head's title ("Kepala") cut to a
// scrap or lost under the stamp, before the office the title heads.
void restoreOfficeHeadTitle(std::vector<Token>& words, const Vocabulary& vocabulary) {
  if (vocabulary.officeHeadTitle.empty() || words.size() < 2) return;
  const std::string head = fold(vocabulary.officeHeadTitle);
  if (isTitleWord(words[0].folded, vocabulary) ||
      std::any_of(vocabulary.acting.begin(), vocabulary.acting.end(),
                  [&](const Phrase& acting) { return acting.front() == words[0].folded; }))
    return;
  const bool scrap =
      !words[0].folded.empty() && words[0].folded.size() <= 3 && head.ends_with(words[0].folded);
  const Token& office = words[scrap ? 1 : 0];
  const bool headed = std::any_of(
      vocabulary.headedOffices.begin(), vocabulary.headedOffices.end(), [&](const Phrase& name) {
        return name.size() == 1 && (name.front().size() >= 5 ? sameWord(office.folded, name.front())
                                                             : office.folded == name.front());
      });
  if (!headed) return;
  ocr::Word title = words[0].word;
  title.text = casedLike(head, office.word.text);
  title.confidence = office.word.confidence * 0.7f;
  if (scrap) words.erase(words.begin());
  words.insert(words.begin(), tokenOf(title, words.front().row));
}

}  // namespace

std::vector<std::string> letterheadOfficeWords(const LetterRows& letter,
                                               const Vocabulary& vocabulary) {
  // The rows after the government's ("PEMERINTAH KABUPATEN MAJENE"), whose region is no
  // part of the office's name.
  int governmentRow = -1;
  for (size_t i = 0; i < letter.rows.size() && i < 12 && governmentRow < 0; ++i) {
    auto folded = letter.rows[i].folded();
    if (folded.size() > 2 && folded.front().size() <= 2) folded.erase(folded.begin());
    if (Vocabulary::anyPhrase(folded, vocabulary.letterStarts, true))
      governmentRow = static_cast<int>(i);
  }
  if (governmentRow < 0) return {};
  std::vector<std::string> words;
  for (const auto& token : letterheadTokens(letter, vocabulary, clearWordCounts(letter))) {
    if (token.row <= governmentRow) continue;
    // The name is printed in capitals, right under the government's; the address lines
    // after it are not.
    const std::string word = trim(token.word.text, ",.;:");
    if (token.row > governmentRow + 3 || std::any_of(word.begin(), word.end(), [](char ch) {
          return std::islower(static_cast<unsigned char>(ch));
        }))
      break;
    words.push_back(word);
  }
  return words;
}

bool cutFromTitleWord(const std::string& word, const Vocabulary& vocabulary) {
  return std::any_of(vocabulary.titles.begin(), vocabulary.titles.end(), [&](const Phrase& title) {
    return title.front().size() > word.size() && title.front().ends_with(word);
  });
}

void repairTitleFromLetterhead(std::vector<ocr::Word>& title, const LetterRows& letter,
                               const Vocabulary& vocabulary) {
  if (title.empty()) return;
  const auto clearWords = clearWordCounts(letter);
  const auto head = letterheadTokens(letter, vocabulary, clearWords);
  if (head.empty()) return;
  auto words = tokens(title, 0);
  // Marks before the title (": PALA BADAN ..."): the stamp's rim, no word of it.
  while (!words.empty() && words.front().folded.empty()) words.erase(words.begin());
  repairFirstWord(words, vocabulary);
  restoreOfficeHeadTitle(words, vocabulary);
  // Two passes: the office ("Badan ... Daerah") and then the region ("Kabupaten Majene"),
  // which the letterhead prints in another order.
  // A letterhead word put into the title: a little less sure than where it was read.
  // The letterhead prints in capitals; a title set in upper and lower case gets its words
  // in that case ("Penanggulangan", "dan").
  const bool titleInCapitals = std::none_of(words.begin(), words.end(), [](const Token& t) {
    return !t.unsure && std::any_of(t.word.text.begin(), t.word.text.end(), [](char ch) {
      return std::islower(static_cast<unsigned char>(ch));
    });
  });
  auto inTitlesCase = [&](const std::string& text) {
    if (titleInCapitals || mixedCase(text)) return text;
    const std::string lower = fold(text);
    if (lower.find_first_not_of("abcdefghijklmnopqrstuvwxyz") != std::string::npos) return text;
    // Short words may be acronyms ("RSUD"): kept as printed.
    if (lower == "dan") return lower;
    return lower.size() >= 5 ? casedLike(lower, "") : text;
  };
  auto fromHead = [&](size_t k) {
    Token token = head[k];
    token.word.confidence *= 0.8f;
    token.word.text = inTitlesCase(token.word.text);
    return token;
  };
  size_t from = 0;
  std::vector<int> officeRows;  // letterhead rows the office's words came from
  for (int pass = 0; pass < 2 && from < words.size(); ++pass) {
    std::vector<Token> rest(words.begin() + static_cast<long>(from), words.end());
    const Alignment found = align(rest, head);
    // The region after the office may be cut to its first word ("KABUPATEN" of
    // "KABUPATEN MAJENE") when the stamp hides the rest.
    if (found.matches < (pass == 0 ? 2 : 1)) break;
    std::vector<Token> repaired;
    size_t at = found.titleBegin;
    for (const auto& [step, k] : found.steps) {
      if (step == Step::keep) {
        // Two readings of one word: the letterhead's, printed larger and clear of the
        // stamp, unless the engine was unsure of it there (the letterhead has its own
        // misreadings).
        Token token = rest[at++];
        // A word the letter prints clearly elsewhere too is read right here; one only the
        // title shows, a letter or two off the letterhead's ("Perehcanaan"), is misread
        // (unless the letterhead's is the shorter: that one lost a letter, "ADAN").
        const auto seen = clearWords.find(token.folded);
        const bool corroborated = seen != clearWords.end() && seen->second >= 2;
        const int agreeing = agreement(token, head[k]);
        const bool cut = agreeing == 1 || (head[k].folded.size() > token.folded.size() &&
                                           head[k].folded.find(token.folded) != std::string::npos);
        const bool misread =
            !corroborated && agreeing == 2 && head[k].folded.size() >= token.folded.size();
        // An office-head title read as such stays ("SEKRETARIS", not the letterhead's
        // "SEKRETARIAT"); so does a clear word the letterhead has a speck glued to ("JBADAN").
        if (token.folded != head[k].folded && !head[k].unsure && (cut || token.unsure || misread) &&
            !isTitleWord(token.folded, vocabulary) && !(corroborated && !token.unsure)) {
          const bool comma = token.word.text.ends_with(",");
          token.word.text = inTitlesCase(head[k].word.text) + (comma ? "," : "");
        } else if (std::string bare = withoutLeadingMarks(token.word.text); !bare.empty()) {
          token.word.text = std::move(bare);  // a speck glued on: "\u201cDAYA"
        }
        repaired.push_back(std::move(token));
      } else if (step == Step::replace) {
        Token token = fromHead(k);
        token.word.box = rest[at++].word.box;
        repaired.push_back(std::move(token));
      } else if (step == Step::drop) {
        ++at;
      } else {
        repaired.push_back(fromHead(k));
      }
    }
    // The region's first word lost under the stamp ("MANUSIA [KABUPATEN] GOWA"): the one
    // letterhead word before the match on its row, unless the office took that row.
    const auto firstWord = std::find_if(found.steps.begin(), found.steps.end(),
                                        [](const auto& step) { return step.first != Step::drop; });
    if (const size_t headBegin = firstWord != found.steps.end() ? firstWord->second : 0;
        pass == 1 && headBegin > 0) {
      const int row = head[headBegin].row;
      const bool officeRow =
          std::find(officeRows.begin(), officeRows.end(), row) != officeRows.end();
      const bool rowStartsBefore =
          head[headBegin - 1].row == row && (headBegin == 1 || head[headBegin - 2].row != row);
      if (!officeRow && rowStartsBefore && !opensLetter(head[headBegin - 1], vocabulary) &&
          found.titleBegin == 0)
        repaired.insert(repaired.begin(), fromHead(headBegin - 1));
    }
    for (const auto& [step, k] : found.steps)
      if (step != Step::drop) officeRows.push_back(head[k].row);
    // The office name is printed whole: a title cut short by the stamp takes the rest of
    // the letterhead row it matched.
    const bool titleStops = std::all_of(rest.begin() + static_cast<long>(found.titleEnd),
                                        rest.end(), [](const Token& t) { return t.unsure; });
    const int lastRow = head[found.headEnd - 1].row;
    size_t rowEnd = found.headEnd;
    while (rowEnd < head.size() && head[rowEnd].row == lastRow) ++rowEnd;
    // A title that ends in its comma is complete.
    const bool closed = !repaired.empty() && repaired.back().word.text.ends_with(",");
    // The title goes on with a word of another letterhead row (the region, "KOTA
    // PAREPARE"): the office's last words between were lost ("PENATAAN [RUANG] KOTA").
    // A scrap of the lost words may stand between ("DAYA SYA KABUPATEN" for "DAYA
    // MANUSIA KABUPATEN"): it goes with them.
    const auto onAnotherRow = [&](size_t k) {
      return k < rest.size() && std::any_of(head.begin(), head.end(), [&](const Token& other) {
               return other.row != lastRow && agreement(rest[k], other) == 2;
             });
    };
    const size_t scrap = found.titleEnd < rest.size() && rest[found.titleEnd].folded.size() <= 3 &&
                                 !onAnotherRow(found.titleEnd) && onAnotherRow(found.titleEnd + 1)
                             ? 1
                             : 0;
    const bool jumpsRow = onAnotherRow(found.titleEnd + scrap);
    if (jumpsRow && !closed) {
      // The office's name wrapped in the letterhead ("... PENATAAN" / "RUANG"): the rows
      // set right under the matched one belong to it too.
      for (int row = lastRow;;) {
        if (rowEnd >= head.size() || head[rowEnd].row != row + 1) break;
        const ocr::Box& above = head[rowEnd - 1].word.box;
        const ocr::Box& below = head[rowEnd].word.box;
        if (below.y0 - above.y1 > above.y1 - above.y0) break;
        row = head[rowEnd].row;
        while (rowEnd < head.size() && head[rowEnd].row == row) ++rowEnd;
      }
    }
    const bool extended = (titleStops || jumpsRow) && !closed && rowEnd > found.headEnd;
    // The title's own words that the extension gave again ("Pemba nan Daerah," where the
    // letterhead's wrapped "DAERAH" came in) go with the words they repeat, the title's
    // closing comma kept.
    size_t repeated = 0;
    if (extended) {
      for (size_t k = found.headEnd; k < rowEnd; ++k) {
        repaired.push_back(fromHead(k));
        const size_t next = found.titleEnd + (jumpsRow ? scrap : 0) + repeated;
        if (jumpsRow && next < rest.size() && agreement(rest[next], head[k]) == 2) {
          if (rest[next].word.text.ends_with(",")) repaired.back().word.text += ",";
          ++repeated;
        }
      }
    }
    // Between the office and its region only the stamp's specks stand ("... DAERAH ey
    // KABUPATEN MAMUJU TENGAH"): scraps of two letters or fewer.
    const bool specksBefore =
        pass == 1 && found.titleBegin > 0 &&
        std::all_of(rest.begin(), rest.begin() + static_cast<long>(found.titleBegin),
                    [](const Token& t) { return t.folded.size() <= 2; });
    const size_t begin = from + (specksBefore ? 0 : found.titleBegin),
                 end = from + found.titleEnd + (extended && jumpsRow ? scrap : 0) + repeated;
    words.erase(words.begin() + static_cast<long>(begin), words.begin() + static_cast<long>(end));
    words.insert(words.begin() + static_cast<long>(begin), repaired.begin(), repaired.end());
    from = begin + repaired.size();
    // After the title's closing comma comes the stamp's lettering, not the title.
    if (closed || (extended && titleStops)) {
      words.resize(from);
      break;
    }
  }
  // Scraps after the repaired title ("KOTA PAREPARE Sp) RE"): what the stamp left of a
  // word the letterhead gave whole, or its own lettering. A title's own short last word
  // ("Bidang TI") is read clear and whole.
  if (from > 0 && from < words.size()) {
    const auto tail = words.begin() + static_cast<long>(from);
    const bool scraps =
        std::all_of(tail, words.end(), [](const Token& t) { return t.folded.size() <= 2; });
    const bool damaged = std::any_of(tail, words.end(), [](const Token& t) {
      return t.unsure || t.word.text.find_first_of("()[]{}|/\\") != std::string::npos;
    });
    if (scraps && damaged) words.erase(tail, words.end());
  }
  title.clear();
  for (auto& token : words) title.push_back(std::move(token.word));
}

}  // namespace cabut::extract
