// A holder's unit and a signer's title name an office that the letterhead prints whole,
// in large clean capitals under the government's name. Where a value stops inside that name
// ("Dinas Penanaman Modal dan": a wrapped cell's last line lost, a stamp over the title's),
// the letterhead's name completes it; never its region, which letters print or leave out.
#include <algorithm>
#include <cctype>

#include "extract/letter_parts.h"
#include "extract/text_fold.h"

namespace cabut::extract {

// The value's last words, from some word on, must be the office's first ones (each the same
// word, the last one maybe cut: "Manu" of "Manusia"), and not all of them.
void completeWithOffice(Field& value, const std::vector<std::string>& office) {
  if (!value.found() || office.size() < 3) return;
  auto words = split(value.value, ' ');
  std::erase_if(words, [](const std::string& word) { return word.empty(); });
  for (size_t start = 0; start < words.size(); ++start) {
    const size_t count = words.size() - start;
    if (count < 2 || count >= office.size()) continue;
    bool begins = true;
    for (size_t k = 0; k < count && begins; ++k) {
      const std::string read = foldedLetters(words[start + k]);
      const std::string printed = foldedLetters(office[k]);
      begins = sameWord(read, printed) ||
               (k + 1 == count && read.size() >= 3 && printed.starts_with(read));
    }
    if (!begins) continue;
    // The letterhead prints in capitals; a value set in upper and lower case gets its
    // words in that case.
    const bool capitals = std::none_of(value.value.begin(), value.value.end(), [](char ch) {
      return std::islower(static_cast<unsigned char>(ch));
    });
    const auto inValuesCase = [&](const std::string& word) {
      if (capitals) return word;
      return fold(word) == "dan" ? std::string("dan") : casedLike(fold(word), "");
    };
    std::string completed;
    for (size_t k = 0; k < start; ++k) completed += words[k] + " ";
    for (size_t k = 0; k < office.size(); ++k) {
      const bool cut =
          k + 1 == count && !sameWord(foldedLetters(words[start + k]), foldedLetters(office[k]));
      completed += k < count && !cut ? words[start + k] : inValuesCase(office[k]);
      if (k + 1 < office.size()) completed += " ";
    }
    if (value.printed.empty()) value.printed = value.value;
    value.value = completed;
    value.confidence *= 0.8;
    return;
  }
}

}  // namespace cabut::extract
