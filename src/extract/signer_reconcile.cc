// One person signs several letters of a case (the head of office signs the request and
// the recommendation), and is sometimes a holder in another letter. A signature block is
// read under a stamp and a scribble, so each reading of the name is damaged differently;
// the NIP, printed clear beneath, says which readings are the same person. The reading
// that looks like a printed name stands for the others, and a title read in one letter
// for a letter where the stamp hid it.
#include <algorithm>
#include <cctype>

#include "extract/extract.h"
#include "extract/letter_parts.h"
#include "extract/text_fold.h"
#include "extract/values.h"

namespace cabut::extract {
namespace {

// Below this the engine itself doubts the reading.
constexpr double kMinNameConfidence = 0.5;
// Below this a reading is not lent to a letter that read no name at all.
constexpr double kMinBorrowedConfidence = 0.3;
// A reading of a name this much surer than another of the same NIP is the better one.
constexpr double kClearlySurer = 0.15;

// "Ahmad", "H.", "Hj.", the Balinese "I": a word of a name as printed, with a capital
// first ("trwan" is "Irwan" misread); "bin" and "binti" join a name to the father's.
bool isNameWord(const std::string& word) {
  if (word == "I" || word == "bin" || word == "binti") return true;
  const size_t letters = static_cast<size_t>(std::count_if(
      word.begin(), word.end(), [](unsigned char c) { return std::isalpha(c) != 0; }));
  if (letters == 0 || !std::isupper(static_cast<unsigned char>(word.front()))) return false;
  if (word.back() == '.') return letters == word.size() - 1;  // "H.", "Hj.", "Ir."
  return letters >= 2 && std::all_of(word.begin(), word.end(), [](unsigned char c) {
           return std::isalpha(c) || c == '\'' || c == '-';
         });
}

// "S.Pd.", "M.Kom.", "S.Pd.I.", "A.Md.": letters in short groups, each closed by a dot
// (the last group may lack it: "M.Si" is printed too).
bool isDegree(const std::string& degree) {
  if (degree.empty()) return false;
  for (const auto& group : split(degree, '.')) {
    if (group.size() > 5) return false;
    if (!std::all_of(group.begin(), group.end(),
                     [](unsigned char c) { return std::isalpha(c) != 0; }))
      return false;
  }
  return std::isalpha(static_cast<unsigned char>(degree.front())) != 0 &&
         degree.find("..") == std::string::npos;
}

}  // namespace

bool isValidNip(const Field& nip) {
  return nip.value.size() == 18 &&
         std::all_of(nip.value.begin(), nip.value.end(),
                     [](unsigned char c) { return std::isdigit(c) != 0; });
}

bool isImplausibleNip(const Field& nip) {
  return nip.found() && normaliseNip(nip.value).confidence < 1.0;
}

std::string nipNearOnlyOne(const Field& nip, const std::vector<std::string>& sure) {
  if (!isImplausibleNip(nip)) return {};
  std::string near;
  for (const auto& other : sure) {
    if (editDistance(nip.value, other, 2) > 2 || other == near) continue;
    if (!near.empty()) return {};
    near = other;
  }
  return near;
}

Field readInAnotherLetter(Field field) {
  field.page = 0;
  field.box = ocr::Box{};
  field.confidence *= 0.8;
  return field;
}

namespace {

// Name words, then degrees after commas (readsAsName without the engine's confidence).
bool shapedAsName(const Field& name) {
  if (!name.found()) return false;
  const auto parts = split(name.value, ',');
  const auto words = split(parts.front(), ' ');
  int nameWords = 0;
  for (const auto& word : words) {
    if (word.empty()) continue;
    if (!isNameWord(word)) return false;
    ++nameWords;
  }
  if (nameWords == 0) return false;
  for (size_t k = 1; k < parts.size(); ++k) {
    std::string degree;
    for (char c : parts[k])
      if (c != ' ') degree += c;
    if (!isDegree(degree)) return false;
  }
  return true;
}

}  // namespace

bool readsAsName(const Field& name) {
  return name.confidence >= kMinNameConfidence && shapedAsName(name);
}

namespace {

// Whether `part`'s characters appear in `whole` in the same order.
bool isSubsequence(const std::string& part, const std::string& whole) {
  size_t k = 0;
  for (char c : whole)
    if (k < part.size() && part[k] == c) ++k;
  return k == part.size();
}

// The degrees after a name's first comma, each without spaces ("S.Pd.", "M.M.").
std::vector<std::string> degreesOf(const std::string& name) {
  std::vector<std::string> degrees;
  const auto parts = split(name, ',');
  for (size_t k = 1; k < parts.size(); ++k) degrees.push_back(foldedLetters(parts[k]));
  return degrees;
}

// True when `fuller` holds the degrees of `cut` and more: the same ones, then another
// ("S.Pd." and "S.Pd., M.M."), or the last one longer ("M." and "M.M."). The stamp or the
// scribble that cut a reading's end has most often spoilt its letters too.
bool addsDegrees(const std::string& fuller, const std::string& cut) {
  const auto more = degreesOf(fuller), fewer = degreesOf(cut);
  if (fewer.empty() || more.size() < fewer.size()) return false;
  for (size_t k = 0; k + 1 < fewer.size(); ++k)
    if (fewer[k] != more[k]) return false;
  const std::string& last = fewer.back();
  const std::string& same = more[fewer.size() - 1];
  if (more.size() > fewer.size()) return last == same;
  return same.size() > last.size() && same.starts_with(last);
}

// True when `other` is a better reading of the same person's name than `current`.
bool readsBetter(const Field& other, const Field& current) {
  // Where this letter shows no name at all, the other's shaped as one even where the
  // stamp made the engine doubt it ("BURHANUDDIN, S.A.P., M.Kes." at 0.47).
  if (!current.found()) return other.confidence >= kMinBorrowedConfidence && shapedAsName(other);
  if (!readsAsName(other)) return false;
  if (!readsAsName(current)) return true;
  // Both look like names: the one the stamp cut short is contained in the other, letter
  // for letter or with letters lost between ("ISM HABUDDIN" of "ISMAIL SAHABUDDIN").
  const std::string shorter = foldedLetters(current.value), longer = foldedLetters(other.value);
  if (longer.size() >= shorter.size() + 2 && isSubsequence(shorter, longer)) return true;
  if (longer.size() > shorter.size() && longer.find(shorter) != std::string::npos) return true;
  // Or, while the names are alike, its end is cut (the fuller reading stands for it), or
  // the engine was clearly surer of the other: a name printed clear in a letter's body
  // against one read through the signature's strokes ("Haerutidih Amit, AK.").
  const std::string names = foldedLetters(split(current.value, ',').front());
  const std::string otherNames = foldedLetters(split(other.value, ',').front());
  const bool alike = editDistance(names, otherNames, static_cast<int>(otherNames.size() / 2)) * 2 <=
                     static_cast<int>(otherNames.size());
  return alike && (addsDegrees(other.value, current.value) ||
                   other.confidence >= current.confidence + kClearlySurer);
}

// A signer's name as compared across letters: its words before the degrees, folded, without
// a first word of one or two letters (a scrap the stamp left, or "Ir.", "H.": "xU HIDAYAT"
// -> "hidayat").
std::string signerNameCore(const std::string& name) {
  auto words = split(split(name, ',').front(), ' ');
  std::erase_if(words, [](const std::string& word) { return foldedLetters(word).empty(); });
  if (words.size() > 1 && foldedLetters(words.front()).size() <= 2) words.erase(words.begin());
  std::string core;
  for (const auto& word : words) core += foldedLetters(word);
  return core;
}

// A signer whose NIP the stamp hid signs another letter of the case where it was read:
// the same degrees, and the name read here the end of the name read there (its first words
// under the stamp) or two letters off it. Its NIP stands for the lost one; the name and the
// title are then reconciled as for any shared NIP.
void borrowLostSignerNips(std::vector<Letter>& letters) {
  constexpr size_t kMinNameLetters = 6;
  for (auto& letter : letters) {
    Person& signer = letter.signatory;
    const std::string core = signerNameCore(signer.name.value);
    if (isValidNip(signer.nip) || core.size() < kMinNameLetters) continue;
    const Field* match = nullptr;
    bool ambiguous = false;  // two people read alike: neither is sure
    for (const auto& other : letters) {
      const Person& clear = other.signatory;
      if (&other == &letter || !isValidNip(clear.nip) || isImplausibleNip(clear.nip) ||
          degreesOf(clear.name.value) != degreesOf(signer.name.value))
        continue;
      const std::string otherCore = signerNameCore(clear.name.value);
      if (!otherCore.ends_with(core) && editDistance(core, otherCore, 2) > 2) continue;
      ambiguous = ambiguous || (match && match->value != clear.nip.value);
      match = &clear.nip;
    }
    if (match && !ambiguous) signer.nip = readInAnotherLetter(*match);
  }
}

// A signer's NIP misread into one that cannot be takes the case's clear reading of it,
// where another letter prints it.
void mendSignerNips(std::vector<Letter>& letters) {
  std::vector<std::string> sure;
  for (const auto& letter : letters) {
    if (letter.signatory.nip.found() && !isImplausibleNip(letter.signatory.nip))
      sure.push_back(letter.signatory.nip.value);
    for (const auto& holder : letter.holders)
      if (holder.nip.found() && !isImplausibleNip(holder.nip)) sure.push_back(holder.nip.value);
  }
  for (auto& letter : letters) {
    Field& nip = letter.signatory.nip;
    if (const std::string near = nipNearOnlyOne(nip, sure); !near.empty()) {
      nip.value = near;
      nip.confidence *= 0.8;
    }
  }
}

// A signer whose title the stamp hid entirely signs another letter of the case with the
// same NIP under a title that was read: the head of an office holds one post.
void fillMissingTitles(std::vector<Letter>& letters) {
  std::vector<std::pair<std::string, Field>> titles;
  for (const auto& letter : letters)
    if (isValidNip(letter.signatory.nip) && letter.signatory.position.found())
      titles.emplace_back(letter.signatory.nip.value, letter.signatory.position);
  for (auto& letter : letters) {
    Person& signer = letter.signatory;
    if (!isValidNip(signer.nip) || signer.position.found()) continue;
    const auto same = std::find_if(titles.begin(), titles.end(), [&](const auto& title) {
      return title.first == signer.nip.value;
    });
    if (same != titles.end()) signer.position = readInAnotherLetter(same->second);
  }
}

}  // namespace

void reconcileSigners(std::vector<Letter>& letters) {
  borrowLostSignerNips(letters);
  mendSignerNips(letters);
  fillMissingTitles(letters);
  // Readings of each NIP as first extracted, so the order of the letters does not matter.
  std::vector<std::pair<std::string, Field>> readings;
  for (const auto& letter : letters) {
    if (isValidNip(letter.signatory.nip) && letter.signatory.name.found())
      readings.emplace_back(letter.signatory.nip.value, letter.signatory.name);
    for (const auto& holder : letter.holders) {
      if (isValidNip(holder.nip) && holder.name.found())
        readings.emplace_back(holder.nip.value, holder.name);
    }
  }
  for (auto& letter : letters) {
    Person& signer = letter.signatory;
    if (!isValidNip(signer.nip)) continue;
    const Field* best = &signer.name;
    for (const auto& [nip, name] : readings) {
      if (nip == signer.nip.value && readsBetter(name, *best)) best = &name;
    }
    if (best == &signer.name) continue;
    Field name = *best;
    // Where it was read is the other letter's place; this letter keeps its own.
    name.page = signer.name.found() ? signer.name.page : 0;
    name.box = signer.name.found() ? signer.name.box : ocr::Box{};
    name.confidence *= 0.8;
    signer.name = std::move(name);
  }
}

}  // namespace cabut::extract
