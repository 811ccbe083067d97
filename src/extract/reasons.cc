// Reasons: the holder's own "Alasan" value, else the reason the body states ("... karena
// yang bersangkutan telah pensiun"), mapped to RFC 5280 codes; `unspecified` otherwise.
#include <cctype>

#include "extract/letter_parts.h"
#include "extract/text_fold.h"

namespace cabut::extract {
namespace {

// Words that introduce a cause; the body's reason is looked for only in sentences with
// one, so boilerplate ("sertifikat dapat disalahgunakan") does not count.
const std::vector<Phrase>& causeWords() {
  static const std::vector<Phrase> words = {
      {"karena"},    {"dikarenakan"},    {"disebabkan"}, {"sehubungan"}, {"alasan"}, {"berhubung"},
      {"mengingat"}, {"oleh", "karena"}, {"adanya"},     {"telah"},      {"akibat"}};
  return words;
}

}  // namespace

std::string reasonCode(const std::string& printed, const Vocabulary& vocabulary) {
  const std::string code = vocabulary.reasonOf(foldedWords(printed));
  return code.empty() ? "unspecified" : code;
}

void assignReasons(std::vector<Person>& holders, const LetterRows& letter,
                   const Vocabulary& vocabulary, const std::vector<bool>& used) {
  // The body's sentences (rows not consumed by lists or tables), split at full stops.
  Field bodyReason;
  std::string sentence;
  int sentencePage = 0;
  const auto judge = [&]() {
    if (bodyReason.found() || sentence.empty()) return;
    const auto words = foldedWords(sentence);
    if (Vocabulary::anyPhrase(words, causeWords())) {
      const std::string code = vocabulary.reasonOf(words);
      if (!code.empty()) {
        bodyReason.value = code;
        bodyReason.printed = trim(sentence);
        bodyReason.confidence = 0.7;
        bodyReason.page = sentencePage;
      }
    }
    sentence.clear();
  };
  // A full stop ends the sentence only when the next word starts with a capital: OCR reads
  // specks after words as stops ("dikarenakan yang. bersangkutan telah. pindah instansi").
  bool stop = false;
  for (size_t i = 0; i < letter.rows.size(); ++i) {
    if (used[i]) {
      judge();
      stop = false;
      continue;
    }
    for (const auto& word : letter.rows[i].words()) {
      if (stop && !word.text.empty() && !std::islower(static_cast<unsigned char>(word.text[0])))
        judge();
      if (sentence.empty()) sentencePage = letter.rows[i].page;
      sentence += word.text + " ";
      stop = word.text.ends_with(".") && word.text.size() > 3;
    }
  }
  judge();
  for (auto& holder : holders) {
    // The holder's own value when it names a reason; one OCR garbled ("Perubahan eriail")
    // or a dash gives way to the reason the body states.
    const bool ownReason =
        holder.reason.found() &&
        (!bodyReason.found() || !vocabulary.reasonOf(foldedWords(holder.reason.value)).empty());
    if (ownReason) {
      holder.reason.printed = holder.reason.value;
      holder.reason.value = reasonCode(holder.reason.printed, vocabulary);
    } else if (bodyReason.found()) {
      holder.reason = bodyReason;
    } else {
      holder.reason.value = "unspecified";
      holder.reason.confidence = 0.5;
    }
  }
}

}  // namespace cabut::extract
