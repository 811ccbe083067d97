// A case's request and recommendation list the same holders, each list or table read
// under its own damage: a phone photo's columns drift and cut a cell short, a stamp or a
// fold crosses a row. The NIP says which holders are one person; each of their fields
// takes the reading that looks least damaged, then the one that holds the other's words
// and more (a cell cut short), then the one the engine was surer of.
#include <algorithm>
#include <cctype>
#include <map>

#include "extract/extract.h"
#include "extract/letter_parts.h"
#include "extract/text_fold.h"
#include "extract/values.h"

namespace cabut::extract {
namespace {

using FieldOf = Field Person::*;

// Marks inside a word's letters ("Terampi!", "$.Sos") or a capital after a small letter
// ("kSosial"): the engine guessing at damaged print. Dots, commas, hyphens, slashes,
// brackets and apostrophes are print.
bool damagedWord(const std::string& word) {
  if (mixedCase(word)) return true;
  return std::any_of(word.begin(), word.end(), [](unsigned char c) {
    return c < 0x80 && !std::isalnum(c) &&
           std::string_view(".,-/()'&").find(static_cast<char>(c)) == std::string_view::npos;
  });
}

std::string domainOf(const std::string& email) {
  const size_t at = email.find('@');
  return at == std::string::npos ? std::string() : email.substr(at + 1);
}

class Judge {
 public:
  explicit Judge(const std::vector<Letter>& letters) {
    for (const auto& letter : letters)
      for (const auto& holder : letter.holders)
        if (holder.email.found()) ++domains_[domainOf(holder.email.value)];
  }

  // True when `other` is a better reading of the field `field` than `current`.
  bool better(FieldOf field, const Field& other, const Field& current) const {
    // Every list names its holders: a name not read here is the other letter's.
    if (field == &Person::name && !current.found()) return other.found() && readsAsName(other);
    // Any other field this letter does not show stays empty: the other letter may print
    // more (a request gives the NIK, a recommendation often not).
    if (!current.found() || !other.found() ||
        foldedLetters(other.value) == foldedLetters(current.value))
      return false;
    const int damageOther = damage(field, other), damageCurrent = damage(field, current);
    if (damageOther != damageCurrent) return damageOther < damageCurrent;
    if (field != &Person::email && field != &Person::nik) {
      if (holdsAndMore(other.value, current.value)) return true;
      if (holdsAndMore(current.value, other.value)) return false;
      // The same words in another order: a wrapped cell read line by line differently;
      // which order is printed here is this letter's to say.
      if (sortedWords(other.value) == sortedWords(current.value)) return false;
    }
    return other.confidence > current.confidence;
  }

 private:
  std::map<std::string, int> domains_;  // how many holders' addresses end in each domain

  int damage(FieldOf field, const Field& reading) const {
    if (field == &Person::name) return readsAsName(reading) ? 0 : 1;
    if (field == &Person::nik) return reading.value.size() == 16 ? 0 : 1;
    if (field == &Person::email) {
      // The office's domain, shared by its staff, beats a misreading of it that no other
      // address has ("makassarkata.go.id").
      const auto shared = domains_.find(domainOf(reading.value));
      const int sharing = shared == domains_.end() ? 0 : shared->second;
      return (isEmailAddress(reading.value) ? 0 : 1000) - sharing;
    }
    int damaged = 0;
    for (const auto& word : printedWords(reading.value)) damaged += damagedWord(word);
    return damaged;
  }

  // The words of `text` as printed (split on spaces).
  static std::vector<std::string> printedWords(const std::string& text) {
    auto words = split(text, ' ');
    std::erase_if(words, [](const std::string& word) { return word.empty(); });
    return words;
  }

  // A word as compared: folded, without the marks around it ("Kadir," is "kadir", "S.IP."
  // is "s ip").
  static std::string bareWord(const std::string& word) { return fold(trim(word, ".,;:'\"()")); }

  static std::vector<std::string> sortedWords(const std::string& text) {
    auto words = printedWords(text);
    for (auto& word : words) word = bareWord(word);
    std::sort(words.begin(), words.end());
    return words;
  }

  // A word a cell cut short may have lost, as printed in names and positions: a capital
  // first, and three letters or more or a closing dot ("Ahli", "Bahri", "S.E."). Marks
  // the engine read into a reading ("eens", "ee as", "II") are not.
  static bool printedWord(const std::string& word) {
    const std::string bare = trim(word, ",;:'\"()");
    const auto letters = std::count_if(bare.begin(), bare.end(),
                                       [](unsigned char c) { return std::isalpha(c) != 0; });
    return !bare.empty() && std::isupper(static_cast<unsigned char>(bare.front())) &&
           (letters >= 3 || (letters >= 1 && bare.back() == '.'));
  }

