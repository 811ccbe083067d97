// The extraction vocabulary as loaded from rules/extraction.xml: everything an office may
// change without recompiling. Internal to extract/ (loadVocabulary in extract.h builds it).
#pragma once

#include <Poco/RegularExpression.h>

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "extract/extract.h"

namespace cabut::extract {

using Phrase = std::vector<std::string>;  // folded words

struct Label {
  std::string field;  // "number", "nip", "name", ... (rules/extraction.xsd, type Field)
  Phrase words;
};

struct KindPhrases {
  Kind kind;
  std::vector<Phrase> phrases;
};

struct ReasonPhrases {
  std::string code;  // RFC 5280 CRLReason name
  std::vector<Phrase> phrases;
};

class Vocabulary {
 public:
  std::vector<Label> labels;            // longest first
  std::map<std::string, int> months;    // folded month name -> 1..12
  std::vector<KindPhrases> titleKinds;  // from the title / Perihal, in priority order
  std::vector<KindPhrases> bodyKinds;   // from the body when the title says nothing
  std::vector<ReasonPhrases> reasons;
  std::vector<Phrase> letterStarts;
  std::vector<Phrase> closings, onBehalf, acting, titles, ranks;
  // Offices whose head signs as `officeHeadTitle` ("Kepala") followed by the office.
  std::vector<Phrase> headedOffices;
  std::string officeHeadTitle;
  std::vector<Phrase> stops;
  std::vector<std::string> balineseNames;    // folded: "wayan", "made", ...
  std::vector<Phrase> positionGrades;        // "ahli pertama", ..., "penyelia"
  std::vector<std::string> positionWords;    // folded: "pranata", "komputer", ...
  std::vector<std::string> nameTitles;       // as printed before a name: "Dr.", "Ir.", "Hj."
  std::vector<std::string> degrees;          // as printed after a name: "S.Kom.", "M.Si."
  std::set<std::string> degreeLetters;       // the same without dots, folded: "skom", "msi"
  std::vector<std::string> subjectAcronyms;  // as printed in a subject: "TTE", "BSrE"
  std::map<std::string, std::unique_ptr<Poco::RegularExpression>> patterns;

  // The pattern named `name` (always present: the schema requires... or nullptr).
  const Poco::RegularExpression* pattern(const std::string& name) const;

  // The field of the longest label that `words` (folded) is made of exactly, allowing
  // one leading enumerator ("1", "a"); empty when none.
  std::string labelField(const std::vector<std::string>& words) const;
  // True when a folded word is one of the degrees spelt without its dots ("spd", "skom").
  bool isDegree(const std::string& foldedWord) const;
  // "nip"/"nik" for a longer key ending in that label ("Nomor Induk Kependudukan (NIK)").
  std::string identitySuffixField(const std::vector<std::string>& words) const;
  // The field of a key made of two labels joined by "/" ("Instansi/Unit Kerja").
  std::string combinedLabelField(const std::string& printedKey) const;
  // The field of the longest label `words` starts with (and how many words it took).
  std::string labelPrefix(const std::vector<std::string>& words, size_t* length) const;

  // Month number for a folded (possibly OCR-broken) month word, 0 if none.
  int month(const std::string& foldedWord) const;

  // The first kind whose phrase occurs in `words`.
  std::optional<Kind> kindOf(const std::vector<std::string>& words,
                             const std::vector<KindPhrases>& kinds) const;
  // The reason code whose phrase occurs in `words` (first code in file order), or empty.
  std::string reasonOf(const std::vector<std::string>& words) const;

  static bool anyPhrase(const std::vector<std::string>& words, const std::vector<Phrase>& phrases,
                        bool atStart = false);
};

}  // namespace cabut::extract
