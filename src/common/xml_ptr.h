// Owning handles for the libxml2 objects the stages hold. Every C handle has exactly
// one owner; nothing here is shared between threads.
#pragma once

#include <libxml/tree.h>
#include <libxml/xmlschemas.h>
#include <libxml/xpath.h>

#include <memory>

namespace cabut::xml {

struct DocFree {
  void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};
struct SchemaFree {
  void operator()(xmlSchema* schema) const { xmlSchemaFree(schema); }
};
struct SchemaParserFree {
  void operator()(xmlSchemaParserCtxt* parser) const { xmlSchemaFreeParserCtxt(parser); }
};
struct SchemaValidFree {
  void operator()(xmlSchemaValidCtxt* valid) const { xmlSchemaFreeValidCtxt(valid); }
};
struct XPathContextFree {
  void operator()(xmlXPathContext* context) const { xmlXPathFreeContext(context); }
};
struct XPathCompFree {
  void operator()(xmlXPathCompExpr* comp) const { xmlXPathFreeCompExpr(comp); }
};
struct XPathObjectFree {
  void operator()(xmlXPathObject* object) const { xmlXPathFreeObject(object); }
};
struct XmlCharFree {
  void operator()(xmlChar* text) const { xmlFree(text); }
};

using DocPtr = std::unique_ptr<xmlDoc, DocFree>;
using SchemaPtr = std::unique_ptr<xmlSchema, SchemaFree>;
using SchemaParserPtr = std::unique_ptr<xmlSchemaParserCtxt, SchemaParserFree>;
using SchemaValidPtr = std::unique_ptr<xmlSchemaValidCtxt, SchemaValidFree>;
using XPathContextPtr = std::unique_ptr<xmlXPathContext, XPathContextFree>;
using XPathCompPtr = std::unique_ptr<xmlXPathCompExpr, XPathCompFree>;
using XPathObjectPtr = std::unique_ptr<xmlXPathObject, XPathObjectFree>;
using XmlCharPtr = std::unique_ptr<xmlChar, XmlCharFree>;

inline const xmlChar* u(const char* text) {
  return reinterpret_cast<const xmlChar*>(text);
}
inline const char* c(const xmlChar* text) {
  return reinterpret_cast<const char*>(text);
}

}  // namespace cabut::xml
