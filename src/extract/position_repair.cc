// Holders' positions (jabatan) mended with the vocabulary of positions: a word OCR bent or
// cut at the cell's edge is spelt again, and a word after the position's grade that a
// table's next row left there goes.
#include <algorithm>
#include <cctype>

#include "extract/letter_parts.h"
#include "extract/text_fold.h"

namespace cabut::extract {
namespace {

std::vector<std::string> splitWords(const std::string& text) {
  std::vector<std::string> words;
  for (const auto& word : split(text, ' '))
    if (!word.empty()) words.push_back(word);
  return words;
}

// The vocabulary's word `word` (letters folded) is a misreading of: one edit off for up to
// seven letters, two from eight on, or its first letters when it is the value's last word
// (cut at the cell's edge); only when exactly one word is that close.
std::string knownSpelling(const std::string& word, bool last, const Vocabulary& vocabulary) {
  const auto& known = vocabulary.positionWords;
  if (word.size() < 4 || std::find(known.begin(), known.end(), word) != known.end()) return {};
  const int limit = word.size() >= 8 ? 2 : 1;
  std::string found;
  int count = 0;
  for (const auto& candidate : known) {
    // Two edits only with the first letter kept: "Pelaksana" is no "Pelayanan" misread.
    const int allowed = candidate.front() == word.front() ? limit : 1;
    const bool near = candidate.size() >= 4 && editDistance(word, candidate, allowed) <= allowed;
    const bool cut = last && candidate.size() > word.size() + 1 && candidate.starts_with(word);
    if (near || cut) {
      found = candidate;
      ++count;
    }
  }
  return count == 1 ? found : std::string();
}

// Where the position's grade ends in `folded` (an index past its last word), or 0.
size_t gradeEnd(const std::vector<std::string>& folded, const Vocabulary& vocabulary) {
  size_t end = 0;
  for (const auto& grade : vocabulary.positionGrades) {
    const int at = findPhrase(folded, grade);
    if (at >= 0) end = std::max(end, static_cast<size_t>(at) + grade.size());
  }
  return end;
}

bool knownWord(const std::string& letters, const Vocabulary& vocabulary) {
  const auto& known = vocabulary.positionWords;
  return std::find(known.begin(), known.end(), letters) != known.end();
}

void repairPosition(Field& position, const Vocabulary& vocabulary) {
  auto words = splitWords(position.value);
  bool changed = false;
  // A word OCR split in two ("Verifi cator", "Bic ang", "Mi da"): neither piece a word of
  // positions, the two together one.
  for (size_t k = 0; k + 1 < words.size(); ++k) {
    const std::string first = foldedLetters(words[k]), second = foldedLetters(words[k + 1]);
    if (first.empty() || second.empty() || knownWord(first, vocabulary) ||
        knownWord(second, vocabulary) ||
        knownSpelling(first + second, k + 2 == words.size(), vocabulary).empty())
      continue;
    words[k] = withoutLeadingMarks(words[k]) + words[k + 1];
    words.erase(words.begin() + static_cast<long>(k) + 1);
    changed = true;
  }
  for (size_t k = 0; k < words.size(); ++k) {
    const std::string letters = foldedLetters(words[k]);
    const std::string spelling = knownSpelling(letters, k + 1 == words.size(), vocabulary);
    if (spelling.empty()) continue;
    // The printed word's case; a rule or speck glued on ("/ihli", "IKeuangan«") goes.
    words[k] = casedLike(spelling, withoutLeadingMarks(words[k]));
    changed = true;
  }
  // "Auditor Ahli Pertama Sekretaris": one word after the grade is the next row's.
  std::vector<std::string> folded;
  for (const auto& word : words) folded.push_back(foldedLetters(word));
  const size_t end = gradeEnd(folded, vocabulary);
  if (end > 0 && end + 1 == words.size()) {
    words.pop_back();
    changed = true;
  }
  if (!changed) return;
  std::string value;
  for (const auto& word : words) value += (value.empty() ? "" : " ") + word;
  position.printed = position.printed.empty() ? position.value : position.printed;
  position.value = value;
  position.confidence *= 0.8;
}

}  // namespace

void repairPositions(std::vector<Person>& holders, const Vocabulary& vocabulary) {
  for (auto& holder : holders)
    if (holder.position.found()) repairPosition(holder.position, vocabulary);
}

}  // namespace cabut::extract
