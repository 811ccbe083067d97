// loadVocabulary: rules/extraction.xml, validated against rules/extraction.xsd.
#include <Poco/Exception.h>
#include <libxml/parser.h>
#include <libxml/xmlschemas.h>

#include <algorithm>
#include <memory>

#include "common/xml_ptr.h"
#include "extract/text_fold.h"
#include "extract/vocabulary.h"

namespace cabut::extract {
namespace {

using xml::DocPtr;

// Keeps the first error libxml2 reports, as "file:line: reason".
struct FirstError {
  std::string text;
  static void collect(void* self, xmlErrorPtr error) {
    auto* first = static_cast<FirstError*>(self);
    if (!first->text.empty() || error == nullptr) return;
    std::string message = error->message ? error->message : "unknown error";
    while (!message.empty() && message.back() == '\n') message.pop_back();
    first->text = std::string(error->file ? error->file : "") + ":" + std::to_string(error->line) +
                  ": " + message;
  }
};

Failure rulesError(const std::string& text) {
  return Failure{"bad-rules", text};
}

std::string content(xmlNode* node) {
  xml::XmlCharPtr text(xmlNodeGetContent(node));
  return text ? trim(reinterpret_cast<const char*>(text.get())) : std::string();
}

std::string attribute(xmlNode* node, const char* name) {
  xml::XmlCharPtr value(xmlGetProp(node, reinterpret_cast<const xmlChar*>(name)));
  return value ? reinterpret_cast<const char*>(value.get()) : std::string();
}

bool named(xmlNode* node, const char* name) {
  return node->type == XML_ELEMENT_NODE &&
         xmlStrcmp(node->name, reinterpret_cast<const xmlChar*>(name)) == 0;
}

std::vector<xmlNode*> children(xmlNode* parent, const char* name) {
  std::vector<xmlNode*> found;
  for (xmlNode* child = parent ? parent->children : nullptr; child; child = child->next)
    if (named(child, name)) found.push_back(child);
  return found;
}

xmlNode* child(xmlNode* parent, const char* name) {
  const auto found = children(parent, name);
  return found.empty() ? nullptr : found.front();
}

std::vector<Phrase> phrases(xmlNode* parent, const char* element = "phrase") {
  std::vector<Phrase> out;
  for (xmlNode* node : children(parent, element)) {
    auto words = foldedWords(content(node));
    if (!words.empty()) out.push_back(std::move(words));
  }
  return out;
}

Kind kindNamed(const std::string& name) {
  return name == "request"          ? Kind::request
         : name == "recommendation" ? Kind::recommendation
                                    : Kind::other;
}

std::vector<KindPhrases> kinds(xmlNode* parent) {
  std::vector<KindPhrases> out;
  for (xmlNode* node : children(parent, "kind"))
    out.push_back({kindNamed(attribute(node, "name")), phrases(node)});
  return out;
}

Result<DocPtr> readValidated(const std::string& xmlPath, const std::string& xsdPath) {
  FirstError error;
  xml::SchemaParserPtr parser(xmlSchemaNewParserCtxt(xsdPath.c_str()));
  if (!parser) return rulesError(xsdPath + ": cannot read the schema");
  xmlSchemaSetParserStructuredErrors(parser.get(), &FirstError::collect, &error);
  xml::SchemaPtr schema(xmlSchemaParse(parser.get()));
  if (!schema) return rulesError(error.text.empty() ? xsdPath + ": invalid schema" : error.text);

  xmlParserCtxtPtr context = xmlNewParserCtxt();
  if (!context) return rulesError(xmlPath + ": out of memory");
  xmlSetStructuredErrorFunc(&error, &FirstError::collect);
  DocPtr doc(xmlCtxtReadFile(context, xmlPath.c_str(), nullptr, XML_PARSE_NONET));
  xmlSetStructuredErrorFunc(nullptr, nullptr);
  xmlFreeParserCtxt(context);
  if (!doc)
    return rulesError(error.text.empty() ? xmlPath + ":0: cannot read the file" : error.text);

  xml::SchemaValidPtr valid(xmlSchemaNewValidCtxt(schema.get()));
  if (!valid) return rulesError(xmlPath + ": out of memory");
  xmlSchemaSetValidStructuredErrors(valid.get(), &FirstError::collect, &error);
  if (xmlSchemaValidateDoc(valid.get(), doc.get()) != 0)
    return rulesError(error.text.empty() ? xmlPath + ": does not follow " + xsdPath : error.text);
  return doc;
}

}  // namespace

Result<std::shared_ptr<const Vocabulary>> loadVocabulary(const std::string& rulesDir) {
  const std::string xmlPath = rulesDir + "/extraction.xml";
  const std::string xsdPath = rulesDir + "/extraction.xsd";
  auto doc = readValidated(xmlPath, xsdPath);
  if (!doc) return doc.failure();
  xmlNode* root = xmlDocGetRootElement(doc->get());

  auto vocabulary = std::make_shared<Vocabulary>();
  for (xmlNode* anchor : children(child(root, "anchors"), "anchor")) {
    const std::string field = attribute(anchor, "field");
    for (auto& words : phrases(anchor, "label")) vocabulary->labels.push_back({field, words});
  }
  std::stable_sort(vocabulary->labels.begin(), vocabulary->labels.end(),
                   [](const Label& a, const Label& b) { return a.words.size() > b.words.size(); });
  for (xmlNode* month : children(child(root, "months"), "month")) {
    const int number = std::stoi(attribute(month, "number"));
    for (const auto& words : phrases(month, "name"))
      if (words.size() == 1) vocabulary->months[words[0]] = number;
  }
  vocabulary->titleKinds = kinds(child(root, "kinds"));
  vocabulary->bodyKinds = kinds(child(root, "body-kinds"));
  for (xmlNode* reason : children(child(root, "reasons"), "reason"))
    vocabulary->reasons.push_back({attribute(reason, "code"), phrases(reason)});
  vocabulary->letterStarts = phrases(child(root, "letter-starts"));
  xmlNode* signature = child(root, "signature");
  vocabulary->closings = phrases(child(signature, "closing"));
  vocabulary->onBehalf = phrases(child(signature, "on-behalf"));
  vocabulary->acting = phrases(child(signature, "acting"));
  vocabulary->titles = phrases(signature, "title");
  vocabulary->ranks = phrases(signature, "rank");
  if (xmlNode* offices = child(signature, "headed-offices")) {
    vocabulary->headedOffices = phrases(offices);
    vocabulary->officeHeadTitle = attribute(offices, "title");
  }
  vocabulary->stops = phrases(child(root, "stops"));
  for (const auto& name : phrases(child(root, "balinese-names")))
    if (name.size() == 1) vocabulary->balineseNames.push_back(name.front());
  vocabulary->positionGrades = phrases(child(root, "position-grades"));
  for (const auto& word : phrases(child(root, "position-words")))
    if (word.size() == 1) vocabulary->positionWords.push_back(word.front());
  for (xmlNode* title : children(child(root, "name-titles"), "phrase"))
    vocabulary->nameTitles.push_back(content(title));
  for (xmlNode* acronym : children(child(root, "subject-acronyms"), "phrase"))
    vocabulary->subjectAcronyms.push_back(content(acronym));
  for (xmlNode* degree : children(child(root, "degrees"), "phrase")) {
    vocabulary->degrees.push_back(content(degree));
    vocabulary->degreeLetters.insert(foldedLetters(vocabulary->degrees.back()));
  }
  for (xmlNode* pattern : children(child(root, "patterns"), "pattern")) {
    const std::string name = attribute(pattern, "name");
    try {
      vocabulary->patterns[name] = std::make_unique<Poco::RegularExpression>(
          content(pattern), Poco::RegularExpression::RE_UTF8);
    } catch (const Poco::Exception& error) {
      return rulesError(xmlPath + ":" + std::to_string(xmlGetLineNo(pattern)) + ": pattern \"" +
                        name + "\" is not a valid regular expression: " + error.message());
    }
  }
  return std::shared_ptr<const Vocabulary>(std::move(vocabulary));
}

}  // namespace cabut::extract
