#include "extract/ocr_fixture.h"

#include <libxml/parser.h>
#include <libxml/tree.h>

#include <memory>
#include <sstream>
#include <stdexcept>

namespace cabut::testing {
namespace {

struct DocFree {
  void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};

std::string attribute(xmlNode* node, const char* name) {
  xmlChar* value = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
  std::string text = value ? reinterpret_cast<const char*>(value) : "";
  xmlFree(value);
  return text;
}

std::string content(xmlNode* node) {
  xmlChar* value = xmlNodeGetContent(node);
  std::string text = value ? reinterpret_cast<const char*>(value) : "";
  xmlFree(value);
  return text;
}

ocr::Box box(const std::string& text) {
  ocr::Box b;
  char comma;
  std::istringstream in(text);
  in >> b.x0 >> comma >> b.y0 >> comma >> b.x1 >> comma >> b.y1;
  return b;
}

bool named(xmlNode* node, const char* name) {
  return node->type == XML_ELEMENT_NODE &&
         xmlStrcmp(node->name, reinterpret_cast<const xmlChar*>(name)) == 0;
}

}  // namespace

std::vector<ocr::FileText> loadOcrXml(const std::string& path) {
  std::unique_ptr<xmlDoc, DocFree> doc(xmlReadFile(path.c_str(), nullptr, XML_PARSE_NONET));
  if (!doc) throw std::runtime_error("cannot read " + path);
  std::vector<ocr::FileText> files;
  for (xmlNode* file = xmlDocGetRootElement(doc.get())->children; file; file = file->next) {
    if (!named(file, "file")) continue;
    ocr::FileText text;
    text.source = attribute(file, "source");
    for (xmlNode* pageNode = file->children; pageNode; pageNode = pageNode->next) {
      if (!named(pageNode, "page")) continue;
      ocr::PageText page;
      page.number = std::stoi(attribute(pageNode, "number"));
      page.width = std::stoi(attribute(pageNode, "width"));
      page.height = std::stoi(attribute(pageNode, "height"));
      page.blank = attribute(pageNode, "blank") == "true";
      page.origin = attribute(pageNode, "origin");
      for (xmlNode* lineNode = pageNode->children; lineNode; lineNode = lineNode->next) {
        if (!named(lineNode, "line")) continue;
        ocr::Line line;
        line.box = box(attribute(lineNode, "bbox"));
        line.block = std::stoi(attribute(lineNode, "block"));
        for (xmlNode* wordNode = lineNode->children; wordNode; wordNode = wordNode->next) {
          if (!named(wordNode, "word")) continue;
          line.words.push_back({content(wordNode), std::stof(attribute(wordNode, "confidence")),
                                box(attribute(wordNode, "bbox"))});
        }
        page.lines.push_back(std::move(line));
      }
      text.pages.push_back(std::move(page));
    }
    files.push_back(std::move(text));
  }
  return files;
}

ocr::PageText pageFromLines(const std::vector<std::string>& lines, int number) {
  ocr::PageText page;
  page.number = number;
  page.width = 2480;
  page.height = 3508;
  page.origin = "test";
  int y = 200;
  for (const auto& text : lines) {
    ocr::Line line;
    size_t column = 0;
    while (column < text.size()) {
      if (text[column] == ' ') {
        ++column;
        continue;
      }
      size_t end = text.find(' ', column);
      if (end == std::string::npos) end = text.size();
      const int x0 = 200 + static_cast<int>(column) * 20;
      const int x1 = 200 + static_cast<int>(end) * 20 - 4;
      line.words.push_back({text.substr(column, end - column), 0.95f, {x0, y, x1, y + 36}});
      column = end;
    }
    if (!line.words.empty()) {
      line.box = {line.words.front().box.x0, y, line.words.back().box.x1, y + 36};
      page.lines.push_back(std::move(line));
    }
    y += 50;
  }
  return page;
}

}  // namespace cabut::testing
