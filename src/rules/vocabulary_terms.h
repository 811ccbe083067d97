// A checklist's word lists (e.g. the titles of heads of office), matched against folded text.
// Internal to rules/.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace cabut::rules {

struct TitleVocabulary {
  std::vector<std::string> ignoredPrefixes;  // folded: "plt", "plh", "pj"
  std::vector<std::string> terms;            // folded: "kepala", "camat", "sekretaris daerah"
  std::vector<std::string> excluded;         // folded: "kepala bidang", "kepala seksi"

  // The length (in folded characters) of the title `text` starts with, after any ignored
  // prefixes; 0 when it starts with no term, or the longest match is an excluded one.
  // `remainder` gets the folded text after the title.
  size_t titleLength(std::string_view text, std::string* remainder = nullptr) const;
};

}  // namespace cabut::rules
