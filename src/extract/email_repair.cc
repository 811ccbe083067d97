// Placing a lost "@" in e-mail addresses from the domains the same letter shows.
#include <algorithm>
#include <cctype>
#include <set>

#include "extract/letter_parts.h"
#include "extract/text_fold.h"

namespace cabut::extract {
namespace {

std::string lower(std::string text) {
  for (char& ch : text) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return text;
}

// The domains a letter shows: after "@" in its addresses, and its web sites'
// registrable part (the last three labels of "dinsos.majenekab.go.id").
std::set<std::string> letterDomains(const LetterRows& letter) {
  std::set<std::string> domains;
  for (const auto& row : letter.rows) {
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
      // the last three labels
      size_t cut = domain.size();
      for (int dots = 0; dots < 3 && cut != std::string::npos && cut > 0; ++dots)
        cut = domain.rfind('.', cut - 1);
      if (cut != std::string::npos && cut + 1 < domain.size())
        domains.insert(domain.substr(cut + 1));
      else
        domains.insert(domain);
    }
  }
  return domains;
}

long dots(const std::string& text) {
  return std::count(text.begin(), text.end(), '.');
}

std::string dotless(std::string text) {
  std::erase(text, '.');
  return text;
}

}  // namespace

void repairEmails(std::vector<Person>& holders, const LetterRows& letter) {
  std::set<std::string> domains;
  bool loaded = false;
  for (auto& holder : holders) {
    std::string& email = holder.email.value;
    if (email.empty()) continue;
    const size_t at = email.find('@');
    if (!loaded) {
      domains = letterDomains(letter);
      for (const auto& other : holders) {
        const size_t otherAt = other.email.value.find('@');
        if (otherAt != std::string::npos) domains.insert(other.email.value.substr(otherAt + 1));
      }
      loaded = true;
    }
    if (at != std::string::npos) {
      // "inspektoratmamasakab.go.id": a dot lost from a domain the letter shows. Only ever
      // a dot put back: the letter may show the same domain misread too ("palukotago.id"),
      // and a well-read address must not take that reading.
      const std::string domain = email.substr(at + 1);
      for (const auto& known : domains) {
        if (dots(known) > dots(domain) && dotless(known) == dotless(domain)) {
          email = email.substr(0, at + 1) + known;
          holder.email.confidence = 0.7;
          break;
        }
      }
      continue;
    }
    // The longest known domain the address ends with, one character after the user part.
    std::string best;
    for (const auto& domain : domains)
      if (email.size() > domain.size() + 2 && email.ends_with(domain) &&
          email[email.size() - domain.size() - 1] != '.' && domain.size() > best.size())
        best = domain;
    if (best.empty()) continue;
    email[email.size() - best.size() - 1] = '@';
    holder.email.confidence = 0.6;
  }
}

}  // namespace cabut::extract
