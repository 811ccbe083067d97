#include "extract/vocabulary.h"

#include "extract/text_fold.h"

namespace cabut::extract {

const Poco::RegularExpression* Vocabulary::pattern(const std::string& name) const {
  const auto found = patterns.find(name);
  return found == patterns.end() ? nullptr : found->second.get();
}

namespace {

bool isEnumerator(const std::string& word) {
  if (word.size() == 1) return true;  // "a", "1"
  return word.size() <= 2 && std::isdigit(static_cast<unsigned char>(word[0]));
}

bool sameWords(const std::vector<std::string>& words, size_t start, const Phrase& phrase) {
  if (words.size() - start != phrase.size()) return false;
  for (size_t k = 0; k < phrase.size(); ++k)
    if (!sameWord(words[start + k], phrase[k])) return false;
  return true;
}

}  // namespace

std::string Vocabulary::labelField(const std::vector<std::string>& words) const {
  if (words.empty()) return {};
  // A degree ("S.Pd." read "SPd:" on a table's wrapped name line) is one edit from a short
  // label ("SKPD"); only the label itself, spelt out, counts there.
  if (words.size() == 1 && isDegree(words[0])) {
    for (const auto& label : labels)
      if (label.words.size() == 1 && label.words[0] == words[0]) return label.field;
    return {};
  }
  for (const auto& label : labels) {
    if (sameWords(words, 0, label.words)) return label.field;
    if (words.size() > 1 && isEnumerator(words[0]) && sameWords(words, 1, label.words))
      return label.field;
  }
  // "AlamatEmail", "NamaLengkap": OCR lost the space inside a label of several words.
  std::string joined;
  for (const auto& word : words) joined += word;
  for (const auto& label : labels) {
    if (label.words.size() < 2 || label.words.size() == words.size()) continue;
    std::string labelJoined;
    for (const auto& word : label.words) labelJoined += word;
    if (labelJoined.size() >= 8 && sameWord(joined, labelJoined)) return label.field;
  }
  return {};
}

bool Vocabulary::isDegree(const std::string& foldedWord) const {
  return degreeLetters.contains(foldedWord);
}

std::string Vocabulary::identitySuffixField(const std::vector<std::string>& words) const {
  // "Nomor Induk Kependudukan (NIK)": a key ending in an identity label.
  if (words.size() < 2) return {};
  const std::string& last = words.back();
  return last == "nik" || last == "nip" ? last : std::string();
}

std::string Vocabulary::combinedLabelField(const std::string& printedKey) const {
  // "Instansi/Unit Kerja", "Jabatan/Pangkat": two labels joined by a slash; the first
  // one that is a label names the field.
  const size_t slash = printedKey.find('/');
  if (slash == std::string::npos) return {};
  for (const auto& part : {printedKey.substr(0, slash), printedKey.substr(slash + 1)}) {
    const std::string field = labelField(foldedWords(part));
    if (!field.empty()) return field;
  }
  return {};
}

std::string Vocabulary::labelPrefix(const std::vector<std::string>& words, size_t* length) const {
  for (const auto& label : labels) {
    if (startsWithPhrase(words, label.words, 0)) {
      if (length) *length = label.words.size();
      return label.field;
    }
  }
  return {};
}

int Vocabulary::month(const std::string& foldedWord) const {
  if (foldedWord.empty() || std::isdigit(static_cast<unsigned char>(foldedWord[0]))) return 0;
  const auto exact = months.find(foldedWord);
  if (exact != months.end()) return exact->second;
  // Only full names are matched fuzzily: an abbreviation one edit away is another word.
  int best = 0;
  for (const auto& [name, number] : months)
    if (name.size() >= 5 && sameWord(foldedWord, name)) best = number;
  return best;
}

bool Vocabulary::anyPhrase(const std::vector<std::string>& words,
                           const std::vector<Phrase>& phrases, bool atStart) {
  for (const auto& phrase : phrases) {
    if (atStart ? startsWithPhrase(words, phrase, 0) : findPhrase(words, phrase) >= 0) return true;
  }
  return false;
}

std::optional<Kind> Vocabulary::kindOf(const std::vector<std::string>& words,
                                       const std::vector<KindPhrases>& kinds) const {
  for (const auto& kind : kinds)
    if (anyPhrase(words, kind.phrases)) return kind.kind;
  return std::nullopt;
}

std::string Vocabulary::reasonOf(const std::vector<std::string>& words) const {
  // The earliest phrase in the text wins: "mutasi ... sehingga ... hilang" states mutasi.
  int bestAt = -1;
  std::string best;
  for (const auto& reason : reasons) {
    for (const auto& phrase : reason.phrases) {
      const int at = findPhrase(words, phrase);
      if (at >= 0 && (bestAt < 0 || at < bestAt)) {
        bestAt = at;
        best = reason.code;
      }
    }
  }
  return best;
}

}  // namespace cabut::extract
