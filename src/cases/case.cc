#include "cases/case.h"

#include <libxml/xmlsave.h>

#include <array>
#include <cstring>

#include "cases/xml_file.h"
#include "common/xml_text.h"

namespace cabut::cases {
namespace {

constexpr std::array<const char*, 4> kVerdictNames{"unchecked", "complete", "incomplete",
                                                   "invalid"};
constexpr std::array<const char*, 4> kSectionNames{"checks", "workflow", "corrections", "ams"};

bool named(xmlNodePtr node, const char* name) {
  return node->type == XML_ELEMENT_NODE && std::strcmp(xml::c(node->name), name) == 0;
}

int sectionIndex(xmlNodePtr node) {
  for (size_t i = 0; i < kSectionNames.size(); ++i)
    if (named(node, kSectionNames[i])) return static_cast<int>(i);
  return -1;
}

// The first child that belongs after documents/errors at or beyond `index`; new nodes of that
// kind go before it so the schema's order holds.
xmlNodePtr firstSectionFrom(xmlNodePtr root, int index) {
  for (xmlNodePtr child = root->children; child; child = child->next)
    if (sectionIndex(child) >= index) return child;
  return nullptr;
}

void insertBefore(xmlNodePtr root, xmlNodePtr next, xmlNodePtr node) {
  if (next)
    xmlAddPrevSibling(next, node);
  else
    xmlAddChild(root, node);
}

}  // namespace

const char* verdictName(Verdict verdict) {
  return kVerdictNames[static_cast<size_t>(verdict)];
}

std::optional<Verdict> verdictFromName(std::string_view name) {
  for (size_t i = 0; i < kVerdictNames.size(); ++i)
    if (name == kVerdictNames[i]) return static_cast<Verdict>(i);
  return std::nullopt;
}

Case::Case() : doc_(xmlNewDoc(xml::u("1.0"))) {
  xmlNodePtr root = xmlNewNode(nullptr, xml::u("case"));
  xmlDocSetRootElement(doc_.get(), root);
  setVerdict(Verdict::unchecked);
}

Result<Case> Case::parse(std::string_view xmlText, const std::string& name) {
  auto doc = xml::readMemory(xmlText, name);
  if (!doc) return doc.failure();
  xmlNodePtr root = xmlDocGetRootElement(doc->get());
  if (!root || !named(root, "case") || root->ns)
    return Failure{"not-a-case", name + ":1: the root element is not <case>"};
  return Case(std::move(*doc));
}

Result<Case> Case::readFile(const std::string& path) {
  auto doc = xml::readFile(path);
  if (!doc) return doc.failure();
  xmlNodePtr root = xmlDocGetRootElement(doc->get());
  if (!root || !named(root, "case") || root->ns)
    return Failure{"not-a-case", path + ":1: the root element is not <case>"};
  return Case(std::move(*doc));
}

xmlNodePtr Case::root() const {
  return xmlDocGetRootElement(doc_.get());
}

Result<int> Case::addDocumentsFrom(xmlDocPtr source, const std::string& name) {
  xmlNodePtr sourceRoot = xmlDocGetRootElement(source);
  if (!sourceRoot || sourceRoot->ns ||
      !(named(sourceRoot, "extraction") || named(sourceRoot, "case")))
    return Failure{"not-extraction",
                   name + ": the root element is neither <extraction> nor <case>"};
  int copied = 0;
  xmlNodePtr before = firstSectionFrom(root(), 0);
  for (xmlNodePtr child = sourceRoot->children; child; child = child->next) {
    if (!named(child, "document") && !named(child, "error")) continue;
    insertBefore(root(), before, xmlDocCopyNode(child, doc_.get(), 1));
    ++copied;
  }
  return copied;
}

void Case::addError(const std::string& source, const Failure& failure) {
  xmlNodePtr error = xmlNewNode(nullptr, xml::u("error"));
  xmlNodeAddContent(error, xml::u(xmlSafeText(failure.message).c_str()));
  xmlSetProp(error, xml::u("source"), xml::u(xmlSafeText(source).c_str()));
  xmlSetProp(error, xml::u("code"), xml::u(xmlSafeText(failure.code).c_str()));
  insertBefore(root(), firstSectionFrom(root(), 0), error);
}

void Case::setVerdict(Verdict verdict) {
  xmlSetProp(root(), xml::u("verdict"), xml::u(verdictName(verdict)));
}

Verdict Case::verdict() const {
  xml::XmlCharPtr value(xmlGetProp(root(), xml::u("verdict")));
  if (!value) return Verdict::unchecked;
  return verdictFromName(xml::c(value.get())).value_or(Verdict::unchecked);
}

void Case::setAttribute(const char* name, const std::string& value) {
  xmlSetProp(root(), xml::u(name), xml::u(xmlSafeText(value).c_str()));
}

xmlNodePtr Case::section(Section which) {
  const int index = static_cast<int>(which);
  for (xmlNodePtr child = root()->children; child; child = child->next)
    if (sectionIndex(child) == index) return child;
  xmlNodePtr node = xmlNewNode(nullptr, xml::u(kSectionNames[static_cast<size_t>(index)]));
  insertBefore(root(), firstSectionFrom(root(), index + 1), node);
  return node;
}

void Case::removeSection(Section which) {
  for (xmlNodePtr child = root()->children; child; child = child->next) {
    if (sectionIndex(child) == static_cast<int>(which)) {
      xmlUnlinkNode(child);
      xmlFreeNode(child);
      return;
    }
  }
}

std::string Case::toXml() const {
  xmlChar* buffer = nullptr;
  int size = 0;
  xmlDocDumpFormatMemoryEnc(doc_.get(), &buffer, &size, "UTF-8", 1);
  xml::XmlCharPtr owned(buffer);
  return owned ? std::string(xml::c(owned.get()), static_cast<size_t>(size)) : std::string();
}

std::optional<Failure> validateCase(const Case& c, const std::string& caseXsdPath,
                                    const std::string& name) {
  auto schema = xml::Schema::load(caseXsdPath);
  if (!schema) return schema.failure();
  return schema->validate(c.doc(), name);
}

}  // namespace cabut::cases
