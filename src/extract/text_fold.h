// Comparing OCR'd words with vocabulary words: folding (case, diacritics, punctuation) and
// edit distance bounded by word length. Internal to extract/.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace cabut::extract {

// Lower case ASCII letters and digits; Latin diacritics dropped (é -> e); every other
// character becomes a single space; no leading/trailing space.
std::string fold(std::string_view text);

// fold(text) split on spaces.
std::vector<std::string> foldedWords(std::string_view text);

// fold(text) without its spaces: the letters and digits alone ("Horn hat saya," and
// "Hormat saya" compare letter by letter; a word's size without its marks).
std::string foldedLetters(std::string_view text);

// Damerau (optimal string alignment) distance, or limit + 1 once it exceeds `limit`.
int editDistance(std::string_view a, std::string_view b, int limit);

// True when an OCR'd folded word reads as the folded vocabulary word: equal after undoing
// typical OCR confusions (rn/m, 0/o, 1/l...), within 1 edit for words of 4-6 letters and
// 2 edits from 7 letters on. Short words must match exactly.
bool sameWord(std::string_view ocrWord, std::string_view vocabularyWord);

// Where `phrase` (folded words) occurs in `words` as consecutive fuzzy-equal words, from
// index `from`; -1 when it does not.
int findPhrase(const std::vector<std::string>& words, const std::vector<std::string>& phrase,
               size_t from = 0);

// True when `words` begins with `phrase`, allowing `skip` leading words (enumerators).
bool startsWithPhrase(const std::vector<std::string>& words, const std::vector<std::string>& phrase,
                      size_t skip = 0);

// True when `text` holds an ASCII letter or digit (a word, not only marks).
bool hasAlnum(std::string_view text);

// `text` cut at each `separator`, empty parts kept ("a,,b" gives "a", "", "b").
std::vector<std::string> split(std::string_view text, char separator);

// A capital after a small letter inside a word ("inN", "eImbangan", "kSosial"): the engine
// guessing, for print is never set that way.
bool mixedCase(std::string_view text);

// `word` without the marks OCR read before it: ASCII punctuation other than "(" and UTF-8
// sequences that are no letter ("\u00bbKepala", the "\u201c" or "=" a colon became).
std::string withoutLeadingMarks(const std::string& word);

// A vocabulary word (folded, lower case) put in the case of the word it stands beside:
// all capitals beside "KEPALA", else with a capital first letter ("Plt" beside "Kepala").
std::string casedLike(std::string_view word, std::string_view model);

// Trims ASCII whitespace and the given characters from both ends.
std::string trim(std::string_view text, std::string_view extra = "");

}  // namespace cabut::extract
