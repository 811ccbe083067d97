#include "rules/text_similarity.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <set>

namespace cabut::rules {
namespace {

// Words that say nothing about which office is meant.
const std::set<std::string, std::less<>> kOfficeStopWords{
    "dan", "kabupaten", "kab", "kota", "provinsi", "prov", "daerah", "pemerintah", "the"};

// Splits on spaces, tabs and commas (no istringstream: it is slow enough to show in the
// rules benchmark).
std::vector<std::string> words(std::string_view text) {
  std::vector<std::string> out;
  size_t pos = 0;
  while (pos < text.size()) {
    const auto start = text.find_first_not_of(" \t,", pos);
    if (start == std::string_view::npos) break;
    const auto end = std::min(text.find_first_of(" \t,", start), text.size());
    out.emplace_back(text.substr(start, end - start));
    pos = end;
  }
  return out;
}

char ocrCanonical(char ch) {
  switch (ch) {
    case '0':
      return 'o';
    case '1':
      return 'l';
    case '5':
      return 's';
    case '8':
      return 'b';
    default:
      return ch;
  }
}

size_t editDistance(std::string_view a, std::string_view b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      const size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

std::string comparable(std::string_view folded) {
  std::string out;
  for (char ch : folded)
    if (ch != ' ') out += ocrCanonical(ch);
  return out;
}

bool isTitleWord(std::string_view word) {
  // "Dr.", "H.", "Hj.", "Drs.", "S.Kom.", "M.Si", "A.Md.": short and dotted.
  const bool dotted = word.find('.') != std::string_view::npos;
  const size_t letters =
      std::count_if(word.begin(), word.end(), [](unsigned char ch) { return std::isalpha(ch); });
  return dotted && letters <= 5;
}

bool wordsMatch(const std::string& a, const std::string& b) {
  if (a == b) return true;
  return a.size() >= 5 && b.size() >= 5 && editDistance(comparable(a), comparable(b)) <= 1;
}

}  // namespace

std::string foldText(std::string_view text) {
  std::string out;
  bool pendingSpace = false;
  for (unsigned char ch : text) {
    const bool keep = std::isalnum(ch) || ch >= 0x80;
    if (!keep) {
      pendingSpace = !out.empty();
      continue;
    }
    if (pendingSpace) out += ' ';
    pendingSpace = false;
    out += static_cast<char>(std::tolower(ch));
  }
  return out;
}

std::string nameWithoutTitles(std::string_view name) {
  const auto comma = name.find(',');
  const std::string_view beforeComma = name.substr(0, comma);
  std::string kept;
  for (const auto& word : words(beforeComma))
    if (!isTitleWord(word)) kept += (kept.empty() ? "" : " ") + word;
  return foldText(kept);
}

double similarity(std::string_view a, std::string_view b) {
  const std::string left = comparable(a), right = comparable(b);
  if (left.empty() || right.empty()) return 0.0;
  const double longer = static_cast<double>(std::max(left.size(), right.size()));
  return 1.0 - static_cast<double>(editDistance(left, right)) / longer;
}

bool namesSimilar(std::string_view a, std::string_view b, double threshold) {
  return similarity(nameWithoutTitles(a), nameWithoutTitles(b)) >= threshold;
}

double officeOverlap(std::string_view a, std::string_view b) {
  auto significant = [](std::string_view text) {
    auto all = words(foldText(text));
    std::erase_if(all, [](const std::string& word) { return kOfficeStopWords.count(word) > 0; });
    return all;
  };
  auto left = significant(a), right = significant(b);
  if (left.empty() || right.empty()) return 0.0;
  if (left.size() > right.size()) std::swap(left, right);
  const auto found = std::count_if(left.begin(), left.end(), [&](const std::string& word) {
    return std::any_of(right.begin(), right.end(),
                       [&](const std::string& other) { return wordsMatch(word, other); });
  });
  return static_cast<double>(found) / static_cast<double>(left.size());
}

bool emailDomainAllowed(std::string_view email, std::string_view domains) {
  const auto at = email.find('@');
  if (at == 0 || at == std::string_view::npos || email.find('@', at + 1) != std::string_view::npos)
    return false;
  std::string domain(email.substr(at + 1));
  std::transform(domain.begin(), domain.end(), domain.begin(),
                 [](unsigned char ch) { return std::tolower(ch); });
  if (domain.empty() || domain.find_first_of(" \t") != std::string::npos) return false;
  for (std::string allowed : words(domains)) {
    std::transform(allowed.begin(), allowed.end(), allowed.begin(),
                   [](unsigned char ch) { return std::tolower(ch); });
    if (domain == allowed) return true;
    if (domain.size() > allowed.size() + 1 && domain.ends_with("." + allowed)) return true;
  }
  return false;
}

}  // namespace cabut::rules
