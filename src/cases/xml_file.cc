#include "cases/xml_file.h"

#include <libxml/parser.h>
#include <libxml/xmlerror.h>

#include <functional>
#include <vector>

namespace cabut::xml {
namespace {

constexpr int kSafeParseOptions = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING;
constexpr size_t kMaxReportedErrors = 5;

struct ParserCtxtFree {
  void operator()(xmlParserCtxt* parser) const { xmlFreeParserCtxt(parser); }
};
using ParserCtxtPtr = std::unique_ptr<xmlParserCtxt, ParserCtxtFree>;

std::string trimmed(const char* message) {
  std::string text = message ? message : "unknown error";
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
  return text;
}

std::string located(const std::string& name, int line, const char* message) {
  return name + ":" + std::to_string(line) + ": " + trimmed(message);
}

Result<DocPtr> parse(const std::string& name, const std::function<xmlDoc*(xmlParserCtxt*)>& read) {
  ParserCtxtPtr parser(xmlNewParserCtxt());
  if (!parser) return Failure{"out-of-memory", name + ": cannot allocate an XML parser"};
  DocPtr doc(read(parser.get()));
  if (!doc || !parser->wellFormed) {
    const xmlError* error = xmlCtxtGetLastError(parser.get());
    return Failure{"not-xml", located(name, error ? error->line : 0,
                                      error ? error->message : "not well-formed XML")};
  }
  // No document cabut reads needs a DTD, and entity definitions are how "billion laughs"
  // documents explode when their text is read.
  if (doc->intSubset || doc->extSubset)
    return Failure{"not-xml", name + ":1: a DOCTYPE (DTD) is not allowed here"};
  return doc;
}

// Collects structured errors from libxml2 instead of letting it print to stderr.
struct ErrorList {
  std::string name;
  std::vector<std::string> messages;
  static void collect(void* self, xmlErrorPtr error) {
    auto* list = static_cast<ErrorList*>(self);
    if (error->level < XML_ERR_ERROR || list->messages.size() >= kMaxReportedErrors) return;
    list->messages.push_back(located(error->file && list->name.empty() ? error->file : list->name,
                                     error->line, error->message));
  }
  std::string joined() const {
    std::string text;
    for (const auto& message : messages) text += (text.empty() ? "" : "\n") + message;
    return text;
  }
};

}  // namespace

Result<DocPtr> readFile(const std::string& path) {
  return parse(path, [&](xmlParserCtxt* parser) {
    return xmlCtxtReadFile(parser, path.c_str(), nullptr, kSafeParseOptions);
  });
}

Result<DocPtr> readMemory(std::string_view text, const std::string& name) {
  return parse(name, [&](xmlParserCtxt* parser) {
    return xmlCtxtReadMemory(parser, text.data(), static_cast<int>(text.size()), name.c_str(),
                             nullptr, kSafeParseOptions);
  });
}

Result<Schema> Schema::load(const std::string& xsdPath) {
  SchemaParserPtr parser(xmlSchemaNewParserCtxt(xsdPath.c_str()));
  ErrorList errors{xsdPath, {}};
  xmlSchemaSetParserStructuredErrors(parser.get(), &ErrorList::collect, &errors);
  SchemaPtr schema(xmlSchemaParse(parser.get()));
  if (!schema)
    return Failure{"bad-schema", errors.messages.empty() ? xsdPath + ":0: cannot read the schema"
                                                         : errors.joined()};
  return Schema(std::move(schema));
}

std::optional<Failure> Schema::validate(xmlDoc* doc, const std::string& docName) const {
  SchemaValidPtr validator(xmlSchemaNewValidCtxt(schema_.get()));
  ErrorList errors{docName, {}};
  xmlSchemaSetValidStructuredErrors(validator.get(), &ErrorList::collect, &errors);
  const int status = xmlSchemaValidateDoc(validator.get(), doc);
  if (status == 0) return std::nullopt;
  return Failure{"schema-violation", errors.messages.empty()
                                         ? docName + ":0: does not match its schema"
                                         : errors.joined()};
}

}  // namespace cabut::xml
