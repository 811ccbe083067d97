// Placing a lost "@" in e-mail addresses from the domains the same letter shows.
#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "extract/letter_parts.h"
#include "extract/text_fold.h"

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
    holder.email.confidence = 0.6;
  }
}

}  // namespace cabut::extract
