#include "app/serve_reader.h"

#include <Poco/Exception.h>

#include <cstring>

#include "cases/case.h"
#include "cases/xml_file.h"

#include "app/ocr_options.h"
#include "extract/extract.h"
#include "ocr/ocr.h"

namespace cabut::app {
namespace {

bool named(xmlNodePtr node, const char* name) {
  return node && node->type == XML_ELEMENT_NODE && std::strcmp(xml::c(node->name), name) == 0;
}

std::string textOf(xmlNodePtr node) {
  xml::XmlCharPtr text(xmlNodeGetContent(node));
  return text ? xml::c(text.get()) : "";
}

std::string serialise(xmlDocPtr doc) {
  xmlChar* buffer = nullptr;
  int size = 0;
  xmlDocDumpFormatMemoryEnc(doc, &buffer, &size, "UTF-8", 1);
  xml::XmlCharPtr owned(buffer);
  return owned ? std::string(xml::c(owned.get()), static_cast<size_t>(size)) : "";
}

// An <extraction> or <case> written earlier: its documents are the reading.
Result<FileReading> readExtractionXml(const std::string& path) {
  auto doc = xml::readFile(path);
  if (!doc) return doc.failure();
  cases::Case holder;
  auto copied = holder.addDocumentsFrom(doc->get(), path);
  if (!copied) return copied.failure();
  xml::DocPtr out(xmlNewDoc(xml::u("1.0")));
  xmlNodePtr root = xmlNewNode(nullptr, xml::u("extraction"));
  xmlDocSetRootElement(out.get(), root);
  FileReading reading;
  for (xmlNodePtr child = holder.root()->children; child; child = child->next) {
    if (!named(child, "document")) continue;
    xmlAddChild(root, xmlDocCopyNode(child, out.get(), 1));
    ++reading.letters;
  }
  if (reading.letters == 0) return Failure{"no-documents", path + ": no <document> in it"};
  reading.documentsXml = serialise(out.get());
  return reading;
}

bool isXmlFile(const std::string& path) {
  return path.size() > 4 && path.compare(path.size() - 4, 4, ".xml") == 0;
}

class PipelineReader final : public FileReader {
 public:
  explicit PipelineReader(const Poco::Util::AbstractConfiguration& config) {
    auto vocabulary = extract::loadVocabulary(config.getString("rules.path"));
    if (!vocabulary) throw Poco::InvalidArgumentException(vocabulary.failure().message);
    vocabulary_ = *vocabulary;
    ocr::Options options = ocrOptionsFrom(config);
    reader_ = std::make_unique<ocr::Reader>(options);
  }

  Result<FileReading> read(const std::string& path, const std::string& source) override {
    if (isXmlFile(source)) return readExtractionXml(path);
    auto text = reader_->readFile(path);
    if (!text) return text.failure();
    text->source = source;
    FileReading reading;
    xml::DocPtr out(xmlNewDoc(xml::u("1.0")));
    xmlNodePtr root = xmlNewNode(nullptr, xml::u("extraction"));
    xmlDocSetRootElement(out.get(), root);
    // The daemon reads a case's files one by one: the letters of this file are reconciled.
    auto letters = extract::extractLetters(*text, *vocabulary_);
    extract::reconcileCase(letters);
    for (const auto& letter : letters) {
      extract::appendDocumentXml(root, letter);
      ++reading.letters;
    }
    for (const auto& page : text->pages) reading.pageSeconds.push_back(page.seconds);
    reading.pages = static_cast<int>(text->pages.size());
    reading.documentsXml = serialise(out.get());
    return reading;
  }

 private:
  std::shared_ptr<const extract::Vocabulary> vocabulary_;
  std::unique_ptr<ocr::Reader> reader_;
};

}  // namespace

std::unique_ptr<FileReader> makeFileReader(const Poco::Util::AbstractConfiguration& config) {
  return std::make_unique<PipelineReader>(config);
}

store::GroupingKeys groupingKeysOf(const std::string& documentsXml) {
  store::GroupingKeys keys;
  auto doc = xml::readMemory(documentsXml, "documents");
  if (!doc) return keys;
  xmlNodePtr root = xmlDocGetRootElement(doc->get());
  for (xmlNodePtr document = root ? root->children : nullptr; document; document = document->next) {
    if (!named(document, "document")) continue;
    for (xmlNodePtr holder = document->children; holder; holder = holder->next) {
      if (!named(holder, "holder")) continue;
      for (xmlNodePtr field = holder->children; field; field = field->next) {
        if (named(field, "nip") && !textOf(field).empty()) keys.nips.push_back(textOf(field));
        if (named(field, "name") && !textOf(field).empty()) keys.names.push_back(textOf(field));
      }
    }
  }
  return keys;
}

}  // namespace cabut::app
