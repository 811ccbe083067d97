// Reading XML that cabut did not write (rule files, case documents, schemas) safely and with
// errors a person can act on: every Failure message starts with "FILE:LINE: ".
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "common/xml_ptr.h"
#include "common/failure.h"

namespace cabut::xml {

// Parses a file or a buffer: no network access, no entity expansion, and a document with a
// DOCTYPE is refused. Failure code "not-xml" with "NAME:LINE: reason".
Result<DocPtr> readFile(const std::string& path);
Result<DocPtr> readMemory(std::string_view text, const std::string& name);

// A compiled XSD. Immutable once loaded; validate() may run on several threads at once.
class Schema {
 public:
  // Failure code "bad-schema" naming the XSD file and line.
  static Result<Schema> load(const std::string& xsdPath);

  // Nothing when `doc` is valid; else code "schema-violation" with "NAME:LINE: reason" of the
  // first few violations (NAME is `docName`).
  std::optional<Failure> validate(xmlDoc* doc, const std::string& docName) const;

 private:
  explicit Schema(SchemaPtr schema) : schema_(std::move(schema)) {}
  std::shared_ptr<xmlSchema> schema_;
};

}  // namespace cabut::xml
