#include "extract/text_fold.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>

namespace cabut::extract {
namespace {

// Decodes one UTF-8 sequence at `i` (advancing it); invalid bytes give U+FFFD.
char32_t nextCodePoint(std::string_view text, size_t& i) {
  const auto byte = [&](size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char lead = byte(i);
  int length = lead < 0x80         ? 1
               : (lead >> 5) == 6  ? 2
               : (lead >> 4) == 14 ? 3
               : (lead >> 3) == 30 ? 4
                                   : 0;
  if (length == 0 || i + length > text.size()) {
    ++i;
    return 0xFFFD;
  }
  char32_t cp = length == 1 ? lead : lead & (0x7F >> length);
  for (int k = 1; k < length; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) {
      ++i;
      return 0xFFFD;
    }
    cp = (cp << 6) | (byte(i + k) & 0x3F);
  }
  i += length;
  return cp;
}

// Latin-1 supplement and Latin Extended-A letters to their base letter (lower case).
char baseLetter(char32_t cp) {
  static constexpr std::string_view latin1 =  // U+00C0..U+00FF
      "aaaaaaaceeeeiiiidnooooo ouuuuyts"
      "aaaaaaaceeeeiiiidnooooo ouuuuyty";
  if (cp >= 0xC0 && cp <= 0xFF) return latin1[cp - 0xC0];
  if (cp >= 0x100 && cp <= 0x17F) {
    static constexpr std::string_view extendedA =  // pairs, U+0100..U+017F
        "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkklllllllllllnnnnnnnnnoooooooorrrrr"
        "rssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";
    const size_t index = cp - 0x100;
    return index < extendedA.size() ? extendedA[index] : ' ';
  }
  return ' ';
}

// Undoes the confusions OCR makes between letter shapes, for comparing words only.
std::string ocrCanonical(std::string_view word) {
  std::string out;
  for (size_t i = 0; i < word.size(); ++i) {
    const char ch = word[i];
    const char next = i + 1 < word.size() ? word[i + 1] : '\0';
    if (ch == 'r' && next == 'n') {
      out += 'm';
      ++i;
    } else if (ch == 'v' && next == 'v') {
      out += 'w';
      ++i;
    } else if (ch == 'c' && next == 'l') {
      out += 'd';
      ++i;
    } else if (ch == '0') {
      out += 'o';
    } else if (ch == '1' || ch == 'i' || ch == 'j') {
      out += 'l';  // i, j, l and 1 are the usual vertical-stroke confusions
    } else {
      out += ch;
    }
  }
  return out;
}

}  // namespace

std::string fold(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pendingSpace = false;
  for (size_t i = 0; i < text.size();) {
    const char32_t cp = nextCodePoint(text, i);
    char folded = ' ';
    if (cp < 0x80) {
      const char ch = static_cast<char>(cp);
      if (ch >= 'A' && ch <= 'Z')
        folded = static_cast<char>(ch - 'A' + 'a');
      else if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9'))
        folded = ch;
    } else {
      folded = baseLetter(cp);
    }
    if (folded == ' ') {
      pendingSpace = !out.empty();
      continue;
    }
    if (pendingSpace) out += ' ';
    pendingSpace = false;
    out += folded;
  }
  return out;
}

std::vector<std::string> foldedWords(std::string_view text) {
  std::vector<std::string> words;
  const std::string folded = fold(text);
  size_t start = 0;
  while (start < folded.size()) {
    size_t end = folded.find(' ', start);
    if (end == std::string::npos) end = folded.size();
    words.emplace_back(folded.substr(start, end - start));
    start = end + 1;
  }
  return words;
}

bool hasAlnum(std::string_view text) {
  return std::any_of(text.begin(), text.end(),
                     [](char ch) { return std::isalnum(static_cast<unsigned char>(ch)); });
}

std::vector<std::string> split(std::string_view text, char separator) {
  std::vector<std::string> parts;
  size_t at = 0;
  for (;;) {
    const size_t next = text.find(separator, at);
    parts.emplace_back(
        text.substr(at, next == std::string_view::npos ? std::string_view::npos : next - at));
    if (next == std::string_view::npos) return parts;
    at = next + 1;
  }
}

bool mixedCase(std::string_view text) {
  for (size_t k = 1; k < text.size(); ++k) {
    if (std::islower(static_cast<unsigned char>(text[k - 1])) &&
        std::isupper(static_cast<unsigned char>(text[k])))
      return true;
  }
  return false;
}

std::string withoutLeadingMarks(const std::string& word) {
  size_t at = 0;
  while (at < word.size()) {
    const unsigned char ch = static_cast<unsigned char>(word[at]);
    if (ch < 0x80) {
      if (std::isalnum(ch) || ch == '(') break;
      ++at;
      continue;
    }
    size_t length = 1;
    while (at + length < word.size() &&
           (static_cast<unsigned char>(word[at + length]) & 0xC0) == 0x80)
      ++length;
    if (!fold(word.substr(at, length)).empty()) break;  // a letter with an accent
    at += length;
  }
  return word.substr(at);
}

std::string foldedLetters(std::string_view text) {
  std::string letters = fold(text);
  std::erase(letters, ' ');
  return letters;
}

int editDistance(std::string_view a, std::string_view b, int limit) {
  const int n = static_cast<int>(a.size()), m = static_cast<int>(b.size());
  if (std::abs(n - m) > limit) return limit + 1;
  std::vector<int> previous2(m + 1), previous(m + 1), current(m + 1);
  for (int j = 0; j <= m; ++j) previous[j] = j;
  for (int i = 1; i <= n; ++i) {
    current[0] = i;
    int rowMin = current[0];
    for (int j = 1; j <= m; ++j) {
      const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        current[j] = std::min(current[j], previous2[j - 2] + 1);
      rowMin = std::min(rowMin, current[j]);
    }
    if (rowMin > limit) return limit + 1;
    std::swap(previous2, previous);
    std::swap(previous, current);
  }
  return std::min(previous[m], limit + 1);
}

bool sameWord(std::string_view ocrWord, std::string_view vocabularyWord) {
  if (ocrWord == vocabularyWord) return true;
  const std::string a = ocrCanonical(ocrWord), b = ocrCanonical(vocabularyWord);
  if (a == b) return true;
  const int length = static_cast<int>(b.size());
  const int allowed = length >= 7 ? 2 : length >= 4 ? 1 : 0;
  return allowed > 0 && editDistance(a, b, allowed) <= allowed;
}

int findPhrase(const std::vector<std::string>& words, const std::vector<std::string>& phrase,
               size_t from) {
  if (phrase.empty() || words.size() < phrase.size()) return -1;
  for (size_t start = from; start + phrase.size() <= words.size(); ++start) {
    bool all = true;
    for (size_t k = 0; k < phrase.size() && all; ++k) all = sameWord(words[start + k], phrase[k]);
    if (all) return static_cast<int>(start);
  }
  return -1;
}

bool startsWithPhrase(const std::vector<std::string>& words, const std::vector<std::string>& phrase,
                      size_t skip) {
  for (size_t start = 0; start <= skip && start < words.size(); ++start) {
    if (words.size() - start < phrase.size()) return false;
    bool all = !phrase.empty();
    for (size_t k = 0; k < phrase.size() && all; ++k) all = sameWord(words[start + k], phrase[k]);
    if (all) return true;
  }
  return false;
}

std::string trim(std::string_view text, std::string_view extra) {
  const auto drop = [&](char ch) {
    return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' ||
           extra.find(ch) != std::string_view::npos;
  };
  size_t begin = 0, end = text.size();
  while (begin < end && drop(text[begin])) ++begin;
  while (end > begin && drop(text[end - 1])) --end;
  return std::string(text.substr(begin, end - begin));
}

std::string casedLike(std::string_view word, std::string_view model) {
  bool lower = false, upper = false;
  for (char ch : model) {
    lower = lower || std::islower(static_cast<unsigned char>(ch));
    upper = upper || std::isupper(static_cast<unsigned char>(ch));
  }
  const bool capitals = upper && !lower;
  std::string out(word);
  for (size_t k = 0; k < out.size(); ++k) {
    if (capitals || k == 0)
      out[k] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[k])));
  }
  return out;
}

}  // namespace cabut::extract
