// repairNameTitles: the academic degrees after a name and the titles before it, spelt as the
// vocabulary knows them where OCR bent one stroke ("M.T." read "ML.", "S.T." read "S.Y.",
// "Hj." read "Hi.", "S.A.P." read "Sai P").
#include <Poco/RegularExpression.h>

#include <algorithm>
#include <cctype>
#include <limits>

#include "extract/letter_parts.h"
#include "extract/text_fold.h"

namespace cabut::extract {
namespace {

// Glyphs a scan blurs into one another: a cheap substitution.
bool lookAlike(char a, char b) {
  static const std::vector<std::string_view> groups = {
      "il1jt|!", "ty", "fr", "ft", "ce", "mn", "hn", "uv", "o0", "s5", "b8", "g9", "z2"};
  return std::any_of(groups.begin(), groups.end(), [&](std::string_view group) {
    return group.find(a) != std::string_view::npos && group.find(b) != std::string_view::npos;
  });
}

// A thin stroke (a speck read as "i", a dot read as "l") comes and goes cheaply.
bool thin(char c) {
  return std::string_view("il1j|!'").find(c) != std::string_view::npos;
}

// Edit distance where look-alike substitutions cost 0.4 and thin strokes 0.6.
double misreadCost(std::string_view read, std::string_view known) {
  std::vector<double> row(known.size() + 1), next(known.size() + 1);
  for (size_t j = 1; j <= known.size(); ++j) row[j] = row[j - 1] + (thin(known[j - 1]) ? 0.6 : 1);
  for (size_t i = 1; i <= read.size(); ++i) {
    next[0] = row[0] + (thin(read[i - 1]) ? 0.6 : 1);
    for (size_t j = 1; j <= known.size(); ++j) {
      const char a = read[i - 1], b = known[j - 1];
      const double change = a == b ? 0 : lookAlike(a, b) ? 0.4 : 1;
      next[j] = std::min(
          {row[j - 1] + change, row[j] + (thin(a) ? 0.6 : 1), next[j - 1] + (thin(b) ? 0.6 : 1)});
    }
    std::swap(row, next);
  }
  return row[known.size()];
}

// The known title `printed` stands for: itself when known, else the only one a single
// misread away (a look-alike or thin stroke for a two-letter title, where any other change
// would be a guess among many). Empty when none or no single one.
std::string knownTitle(std::string_view printed, const std::vector<std::string>& known) {
  const std::string key = foldedLetters(printed);
  if (key.empty()) return {};
  double best = std::numeric_limits<double>::max(), second = best;
  const std::string* found = nullptr;
  for (const auto& title : known) {
    const double cost = misreadCost(key, foldedLetters(title));
    if (cost == 0) return title;
    // Two spellings of one degree ("S.AP.", "S.A.P.") are one candidate.
    if (found && foldedLetters(title) == foldedLetters(*found)) continue;
    if (cost < best) {
      second = best;
      best = cost;
      found = &title;
    } else if (cost < second) {
      second = cost;
    }
  }
  const double limit = key.size() <= 2 ? 0.6 : 1.0;
  if (!found || best > limit || second - best < 0.15) return {};
  return *found;
}

// `title` in capitals when the reading was printed in capitals ("S.PSL." -> "S.PSI.").
std::string casedAsPrinted(const std::string& title, std::string_view printed) {
  const bool capitals = std::none_of(printed.begin(), printed.end(), [](char c) {
    return std::islower(static_cast<unsigned char>(c));
  });
  if (!capitals) return title;
  std::string upper = title;
  for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return upper;
}

// One part after a comma: a degree, or degrees whose comma OCR lost ("S.Stat. ML.").
std::optional<std::string> mendedDegrees(const std::string& part,
                                         const std::vector<std::string>& degrees) {
  // A capital I read as a stroke between its dots ("S.Pd.!."); a stroke elsewhere may be
  // a dot misread ("S|Kom.").
  std::string printed = trim(part);
  for (size_t k = 1; k < printed.size(); ++k)
    if ((printed[k] == '!' || printed[k] == '|') && printed[k - 1] == '.' &&
        (k + 1 == printed.size() || printed[k + 1] == '.'))
      printed[k] = 'I';
  const auto asPrinted = [](const std::string& title, const std::string& reading) {
    return foldedLetters(title) == foldedLetters(reading) ? reading
                                                          : casedAsPrinted(title, reading);
  };
  const auto whole = knownTitle(printed, degrees);
  // Read letter for letter it stays as printed, unless a colon stands for a dot ("S:IP").
  if (!whole.empty() && foldedLetters(whole) == foldedLetters(printed))
    return printed.find_first_of(":;") == std::string::npos ? printed
                                                            : casedAsPrinted(whole, printed);
  // Degrees whose comma OCR lost ("S.H. M.M.") before one bent degree ("Sai P").
  const auto pieces = split(printed, ' ');
  std::string joined;
  for (const auto& piece : pieces) {
    if (piece.empty()) continue;
    const auto title = knownTitle(piece, degrees);
    if (title.empty() || pieces.size() < 2) {
      joined.clear();
      break;
    }
    joined += (joined.empty() ? "" : ", ") + asPrinted(title, piece);
  }
  if (!joined.empty()) return joined;
  if (!whole.empty()) return asPrinted(whole, printed);
  return std::nullopt;
}

// A word of titles glued together ("IRH." for "IR. H."): the known titles it is made of.
std::optional<std::string> gluedTitles(const std::string& word,
                                       const std::vector<std::string>& titles) {
  const std::string key = foldedLetters(word);
  for (const auto& first : titles)
    for (const auto& second : titles)
      if (foldedLetters(first) + foldedLetters(second) == key)
        return casedAsPrinted(first, word) + " " + casedAsPrinted(second, word);
  return std::nullopt;
}

// "LrAndi" -> "Ir. Andi", "Hj-Hariani" -> "Hj. Hariani": up to three letters that are a
// title (or one misread from one), then a dash or a capital opening the name.
std::optional<std::string> titleGluedToName(const std::string& word,
                                            const std::vector<std::string>& titles) {
  static const Poco::RegularExpression glued(
      "^([A-Za-z]{1,3})(?:-|(?=[A-Z][a-z]{2}))([A-Z][a-z]+)$");
  std::vector<std::string> parts;
  if (glued.split(word, parts) != 3) return std::nullopt;
  const std::string title = knownTitle(parts[1] + ".", titles);
  if (title.empty()) return std::nullopt;
  return casedAsPrinted(title, parts[1]) + " " + parts[2];
}

// Specks and a label's remnant read before a name ("m2 Dr. H. Andi", "La : Agus"): words
// before a colon, or marks (a digit, a quote, lower case only) before a title spelt as
// known, are dropped. A title whose dot was lost ("Ir H. Budi") is no speck.
bool dropScrapsBeforeName(std::vector<std::string>& words, const std::vector<std::string>& titles) {
  constexpr size_t kMaxScraps = 2;
  for (size_t k = 0; k < words.size() && k <= kMaxScraps; ++k) {
    if (words[k] == ":" || (words[k].ends_with(':') && foldedLetters(words[k]).size() <= 3)) {
      if (k + 1 >= words.size()) return false;
      words.erase(words.begin(), words.begin() + static_cast<long>(k + 1));
      return true;
    }
  }
  size_t title = 0;
  const auto spelt = [&](const std::string& word) {
    const std::string known = knownTitle(word, titles);
    return word.ends_with('.') && !known.empty() && foldedLetters(known) == foldedLetters(word);
  };
  while (title < words.size() && title <= kMaxScraps && !spelt(words[title])) ++title;
  if (title == 0 || title > kMaxScraps || title >= words.size()) return false;
  for (size_t k = 0; k < title; ++k) {
    const std::string& word = words[k];
    if (!knownTitle(word + ".", titles).empty()) return false;
    const bool marks = std::any_of(word.begin(), word.end(), [](unsigned char c) {
      return std::isdigit(c) || !(std::isalpha(c) || c == '.');
    });
    const bool lower =
        std::none_of(word.begin(), word.end(), [](unsigned char c) { return std::isupper(c); });
    if (!marks && !lower) return false;
  }
  words.erase(words.begin(), words.begin() + static_cast<long>(title));
  return true;
}

}  // namespace

void repairNameTitles(Field& name, const Vocabulary& vocabulary) {
  if (!name.found()) return;
  auto parts = split(name.value, ',');
  bool changed = false;
  // Titles before the name: short words ending in a dot ("Ir.", "Hj.").
  auto words = split(parts.front(), ' ');
  if (dropScrapsBeforeName(words, vocabulary.nameTitles)) changed = true;
  // "Hi BUDI", "HL BUDI": the title "H." with its dot read as a stroke.
  static const Poco::RegularExpression strokeForDot("^H[iLl1|!]$");
  if (words.size() > 1 && strokeForDot.match(words[0]) && !words[1].empty() &&
      std::isupper(static_cast<unsigned char>(words[1][0]))) {
    words[0] = "H.";
    changed = true;
  }
  for (size_t k = 0; k + 1 < words.size(); ++k) {
    std::string& word = words[k];
    if (word.empty()) continue;
    // A title glued to the name, its dot lost or read as a dash: "LrAndi", "Hj-Hariani".
    if (const auto glued = titleGluedToName(word, vocabulary.nameTitles)) {
      word = *glued;
      changed = true;
      break;
    }
    if (!word.ends_with('.') || foldedLetters(word).size() > 4) break;
    if (const auto glued = gluedTitles(word, vocabulary.nameTitles)) {
      word = *glued;
      changed = true;
      continue;
    }
    const auto title = knownTitle(word, vocabulary.nameTitles);
    if (title.empty()) break;
    if (foldedLetters(title) != foldedLetters(word)) {
      word = casedAsPrinted(title, word);
      changed = true;
    }
  }
  std::string front;
  for (const auto& word : words) front += (front.empty() ? "" : " ") + word;
  std::string mended = front;
  for (size_t k = 1; k < parts.size(); ++k) {
    if (trim(parts[k]).empty()) {
      mended += ",";
      continue;
    }
    const auto degrees = mendedDegrees(parts[k], vocabulary.degrees);
    if (degrees && *degrees != trim(parts[k])) changed = true;
    mended += ", " + (degrees ? *degrees : trim(parts[k]));
  }
  if (!changed) return;
  name.value = mended;
  name.confidence *= 0.9;
}

}  // namespace cabut::extract
