// cases/: one revocation case as ONE XML document, the spine every later stage reads and
// appends to (rules judge it, the web renders it, the archive seals it). Schema:
// rules/case.xsd. Shape (see README "cabut check"):
//
//   <case verdict="unchecked|complete|incomplete|invalid" id=".." received="..">
//     <document ..>..</document>   one per letter, exactly as the extraction contract says
//     <error source=".." code="..">reason</error>   one per file that could not be read
//     <checks ..> <check rule=".." ..>..</check> </checks>     written by rules/
//     <workflow> <action step=".." role=".." user=".." time=".."/> </workflow>
//     <corrections> <correction field=".." original=".." user=".." time="..">new</correction>
//     <ams> <push time=".." status=".."/> <certificate status=".."/> </ams>
//   </case>
//
// A Case owns its xmlDoc; it is movable, not copyable, and not shared between threads.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "common/xml_ptr.h"
#include "common/failure.h"

namespace cabut::extract {
struct Letter;
}

namespace cabut::cases {

enum class Verdict { unchecked, complete, incomplete, invalid };
const char* verdictName(Verdict verdict);
std::optional<Verdict> verdictFromName(std::string_view name);

// The later-stage sections, in the order the schema keeps them after the documents.
enum class Section { checks, workflow, corrections, ams };

class Case {
 public:
  // An empty case: <case verdict="unchecked"/>.
  Case();

  // A case document written earlier (by cabut, a rule author, the store). Checks that the
  // root is <case>; schema validation is separate (validate()).
  static Result<Case> parse(std::string_view xmlText, const std::string& name);
  static Result<Case> readFile(const std::string& path);

  // Appends one letter as <document> (extract::appendDocumentXml), before any section.
  void addLetter(const extract::Letter& letter);
  // Copies the <document> and <error> elements of an earlier `cabut extract` output
  // (<extraction>) or case (<case>); returns how many. Failure "not-extraction" otherwise.
  Result<int> addDocumentsFrom(xmlDocPtr source, const std::string& name);
  // Appends <error source code>message</error> for a file that could not be read.
  void addError(const std::string& source, const Failure& failure);

  void setVerdict(Verdict verdict);
  Verdict verdict() const;
  void setAttribute(const char* name, const std::string& value);  // id, received, ...

  // The section element, created empty in its schema position when missing.
  xmlNodePtr section(Section which);
  // Removes a section (e.g. before re-checking a case).
  void removeSection(Section which);

  xmlDocPtr doc() const { return doc_.get(); }
  xmlNodePtr root() const;

  // UTF-8, with XML declaration, indented.
  std::string toXml() const;

 private:
  explicit Case(xml::DocPtr doc) : doc_(std::move(doc)) {}
  xml::DocPtr doc_;
};

// Validates against the case schema (normally rules/case.xsd). Nothing when valid; else a
// Failure naming the line and the reason.
std::optional<Failure> validateCase(const Case& c, const std::string& caseXsdPath,
                                    const std::string& name = "case");

}  // namespace cabut::cases
