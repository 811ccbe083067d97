// extract/: from the text of one scan file to the letters in it, classified, with their
// fields. Vocabulary and patterns come from rules/extraction.xml (an office edits them).
//
// (Interface agreed between stages; the extract/ implementer may add to it, but changes to
// what is here must keep cases/, app/ and inbox/ compiling.)
#pragma once

#include <libxml/tree.h>

#include <memory>
#include <string>
#include <vector>

#include "common/failure.h"
#include "ocr/page_text.h"

namespace cabut::extract {

enum class Kind { request, recommendation, other };
const char* kindName(Kind kind);  // "request", "recommendation", "other"

// One extracted value: normalised as the extraction contract says (`value`), beside the
// text as printed when that differs (e.g. reason code vs. the letter's wording).
struct Field {
  std::string value;    // empty: not found (never invented)
  std::string printed;  // as printed; may be empty when identical to value
  double confidence = 0.0;
  int page = 0;  // 1-based page within the file, 0 unknown
  ocr::Box box;
  bool found() const { return !value.empty(); }
};

struct Person {
  Field name, nip, nik, email, position, unit, reason;
};

struct Letter {
  std::string source;  // file path as given
  int firstPage = 1, lastPage = 1;
  Kind kind = Kind::other;
  Field letterNumber, letterDate, subject;
  Person signatory;
  std::vector<Person> holders;
};

// The loaded, validated vocabulary (anchors, months, reasons, titles...).
class Vocabulary;

// Loads rules/extraction.xml from `rulesDir`, validated against its XSD. Failure message
// names the file, the line and the reason.
Result<std::shared_ptr<const Vocabulary>> loadVocabulary(const std::string& rulesDir);

// Splits one file's pages into letters (blank pages skipped) and extracts each one.
// A file with only blank pages gives one Letter of kind other.
std::vector<Letter> extractLetters(const ocr::FileText& file, const Vocabulary& vocabulary);

// Across the letters of one case (or one file): a signatory NIP misread into one that
// cannot be takes the one clear NIP of the case near it; a signatory whose name reading is
// damaged (stray marks, cut short by the stamp, missing) takes the reading that looks like
// a printed name from another letter where the same NIP signs or holds a certificate, and
// one whose title was not read the title the same NIP signs under elsewhere.
void reconcileSigners(std::vector<Letter>& letters);

// Across the letters of one case: holders with the same NIP (the request and the
// recommendation list the same people; a NIP misread into one that cannot be is first
// mended from the other letter) are one person, and each of their fields takes the reading
// that looks least damaged, then the fuller one, then the surer one; a name or, where the
// letter states reasons, a reason this letter did not read is the other letter's.
void reconcileHolders(std::vector<Letter>& letters);

// Both of the above: what `cabut extract`, `cabut check` and the daemon run on a case.
void reconcileCase(std::vector<Letter>& letters);

// Appends <document source=".." pages=".." kind="..">...</document> exactly as the
// extraction contract says (confidence/page/bbox attributes on leaves) to `parent`.
// All text is made XML-safe.
void appendDocumentXml(xmlNodePtr parent, const Letter& letter);

}  // namespace cabut::extract
