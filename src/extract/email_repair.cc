// Placing a lost "@" in e-mail addresses from the domains the same letter shows, and
// spelling their user names like the holders' names.
#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <string_view>
#include <vector>

#include "extract/letter_parts.h"
#include "extract/text_fold.h"
#include "extract/values.h"

namespace cabut::extract {
namespace {

std::string lower(std::string text) {
  for (char& ch : text) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return text;
}

// Whether `row` holds one of the holders' addresses (its words are counted as theirs).
bool holdsAnAddress(const Row& row, const std::vector<Person>& holders) {
  return std::any_of(holders.begin(), holders.end(), [&](const Person& holder) {
    const Field& email = holder.email;
    return email.found() && email.page == row.page && email.box.y0 < row.box.y1 &&
           row.box.y0 < email.box.y1;
  });
}

// The last `count` labels of a domain ("majenekab.go.id" of "dinsos.majenekab.go.id"), or
// the whole domain when it has no more.
std::string lastLabels(const std::string& domain, int count) {
  size_t cut = domain.size();
  for (int dots = 0; dots < count && cut != std::string::npos && cut > 0; ++dots)
    cut = domain.rfind('.', cut - 1);
  if (cut != std::string::npos && cut + 1 < domain.size()) return domain.substr(cut + 1);
  return domain;
}

// The domain a regional government's offices write their addresses under, by the
// letterhead's first rows: "PEMERINTAH KABUPATEN MAMUJU TENGAH" -> "mamujutengahkab.go.id",
// "PEMERINTAH KOTA PAREPARE" -> "pareparekota.go.id". Empty for other letterheads.
std::string regionDomain(const LetterRows& letter) {
  constexpr size_t kLetterheadRows = 4;
  for (size_t r = 0; r < letter.rows.size() && r < kLetterheadRows; ++r) {
    const auto words = letter.rows[r].folded();
    const auto government = std::find(words.begin(), words.end(), "pemerintah");
    if (government == words.end() || government + 2 >= words.end()) continue;
    const std::string& kind = *(government + 1);
    if (kind != "kabupaten" && kind != "kota") continue;
    std::string name;
    for (auto word = government + 2; word != words.end(); ++word) {
      if (!std::all_of(word->begin(), word->end(), [](unsigned char c) { return std::isalpha(c); }))
        return {};
      name += *word;
    }
    return name + (kind == "kota" ? "kota" : "kab") + ".go.id";
  }
  return {};
}

// The domains a letter shows outside the holders' addresses (its letterhead, a "cc"
// line): after "@" in addresses, and its web sites' registrable part (the last three
// labels of "dinsos.majenekab.go.id").
std::set<std::string> letterDomains(const LetterRows& letter, const std::vector<Person>& holders) {
  std::set<std::string> domains;
  for (const auto& row : letter.rows) {
    if (holdsAnAddress(row, holders)) continue;
    for (const auto& word : row.words()) {
      const std::string text = lower(trim(word.text, ".,;:()<>"));
      const size_t at = text.find('@');
      std::string domain = at == std::string::npos ? text : text.substr(at + 1);
      if (domain.starts_with("http"))
        domain = domain.substr(domain.find("//") == std::string::npos ? 0 : domain.find("//") + 2);
      if (std::count(domain.begin(), domain.end(), '.') < 2 ||
          domain.find('@') != std::string::npos)
        continue;
      if (domain.starts_with("www.")) domain.erase(0, 4);
      domains.insert(domain);
      domains.insert(lastLabels(domain, 3));
    }
  }
  if (const std::string region = regionDomain(letter); !region.empty()) domains.insert(region);
  return domains;
}

long dots(const std::string& text) {
  return std::count(text.begin(), text.end(), '.');
}

std::string dotless(std::string text) {
  std::erase(text, '.');
  return text;
}

// A domain as mail can be sent to: labels of letters, digits and hyphens, ending in a
// top-level label of two to six letters ("go.id", "com"; not "go.3" or "go.iae").
bool wellFormed(const std::string& domain) {
  const auto labels = split(domain, '.');
  if (labels.size() < 2) return false;
  for (const auto& label : labels) {
    if (label.empty()) return false;
    for (unsigned char c : label)
      if (!std::isalnum(c) && c != '-') return false;
  }
  const std::string& top = labels.back();
  return top.size() >= 2 && top.size() <= 6 &&
         std::all_of(top.begin(), top.end(), [](unsigned char c) { return std::isalpha(c); });
}

// The domain a misread one stands for: among the domains more places of the letter show
// (at least the letterhead or two addresses), the one nearest to the whole domain or to
// its part after a subdomain ("pupr.makussurkota.go.id" -> "pupr." + "makassarkota.go.id"),
// within about one edit in seven letters. Empty when the domain already ends in a known
// one ("dinkes.mamasakab.go.id" beside "mamasakab.go.id") or none is near enough.
std::string nearestKnownDomain(const std::string& domain,
                               const std::map<std::string, int>& support) {
  const int own = support.count(domain) ? support.at(domain) : 0;
  std::vector<size_t> starts{0};
  for (size_t dot = domain.find('.'); dot != std::string::npos; dot = domain.find('.', dot + 1))
    starts.push_back(dot + 1);
  // Any other domain the letter shows, or its registrable part, that this one ends in.
  for (const auto& [known, count] : support) {
    if (known == domain) continue;
    for (const std::string& part : {known, lastLabels(known, 3)}) {
      for (size_t start : starts)
        if (domain.compare(start, std::string::npos, part) == 0) return {};
    }
  }
  std::string best;
  int bestDistance = 0, bestCount = 0;
  for (const auto& [known, count] : support) {
    if (count < 2 || count <= own || !wellFormed(known)) continue;
    const int allowed = std::max<int>(1, static_cast<int>(known.size()) / 7);
    for (size_t start : starts) {
      const std::string_view tail = std::string_view(domain).substr(start);
      // A dot OCR read inside a label ("go.vakab.go.id") costs nothing more than the letter
      // it came with.
      const int distance =
          std::min(editDistance(tail, known, allowed),
                   editDistance(dotless(std::string(tail)), dotless(known), allowed));
      if (distance > allowed) continue;
      if (best.empty() || distance < bestDistance ||
          (distance == bestDistance && count > bestCount)) {
        best = domain.substr(0, start) + known;
        bestDistance = distance;
        bestCount = count;
      }
    }
  }
  return best;
}

// Narrow letters: OCR reads one for another and drops or adds them ("iham" for "ilham",
// "magdatena" for "magdalena"); an edit of a wide letter ("muhamad" beside "Muhammad") is
// the holder's own spelling.
bool narrow(char ch) {
  return std::string_view("iljtfr1").find(ch) != std::string_view::npos;
}

// Whether one edit of a narrow letter turns `a` into `b` (or "g" for "q", whose tails a
// scan blurs alike: "taufig" for "taufiq").
bool oneNarrowEdit(std::string_view a, std::string_view b) {
  if (a.size() < b.size()) std::swap(a, b);
  size_t k = 0;
  while (k < b.size() && a[k] == b[k]) ++k;
  const auto tails = [](char x, char y) {
    return (x == 'g' && y == 'q') || (x == 'q' && y == 'g');
  };
  if (a.size() == b.size())
    return k < a.size() && ((narrow(a[k]) && narrow(b[k])) || tails(a[k], b[k])) &&
           a.substr(k + 1) == b.substr(k + 1);
  return a.size() == b.size() + 1 && narrow(a[k]) && a.substr(k + 1) == b.substr(k);
}

// How an address's user name spells the holder's name: each word of the name read with its
// capital ("Ilham", not "trwan", whose capital OCR lost), and each word after an initial of
// itself or of an earlier word ("lpakiding" of Lidya Pakiding, "iilyas" of Ilyas).
std::set<std::string> nameSpellings(const std::string& name) {
  std::vector<std::string> words;  // with the short ones, whose initials count ("I Nyoman")
  for (const auto& word : split(name.substr(0, name.find(',')), ' ')) {
    const std::string letters = fold(word);
    if (!letters.empty() && std::isupper(static_cast<unsigned char>(word[0])) &&
        std::all_of(letters.begin(), letters.end(),
                    [](unsigned char ch) { return std::isalpha(ch); }))
      words.push_back(letters);
  }
  std::set<std::string> spellings;
  for (size_t w = 0; w < words.size(); ++w) {
    if (words[w].size() < 3) continue;
    spellings.insert(words[w]);
    for (size_t initial = 0; initial <= w; ++initial)
      spellings.insert(words[initial][0] + words[w]);
  }
  return spellings;
}

// The letters a user name's part [begin, end) opens with ("djalil" of "djalil79").
std::string leadingLetters(const std::string& address, size_t begin, size_t end) {
  size_t letters = begin;
  while (letters < end && std::isalpha(static_cast<unsigned char>(address[letters]))) ++letters;
  return address.substr(begin, letters - begin);
}

// The user name's parts ("ilham", "djalil" of "ilham.djalil79") one narrow letter off a
// spelling of the holder's name, and off no other, take the name's spelling.
void spellUserLikeName(Person& holder) {
  const std::string read = holder.email.value;
  if (read.find('@') == std::string::npos || !holder.name.found()) return;
  const auto spellings = nameSpellings(holder.name.value);
  std::string& email = holder.email.value;
  const auto parts = userNameParts(read);
  // From the last part back, so the earlier parts' places stay.
  for (auto part = parts.rbegin(); part != parts.rend(); ++part) {
    const std::string word = leadingLetters(read, part->first, part->second);
    if (word.size() < 4 || spellings.count(word)) continue;
    std::vector<std::string> near;
    for (const auto& spelling : spellings)
      if (oneNarrowEdit(word, spelling)) near.push_back(spelling);
    // "ipakiding" is one letter off "lpakiding" and a speck off "pakiding": a letter
    // misread is the likelier, when it is the only one of that length.
    if (near.size() > 1) {
      std::erase_if(near,
                    [&](const std::string& spelling) { return spelling.size() != word.size(); });
    }
    if (near.size() == 1) email.replace(part->first, word.size(), near.front());
  }
  if (email == read) return;
  if (holder.email.printed.empty()) holder.email.printed = read;
  holder.email.confidence = std::min(holder.email.confidence, 0.7);
}

}  // namespace

bool nameSpeltInEmail(const std::string& name, const std::string& email) {
  if (email.find('@') == std::string::npos) return false;
  const auto spellings = nameSpellings(name);
  for (const auto& [begin, end] : userNameParts(email)) {
    if (spellings.count(lower(leadingLetters(email, begin, end)))) return true;
  }
  return false;
}

void repairEmails(std::vector<Person>& holders, const LetterRows& letter) {
  // Each domain with the number of places that show it: the letterhead counts twice (its
  // print is large and clean), each holder's address once.
  if (std::none_of(holders.begin(), holders.end(),
                   [](const Person& holder) { return holder.email.found(); }))
    return;
  std::map<std::string, int> support;
  for (const auto& domain : letterDomains(letter, holders)) support[domain] += 2;
  for (const auto& holder : holders) {
    const size_t at = holder.email.value.find('@');
    if (at != std::string::npos) ++support[holder.email.value.substr(at + 1)];
  }
  for (auto& holder : holders) {
    spellUserLikeName(holder);
    std::string& email = holder.email.value;
    if (email.empty()) continue;
    const size_t at = email.find('@');
    if (at != std::string::npos) {
      // "inspektoratmamasakab.go.id": a dot lost from a domain the letter shows. Only ever
      // a dot put back, and only from a reading as many places show: the letter may show the
      // same domain misread too ("palukotago.id", or "mamu.jutengahkab.go.id" where a
      // narrow cell wrapped it), and a well-read address must not take that reading.
      const std::string domain = email.substr(at + 1);
      const int own = support.count(domain) ? support.at(domain) : 0;
      for (const auto& [known, count] : support) {
        if (dots(known) > dots(domain) && dotless(known) == dotless(domain) && count >= own) {
          email = email.substr(0, at + 1) + known;
          holder.email.confidence = 0.7;
          break;
        }
      }
      if (email.substr(at + 1) != domain) continue;
      if (const std::string near = nearestKnownDomain(domain, support); !near.empty()) {
        email = email.substr(0, at + 1) + near;
        holder.email.confidence = 0.6;
      }
      continue;
    }
    // The longest known domain the address ends with, one character after the user part.
    std::string best;
    for (const auto& [domain, count] : support)
      if (email.size() > domain.size() + 2 && email.ends_with(domain) &&
          email[email.size() - domain.size() - 1] != '.' && domain.size() > best.size())
        best = domain;
    if (best.empty()) continue;
    email[email.size() - best.size() - 1] = '@';
    email = digitsAfterDigits(email);
    holder.email.confidence = 0.6;
  }
}

}  // namespace cabut::extract
