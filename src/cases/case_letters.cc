// Kept apart from case.cc: the only place cases/ reaches into extract/.
#include "cases/case.h"
#include "extract/extract.h"

namespace cabut::cases {

void Case::addLetter(const extract::Letter& letter) {
  // appendDocumentXml appends at the end; move the new <document> before any section.
  extract::appendDocumentXml(root(), letter);
  xmlNodePtr added = xmlGetLastChild(root());
  for (xmlNodePtr child = root()->children; child && child != added; child = child->next) {
    if (child->type == XML_ELEMENT_NODE && xmlStrcmp(child->name, BAD_CAST "document") != 0 &&
        xmlStrcmp(child->name, BAD_CAST "error") != 0) {
      xmlUnlinkNode(added);
      xmlAddPrevSibling(child, added);
      break;
    }
  }
}

}  // namespace cabut::cases
