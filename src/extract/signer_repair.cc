// The signature block is the worst-read place of a letter: a stamp and a signature are put
// over it on purpose. The same person is often printed again, clean, in the body: the
// signer of a personal request is its holder, and a recommendation often opens with "yang
// bertanda tangan di bawah ini: Nama / NIP / Jabatan". Where the block's reading is
// recognisably that person's, the body's reading stands for it.
#include <algorithm>

#include "extract/letter_parts.h"
#include "extract/text_fold.h"
#include "extract/vocabulary.h"

namespace cabut::extract {
namespace {

// Of two foldedLetters(): 1 for the same, falling towards 0 with the edits needed.
double similarity(const std::string& x, const std::string& y) {
  const size_t longest = std::max(x.size(), y.size());
  if (longest == 0) return 0;
  const int limit = static_cast<int>(longest);
  return 1.0 - static_cast<double>(editDistance(x, y, limit)) / static_cast<double>(longest);
}

// A block NIP that failed its own format check (a digit lost or misread under the stamp)
// within two edits of a body NIP is that NIP. Two staff NIPs that close would need the
// same birth date and appointment month.
bool nearNip(const Field& block, const Field& body) {
  if (!block.found() || !body.found() || body.value.size() != 18) return false;
  if (block.value == body.value) return true;
  const bool blockValid = block.value.size() == 18 && block.confidence >= 0.9;
  return !blockValid && editDistance(block.value, body.value, 2) <= 2;
}

// The share of the block title's words (of 3 letters or more) found, in order, among the
// body's words: a title cut short by the stamp, or with a word misread, still counts.
double titleCoverage(const std::string& block, const std::string& body) {
  const auto blockWords = foldedWords(block), bodyWords = foldedWords(body);
  size_t counted = 0, found = 0, next = 0;
  for (const auto& word : blockWords) {
    if (word.size() < 4) continue;  // "dan", and the acting prefixes ("Plt.") kept apart
    ++counted;
    for (size_t k = next; k < bodyWords.size(); ++k) {
      if (sameWord(word, bodyWords[k])) {
        ++found;
        next = k + 1;
        break;
      }
    }
  }
  return found < 2 ? 0.0 : static_cast<double>(found) / static_cast<double>(counted);
}

// Short words of the block's title the body's title lacks ("Te Gah" where the stamp left
// "Kabupaten Mamuju Tengah" unread), after its first word (an acting prefix, "Plt.").
bool strayShortWords(const std::string& block, const std::string& body) {
  const auto blockWords = foldedWords(block), bodyWords = foldedWords(body);
  for (size_t k = 1; k < blockWords.size(); ++k) {
    const std::string& word = blockWords[k];
    if (word.size() >= 4) continue;  // titleCoverage() counts those
    if (std::find(bodyWords.begin(), bodyWords.end(), word) == bodyWords.end()) return true;
  }
  return false;
}

// The body's title up to the word the block's whole title ends with: "Kepala Badan ...
// Daerah Provinsi Sulawesi Barat" in the body is signed "Kepala Badan ... Daerah,".
std::string bodyTitleEndingAsBlock(const std::string& block, const std::string& body) {
  const auto blockWords = foldedWords(block);
  if (blockWords.empty() || blockWords.back().size() < 4) return body;
  std::vector<std::string> bodyWords;
  for (size_t at = 0; at < body.size();) {
    const size_t space = body.find(' ', at);
    const size_t end = space == std::string::npos ? body.size() : space;
    if (end > at) bodyWords.push_back(body.substr(at, end - at));
    at = end + 1;
  }
  for (size_t k = bodyWords.size(); k > 0; --k) {
    if (!sameWord(foldedLetters(bodyWords[k - 1]), blockWords.back())) continue;
    std::string cut;
    for (size_t i = 0; i < k; ++i) cut += (i ? " " : "") + bodyWords[i];
    return trim(cut, ",;:");
  }
  return body;
}

}  // namespace

void repairSignerFromBody(SignatureBlock& block, const std::vector<Person>& people,
                          const Vocabulary& vocabulary) {
  Person& signer = block.signer;
  const Person* same = nullptr;
  bool byNip = false;
  for (const auto& person : people) {
    if (nearNip(signer.nip, person.nip)) {
      same = &person;
      byNip = true;
      break;
    }
  }
  Field& name = signer.name;
  const std::string nameLetters = foldedLetters(name.value);
  if (!same && name.found()) {
    for (const auto& person : people) {
      if (person.name.found() && similarity(nameLetters, foldedLetters(person.name.value)) >= 0.8) {
        same = &person;
        break;
      }
    }
  }
  if (!same) return;
  if (byNip && signer.nip.value != same->nip.value) {
    signer.nip = same->nip;
    signer.nip.confidence *= 0.8;
  }
  const std::string bodyLetters = foldedLetters(same->name.value);
  if (same->name.found() && nameLetters != bodyLetters) {
    // A clean reading of the block's name may differ from the body's on purpose (titles
    // added): it is kept unless it reads worse. Added titles keep the body's letters; a
    // block reading that lost some of them through the scribble, less sure than the body's
    // clean print of the same NIP, reads worse (a body reading with specks is no model).
    const bool misread = byNip && nameLetters.find(bodyLetters) == std::string::npos &&
                         name.confidence < same->name.confidence && readsAsName(same->name);
    const bool worse = !name.found() || name.confidence < 0.8 ||
                       nameLetters.size() * 10 < bodyLetters.size() * 8 || misread;
    if (worse && (byNip || similarity(nameLetters, bodyLetters) >= 0.8)) {
      name = same->name;
      name.confidence *= 0.8;
    }
  }
  Field& position = signer.position;
  const double coverage = position.found() && same->position.found()
                              ? titleCoverage(position.value, same->position.value)
                              : 0.0;
  // A block title read clearly and whole stays as printed: the body may add the region.
  // Whole: from its office-head title ("Kepala", or "Plt." before it) on.
  const auto blockTitleWords = foldedWords(position.value);
  const bool fromItsStart = Vocabulary::anyPhrase(blockTitleWords, vocabulary.titles, true) ||
                            Vocabulary::anyPhrase(blockTitleWords, vocabulary.acting, true);
  const bool clear = coverage == 1.0 && position.confidence >= 0.85 && fromItsStart &&
                     !strayShortWords(position.value, same->position.value);
  if (coverage >= 0.6 && !clear &&
      foldedLetters(position.value) != foldedLetters(same->position.value)) {
    // "Plt. Kepala ..." signs for a "Kepala ..." the body names: the prefix stays.
    const bool acting =
        Vocabulary::anyPhrase(blockTitleWords, vocabulary.acting, true) &&
        !Vocabulary::anyPhrase(foldedWords(same->position.value), vocabulary.acting, true);
    const std::string prefix =
        acting ? position.value.substr(0, position.value.find(' ') + 1) : std::string();
    const std::string blockTitle = position.value;
    position = same->position;
    if (block.titleClosed) position.value = bodyTitleEndingAsBlock(blockTitle, position.value);
    position.value = prefix + position.value;
    position.confidence *= 0.8;
  }
}

}  // namespace cabut::extract
