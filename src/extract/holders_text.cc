// Holders named in running text: "... atas nama Andi Saputra, S.Kom. NIP 19900315 201503 1
// 002 ..." (pattern holder-in-text in rules/extraction.xml).
#include <Poco/Exception.h>

#include "extract/letter_parts.h"
#include "extract/text_fold.h"
#include "extract/values.h"

namespace cabut::extract {

std::vector<Person> runningTextHolders(const LetterRows& letter, const Vocabulary& vocabulary,
                                       const std::vector<bool>& used) {
  std::vector<Person> holders;
  const auto* pattern = vocabulary.pattern("holder-in-text");
  if (!pattern) return holders;
  // The body as one text, with where each row starts (for page and confidence).
  std::string text;
  std::vector<std::pair<size_t, size_t>> rowAt;  // text offset -> row index
  for (size_t i = 0; i < letter.rows.size(); ++i) {
    if (used[i]) continue;
    rowAt.emplace_back(text.size(), i);
    for (const auto& word : letter.rows[i].words()) text += word.text + " ";
  }
  const auto rowFor = [&](size_t offset) {
    size_t row = 0;
    for (const auto& [at, index] : rowAt)
      if (at <= offset) row = index;
    return row;
  };
  Poco::RegularExpression::MatchVec match;
  for (size_t offset = 0; offset < text.size();) {
    int matched = 0;
    try {
      matched = pattern->match(text, offset, match);
    } catch (const Poco::Exception&) {
      break;  // PCRE's match limit on hostile text: no more holders from running text
    }
    if (matched == 0 || match.size() < 3) break;
    const Row& row = letter.rows[rowFor(match[0].offset)];
    offset = match[0].offset + match[0].length;
    // The name and its NIP stand within a sentence or two of the body: a match reaching
    // past the closing ("... atas nama / Demikian ... Hormat / <signer>, NIP ...") took the
    // signer's name and NIP, not a holder's.
    const size_t first = rowFor(match[0].offset), last = rowFor(match[2].offset);
    bool pastTheBody = last > first + 2;
    for (size_t r = first + 1; r <= last && !pastTheBody; ++r)
      pastTheBody = isStopRow(letter.rows[r], vocabulary) ||
                    Vocabulary::anyPhrase(letter.rows[r].folded(), vocabulary.closings);
    if (pastTheBody) continue;
    Person person;
    Field name;
    name.value = trim(text.substr(match[1].offset, match[1].length), ",; ");
    name.page = row.page;
    name.confidence = 0.6;
    Field nip;
    nip.value = text.substr(match[2].offset, match[2].length);
    nip.page = row.page;
    nip.confidence = 0.8;
    setPersonField(person, "name", name);
    setPersonField(person, "nip", nip);
    if (person.nip.found()) holders.push_back(std::move(person));
  }
  return holders;
}

}  // namespace cabut::extract
