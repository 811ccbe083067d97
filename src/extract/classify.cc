// request / recommendation / other: from the title (rows above the first "label : value"
// row: letterhead and heading), then the subject, then the body's wording. A disposition
// sheet quotes the letter's subject, so `other` titles are checked first; a request may
// mention its recommendation in the body, so the body comes last.
#include <set>

#include "extract/letter_parts.h"
#include "extract/text_fold.h"

namespace cabut::extract {
namespace {

// `body` with two neighbours joined where together, and not apart, they read as a long
// word of the wording looked for: a gap OCR read inside it ("permohonan pe rceabutan").
std::vector<std::string> joinedAcrossGaps(const std::vector<std::string>& body,
                                          const std::vector<KindPhrases>& kinds) {
  std::set<std::string> longWords;
  for (const auto& kind : kinds)
    for (const auto& phrase : kind.phrases)
      for (const auto& word : phrase)
        if (word.size() >= 6) longWords.insert(word);
  const auto readsAs = [&](const std::string& word) -> std::string {
    for (const auto& known : longWords)
      if (sameWord(word, known)) return known;
    return {};
  };
  std::vector<bool> known(body.size());
  for (size_t i = 0; i < body.size(); ++i) known[i] = !readsAs(body[i]).empty();
  std::vector<std::string> joined;
  for (size_t i = 0; i < body.size(); ++i) {
    if (i + 1 < body.size() && !known[i] && !known[i + 1]) {
      if (std::string word = readsAs(body[i] + body[i + 1]); !word.empty()) {
        joined.push_back(std::move(word));
        ++i;
        continue;
      }
    }
    joined.push_back(body[i]);
  }
  return joined;
}

}  // namespace

Kind classify(const LetterRows& letter, const Field& subject, const Vocabulary& vocabulary) {
  std::vector<std::string> title;
  for (size_t i = 0; i < letter.rows.size() && i < 12; ++i) {
    const Row& row = letter.rows[i];
    if (row.page != letter.firstPage) break;
    // The title ends where the letter's own fields begin (Nomor, Sifat, Perihal...); a
    // letterhead's "Email: ..." is no such field.
    if (auto kv = keyValue(letter.rows, i, vocabulary);
        kv && (kv->field == "number" || kv->field == "subject" || kv->field == "nature" ||
               kv->field == "attachment" || kv->field == "date"))
      break;
    const auto words = row.folded();
    title.insert(title.end(), words.begin(), words.end());
    title.push_back("|");  // no phrase across rows
  }
  const auto only = [&](Kind wanted, const std::vector<std::string>& words) {
    for (const auto& kind : vocabulary.titleKinds)
      if (kind.kind == wanted && Vocabulary::anyPhrase(words, kind.phrases)) return true;
    return false;
  };
  if (only(Kind::other, title)) return Kind::other;
  const auto subjectWords = foldedWords(subject.value);
  for (const auto& words : {subjectWords, title}) {
    if (only(Kind::recommendation, words)) return Kind::recommendation;
    if (only(Kind::request, words)) return Kind::request;
  }
  // A lone character between two words of the body is a speck or a mark read as one
  // ("kami sampaikan. 0 permohonan"): no word of the wording looked for.
  std::vector<std::string> body;
  for (const auto& row : letter.rows)
    for (auto& word : row.folded())
      if (word.size() > 1) body.push_back(std::move(word));
  // In the vocabulary's order: a recommendation cites the request ("Berdasarkan surat ...
  // perihal Permohonan Pencabutan ..."), so its own wording is looked for first.
  if (auto kind = vocabulary.kindOf(body, vocabulary.bodyKinds)) return *kind;
  return vocabulary.kindOf(joinedAcrossGaps(body, vocabulary.bodyKinds), vocabulary.bodyKinds)
      .value_or(Kind::other);
}

}  // namespace cabut::extract
