// Comparing what two letters (or a letter and a vocabulary) say, tolerant of OCR errors.
// Internal to rules/ (the XPath functions name-similar, same-office, ... call these).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace cabut::rules {

// Lower case ASCII letters and digits, everything else one space, trimmed. UTF-8 letters
// outside ASCII are kept as they are.
std::string foldText(std::string_view text);

// A person's name without academic or religious titles: "Dr. H. Muhammad Rizal, S.Kom.,
// M.Si." -> "muhammad rizal". Titles after the first comma, and short dotted words
// ("Dr.", "Hj.", "S.Kom") anywhere, are dropped.
std::string nameWithoutTitles(std::string_view name);

// 1 - edit distance / longer length, after mapping the digits OCR confuses with letters
// (0->o, 1->l, 5->s, 8->b) and ignoring spaces. 0 when either side is empty.
double similarity(std::string_view a, std::string_view b);

// similarity(nameWithoutTitles(a), nameWithoutTitles(b)) >= threshold.
bool namesSimilar(std::string_view a, std::string_view b, double threshold);

// Whether two office names denote the same office: the share of the shorter name's words
// that appear (up to one OCR error in words of 5+ letters) in the other; small words
// ("dan", "kabupaten", ...) ignored.
double officeOverlap(std::string_view a, std::string_view b);

// "user@mamujukab.go.id" is on an allowed domain when its domain is one of `domains`
// (separated by spaces or commas) or a subdomain of one. The address must have a non-empty
// local part and exactly one '@'.
bool emailDomainAllowed(std::string_view email, std::string_view domains);

}  // namespace cabut::rules
