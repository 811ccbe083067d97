// <document> elements exactly as the extraction contract says; every text goes through
// xmlSafeText because it comes from the scan.
#include <cstdio>

#include "common/xml_text.h"
#include "extract/extract.h"

namespace cabut::extract {
namespace {

const xmlChar* u(const char* text) {
  return reinterpret_cast<const xmlChar*>(text);
}

void setAttribute(xmlNodePtr node, const char* name, const std::string& value) {
  xmlNewProp(node, u(name), u(xmlSafeText(value).c_str()));
}

void appendLeaf(xmlNodePtr parent, const char* name, const Field& field) {
  if (!field.found()) return;
  const std::string text = xmlSafeText(field.value);
  xmlNodePtr leaf = xmlNewChild(parent, nullptr, u(name), nullptr);
  xmlNodeAddContent(leaf, u(text.c_str()));  // escapes &, < and >
  char confidence[16];
  std::snprintf(confidence, sizeof confidence, "%.2f", field.confidence);
  setAttribute(leaf, "confidence", confidence);
  if (field.page > 0) setAttribute(leaf, "page", std::to_string(field.page));
  const auto& box = field.box;
  if (box.x1 > box.x0 && box.y1 > box.y0)
    setAttribute(leaf, "bbox",
                 std::to_string(box.x0) + "," + std::to_string(box.y0) + "," +
                     std::to_string(box.x1) + "," + std::to_string(box.y1));
  if (!field.printed.empty() && field.printed != field.value)
    setAttribute(leaf, "printed", field.printed);
}

void appendPerson(xmlNodePtr parent, const char* name, const Person& person, bool holder) {
  const bool any = person.name.found() || person.nip.found() || person.nik.found() ||
                   person.email.found() || person.position.found() || person.unit.found();
  if (!any) return;
  xmlNodePtr node = xmlNewChild(parent, nullptr, u(name), nullptr);
  appendLeaf(node, "name", person.name);
  appendLeaf(node, "nip", person.nip);
  if (holder) {
    appendLeaf(node, "nik", person.nik);
    appendLeaf(node, "email", person.email);
  }
  appendLeaf(node, "position", person.position);
  if (holder) {
    appendLeaf(node, "unit", person.unit);
    appendLeaf(node, "reason", person.reason);
  }
}

}  // namespace

const char* kindName(Kind kind) {
  switch (kind) {
    case Kind::request:
      return "request";
    case Kind::recommendation:
      return "recommendation";
    case Kind::other:
      return "other";
  }
  return "other";
}

void appendDocumentXml(xmlNodePtr parent, const Letter& letter) {
  xmlNodePtr document = xmlNewChild(parent, nullptr, u("document"), nullptr);
  setAttribute(document, "source", letter.source);
  setAttribute(document, "pages",
               letter.firstPage == letter.lastPage
                   ? std::to_string(letter.firstPage)
                   : std::to_string(letter.firstPage) + "-" + std::to_string(letter.lastPage));
  setAttribute(document, "kind", kindName(letter.kind));
  appendLeaf(document, "letter_number", letter.letterNumber);
  appendLeaf(document, "letter_date", letter.letterDate);
  appendLeaf(document, "subject", letter.subject);
  appendPerson(document, "signatory", letter.signatory, false);
  for (const auto& holder : letter.holders) appendPerson(document, "holder", holder, true);
}

}  // namespace cabut::extract
