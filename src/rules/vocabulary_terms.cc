#include "rules/vocabulary_terms.h"

#include "rules/text_similarity.h"

namespace cabut::rules {
namespace {

// `text` starts with `term` as whole words.
bool startsWithWords(std::string_view text, std::string_view term) {
  return !term.empty() && text.starts_with(term) &&
         (text.size() == term.size() || text[term.size()] == ' ');
}

}  // namespace

size_t TitleVocabulary::titleLength(std::string_view text, std::string* remainder) const {
  const std::string folded = foldText(text);
  std::string_view rest = folded;
  for (bool stripped = true; stripped;) {
    stripped = false;
    for (const auto& prefix : ignoredPrefixes) {
      if (startsWithWords(rest, prefix)) {
        rest.remove_prefix(std::min(rest.size(), prefix.size() + 1));
        stripped = true;
      }
    }
  }
  size_t best = 0;
  bool bestExcluded = false;
  for (const auto& term : terms)
    if (startsWithWords(rest, term) && term.size() > best) best = term.size();
  for (const auto& term : excluded)
    if (startsWithWords(rest, term) && term.size() >= best) {
      best = term.size();
      bestExcluded = true;
    }
  if (best == 0 || bestExcluded) return 0;
  if (remainder) *remainder = std::string(rest.substr(std::min(rest.size(), best + 1)));
  return best;
}

}  // namespace cabut::rules