  // True when `longer` holds every word of `shorter` in order, and more printed words:
  // the same cell read whole where the other reading lost words.
  static bool holdsAndMore(const std::string& longer, const std::string& shorter) {
    const auto big = printedWords(longer), small = printedWords(shorter);
    if (big.size() <= small.size()) return false;
    size_t k = 0;
    for (const auto& word : big) {
      if (k < small.size() && bareWord(word) == bareWord(small[k])) {
        ++k;
      } else if (!printedWord(word)) {
        return false;
      }
    }
    return k == small.size();
  }
};

// A reason the letter states for the holder (in the list or the body), not the
// "unspecified" given when none was read.
bool readReason(const Person& holder) {
  return holder.reason.page > 0;
}

// A reason read in the holder's list that names none the vocabulary knows ("Perubahan
// eriail", OCR garbled): as good as none where another letter states one.
bool garbledReason(const Person& holder) {
  return readReason(holder) && holder.reason.value == "unspecified";
}

// The reason another reading of the same NIP states, for a holder whose own was not read.
void takeStatedReason(Person& holder, const std::vector<Person>& readings) {
  const auto stated = std::find_if(readings.begin(), readings.end(), [&](const Person& other) {
    return other.nip.value == holder.nip.value && readReason(other) && !garbledReason(other);
  });
  if (stated != readings.end()) holder.reason = readInAnotherLetter(stated->reason);
}

// A holder's NIP misread into one that cannot be is the clear NIP another letter of the
// case lists near it, unless another holder of this letter has that one.
void mendHolderNips(std::vector<Letter>& letters) {
  std::vector<std::vector<std::string>> sureOf(letters.size());
  for (size_t l = 0; l < letters.size(); ++l)
    for (const auto& holder : letters[l].holders)
      if (holder.nip.found() && !isImplausibleNip(holder.nip))
        sureOf[l].push_back(holder.nip.value);
  for (size_t l = 0; l < letters.size(); ++l) {
    std::vector<std::string> others;
    for (size_t o = 0; o < letters.size(); ++o)
      if (o != l) others.insert(others.end(), sureOf[o].begin(), sureOf[o].end());
    for (auto& holder : letters[l].holders) {
      const std::string near = nipNearOnlyOne(holder.nip, others);
      if (near.empty() || std::find(sureOf[l].begin(), sureOf[l].end(), near) != sureOf[l].end())
        continue;
      holder.nip.value = near;
      holder.nip.confidence *= 0.8;
    }
  }
}

// The folded letters of a holder's name before its degrees: up to the first comma or the
// first word with a dot inside ("Nurmiati, S.Kom." and "Nurmiati S.Kom" -> "nurmiati").
std::string bareName(const Person& holder) {
  std::string name;
  for (const auto& word : split(split(holder.name.value, ',').front(), ' ')) {
    const size_t dot = word.find('.');
    if (!name.empty() && dot != std::string::npos && dot + 1 < word.size()) break;
    name += word;
  }
  return foldedLetters(name);
}

// Two bare names of one holder: two letters off at most, or one the other and a degree
// whose comma OCR lost ("muhammadidrissos" of "Muhammad Idris. Sos.").
bool sameBareName(const std::string& a, const std::string& b) {
  constexpr int kNameSlack = 2;
  constexpr size_t kMinPrefix = 8, kMaxDegreeLetters = 4;
  if (editDistance(a, b, kNameSlack) <= kNameSlack) return true;
  const std::string& shorter = a.size() < b.size() ? a : b;
  const std::string& longer = a.size() < b.size() ? b : a;
  return shorter.size() >= kMinPrefix && longer.size() <= shorter.size() + kMaxDegreeLetters &&
         longer.starts_with(shorter);
}

// Whether one of `holders` has the NIP `nip`.
bool holdsNip(const std::vector<Person>& holders, const std::string& nip) {
  return std::any_of(holders.begin(), holders.end(),
                     [&](const Person& p) { return p.nip.value == nip; });
}

// A holder whose NIP was not read whole (a stamp, a faint row) is named in another letter
// of the case with a whole one: that holder's name read alike (two letters off at most, a
// name of five letters or more) and no other holder there read so. Its NIP stands for the
// lost one, unless another holder of this letter has it already.
void borrowLostNips(std::vector<Letter>& letters) {
  constexpr size_t kMinNameLetters = 5;
  for (size_t l = 0; l < letters.size(); ++l) {
    for (auto& holder : letters[l].holders) {
      const std::string name = bareName(holder);
      if (isValidNip(holder.nip) || name.size() < kMinNameLetters) continue;
      const Person* match = nullptr;
      bool ambiguous = false;
      for (size_t o = 0; o < letters.size(); ++o) {
        if (o == l) continue;
        for (const auto& other : letters[o].holders) {
          if (!isValidNip(other.nip) || isImplausibleNip(other.nip) ||
              !sameBareName(name, bareName(other)))
            continue;
          ambiguous = ambiguous || (match && match->nip.value != other.nip.value);
          match = &other;
        }
      }
      if (!match || ambiguous) continue;
      if (holdsNip(letters[l].holders, match->nip.value)) continue;
      Field nip = readInAnotherLetter(match->nip);
      nip.page = holder.nip.found() ? holder.nip.page : 0;
      nip.box = holder.nip.found() ? holder.nip.box : ocr::Box{};
      holder.nip = std::move(nip);
    }
  }
}

// One holder, the same name in two letters, read with two whole NIPs a digit or two apart
// ("...2015031028" and "...2015031624"): two staff that close would need the same birth
// date, appointment month and name. The reading the engine was surer of stands for both.
void agreeNearNips(std::vector<Letter>& letters) {
  constexpr size_t kMinNameLetters = 5;
  constexpr int kDigitSlack = 2;
  // Readings as extracted, so the order of the letters does not matter.
  std::vector<std::vector<Person>> readings;
  for (const auto& letter : letters) readings.push_back(letter.holders);
  for (size_t l = 0; l < letters.size(); ++l) {
    for (auto& holder : letters[l].holders) {
      const std::string name = bareName(holder);
      if (!isValidNip(holder.nip) || name.size() < kMinNameLetters) continue;
      const Person* match = nullptr;
      bool ambiguous = false;
      for (size_t o = 0; o < readings.size(); ++o) {
        if (o == l) continue;
        for (const auto& other : readings[o]) {
          if (!isValidNip(other.nip) || other.nip.value == holder.nip.value ||
              !sameBareName(name, bareName(other)) ||
              editDistance(holder.nip.value, other.nip.value, kDigitSlack) > kDigitSlack)
            continue;
          ambiguous = ambiguous || match != nullptr;
          match = &other;
        }
      }
      if (!match || ambiguous || match->nip.confidence <= holder.nip.confidence) continue;
      if (holdsNip(letters[l].holders, match->nip.value)) continue;
      if (holder.nip.printed.empty()) holder.nip.printed = holder.nip.value;
      holder.nip.value = match->nip.value;
      holder.nip.confidence = match->nip.confidence * 0.8;
    }
  }
}

}  // namespace

void reconcileHolders(std::vector<Letter>& letters) {
  borrowLostNips(letters);
  mendHolderNips(letters);
  agreeNearNips(letters);
  const Judge judge(letters);
  // Readings as first extracted, so the order of the letters does not matter.
  std::vector<Person> readings;
  for (const auto& letter : letters)
    for (const auto& holder : letter.holders)
      if (isValidNip(holder.nip)) readings.push_back(holder);
  for (auto& letter : letters) {
    // Where the letter states its holders' reasons, one it did not read is the one the
    // other letter states; a letter that states none says "unspecified" for all.
    const bool showsReasons = std::any_of(letter.holders.begin(), letter.holders.end(),
                                          [](const Person& holder) { return readReason(holder); });
    for (auto& holder : letter.holders) {
      if (!isValidNip(holder.nip)) continue;
      if (showsReasons && (!readReason(holder) || garbledReason(holder)))
        takeStatedReason(holder, readings);
      // The holder's addresses as read in either letter: a name one of them spells is
      // the better reading ("Nurjannah" beside "nnurjannah@", not "Narjannah").
      std::vector<std::string> emails;
      for (const auto& other : readings)
        if (other.nip.value == holder.nip.value && other.email.found())
          emails.push_back(other.email.value);
      const auto spelt = [&](const Field& name) {
        return name.found() && std::any_of(emails.begin(), emails.end(), [&](const auto& email) {
                 return nameSpeltInEmail(name.value, email);
               });
      };
      for (const FieldOf field :
           {&Person::name, &Person::nik, &Person::email, &Person::position, &Person::unit}) {
        const Field* best = &(holder.*field);
        for (const auto& other : readings) {
          if (other.nip.value != holder.nip.value) continue;
          const bool better = field == &Person::name && spelt(other.name) != spelt(*best)
                                  ? spelt(other.name)
                                  : judge.better(field, other.*field, *best);
          if (better) best = &(other.*field);
        }
        if (best == &(holder.*field)) continue;
        Field reading = *best;
        // Where it was read is the other letter's place; this letter keeps its own.
        reading.page = (holder.*field).page;
        reading.box = (holder.*field).box;
        holder.*field = std::move(reading);
      }
    }
  }
}

void reconcileCase(std::vector<Letter>& letters) {
  reconcileSigners(letters);
  reconcileHolders(letters);
  // The NIPs and NIKs the case's letters agreed on, checked against each other again.
  for (auto& letter : letters)
    for (auto& holder : letter.holders) agreeBirthDates(holder);
}

}  // namespace cabut::extract
