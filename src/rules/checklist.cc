// Loading rules/checklist.xml: parse, validate against the XSD, lint and compile every XPath.
#include <libxml/xpathInternals.h>

#include <cstring>
#include <filesystem>

#include "cases/xml_file.h"
#include "common/data_dir.h"
#include "rules/checklist_impl.h"
#include "rules/text_similarity.h"
#include "rules/xpath_lint.h"

namespace cabut::rules {
namespace {

bool isElement(xmlNodePtr node, const char* name) {
  return node->type == XML_ELEMENT_NODE && std::strcmp(xml::c(node->name), name) == 0;
}

std::string attribute(xmlNodePtr node, const char* name) {
  xml::XmlCharPtr value(xmlGetProp(node, xml::u(name)));
  return value ? xml::c(value.get()) : "";
}

std::string content(xmlNodePtr node) {
  xml::XmlCharPtr value(xmlNodeGetContent(node));
  return value ? xml::c(value.get()) : "";
}

std::string trimmed(const std::string& text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return "";
  return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

class Loader {
 public:
  Loader(Checklist::Impl& impl, std::string path) : impl_(impl), path_(std::move(path)) {}

  std::optional<Failure> read(xmlNodePtr root, const Params& overrides) {
    for (xmlNodePtr node = root->children; node; node = node->next)
      if (isElement(node, "param")) impl_.params[attribute(node, "name")] = trimmed(content(node));
    for (const auto& [name, value] : overrides) {
      if (!impl_.params.count(name))
        return Failure{"bad-param", path_ + ":0: the configuration sets rules.param." + name +
                                        ", but the checklist has no such param"};
      impl_.params[name] = value;
    }
    for (const auto& [name, value] : impl_.params) variables_.insert(name);
    for (xmlNodePtr node = root->children; node; node = node->next) {
      if (isElement(node, "vocabulary")) readVocabulary(node);
      if (isElement(node, "rule"))
        if (auto failure = readRule(node)) return failure;
    }
    return std::nullopt;
  }

 private:
  void readVocabulary(xmlNodePtr node) {
    auto& vocabulary = impl_.vocabularies[attribute(node, "id")];
    for (xmlNodePtr entry = node->children; entry; entry = entry->next) {
      const std::string folded = foldText(content(entry));
      if (isElement(entry, "ignore-prefix")) vocabulary.ignoredPrefixes.push_back(folded);
      if (isElement(entry, "term")) vocabulary.terms.push_back(folded);
      if (isElement(entry, "exclude")) vocabulary.excluded.push_back(folded);
    }
  }

  Failure located(xmlNodePtr node, const Failure& failure) const {
    return Failure{failure.code,
                   path_ + ":" + std::to_string(xmlGetLineNo(node)) + ": " + failure.message};
  }

  Result<xml::XPathCompPtr> compile(xmlNodePtr node, const std::string& what,
                                    const std::string& expression) {
    if (auto failure = lintXPath(expression, functionNames(), variables_))
      return located(node, {failure->code, what + ": " + failure->message});
    impl_.compileState.error.clear();
    xml::XPathCompPtr compiled(
        xmlXPathCtxtCompile(impl_.compileContext.get(), xml::u(expression.c_str())));
    if (!compiled)
      return located(node, {"bad-xpath", what + ": XPath syntax error (" +
                                             (impl_.compileState.error.empty()
                                                  ? std::string("invalid expression")
                                                  : impl_.compileState.error) +
                                             ") in: " + expression});
    return compiled;
  }

  // "Text {xpath} text": literal parts and compiled placeholders.
  std::optional<Failure> readMessage(xmlNodePtr node, const std::string& ruleId,
                                     std::vector<MessagePart>& parts) {
    const std::string text = trimmed(content(node));
    size_t pos = 0;
    while (pos < text.size()) {
      const auto open = text.find('{', pos);
      parts.push_back({text.substr(pos, open - pos), nullptr});
      if (open == std::string::npos) break;
      const auto close = text.find('}', open);
      if (close == std::string::npos)
        return located(node, {"bad-xpath", "rule " + ruleId + ": message has '{' without '}'"});
      auto compiled = compile(node, "rule " + ruleId + " message placeholder",
                              text.substr(open + 1, close - open - 1));
      if (!compiled) return compiled.failure();
      parts.push_back({"", std::move(*compiled)});
      pos = close + 1;
    }
    return std::nullopt;
  }

  std::optional<Failure> readRule(xmlNodePtr node) {
    CompiledRule rule;
    rule.info.id = attribute(node, "id");
    rule.info.step = std::stoi(attribute(node, "step"));
    rule.info.severity = attribute(node, "severity") == "warn" ? Severity::warn : Severity::block;
    rule.info.category =
        attribute(node, "category") == "completeness" ? Category::completeness : Category::validity;
    rule.info.line = static_cast<int>(xmlGetLineNo(node));
    rule.passesWhenEmpty = attribute(node, "when-empty") == "pass";
    const std::string context = attribute(node, "context");
    if (!context.empty()) {
      auto compiled = compile(node, "rule " + rule.info.id + " context", context);
      if (!compiled) return compiled.failure();
      rule.context = std::move(*compiled);
    }
    for (xmlNodePtr child = node->children; child; child = child->next) {
      if (isElement(child, "title")) rule.info.title = trimmed(content(child));
      if (!isElement(child, "assert") && !isElement(child, "report")) continue;
      rule.failsWhenTrue = isElement(child, "report");
      auto compiled = compile(child, "rule " + rule.info.id + " test", attribute(child, "test"));
      if (!compiled) return compiled.failure();
      rule.test = std::move(*compiled);
      if (auto failure = readMessage(child, rule.info.id, rule.message)) return failure;
    }
    impl_.rules.push_back(std::move(rule));
    return std::nullopt;
  }

  Checklist::Impl& impl_;
  std::string path_;
  std::set<std::string> variables_;
};

}  // namespace

Checklist::Checklist(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Checklist::~Checklist() = default;

const std::string& Checklist::path() const {
  return impl_->path;
}
const Params& Checklist::params() const {
  return impl_->params;
}

std::vector<RuleInfo> Checklist::rules() const {
  std::vector<RuleInfo> infos;
  for (const auto& rule : impl_->rules) infos.push_back(rule.info);
  return infos;
}

Result<std::shared_ptr<Checklist>> Checklist::loadFile(const std::string& checklistPath,
                                                       const std::string& xsdPath,
                                                       const Params& overrides) {
  auto doc = xml::readFile(checklistPath);
  if (!doc) return doc.failure();
  auto schema = xml::Schema::load(xsdPath);
  if (!schema) return schema.failure();
  if (auto failure = schema->validate(doc->get(), checklistPath)) return *failure;

  auto impl = std::make_unique<Impl>();
  impl->path = checklistPath;
  impl->compileContext = newFunctionContext(impl->compileState);
  if (auto failure = Loader(*impl, checklistPath).read(xmlDocGetRootElement(doc->get()), overrides))
    return *failure;
  return std::shared_ptr<Checklist>(new Checklist(std::move(impl)));
}

Result<std::shared_ptr<Checklist>> Checklist::load(const std::string& rulesDir,
                                                   const Params& overrides) {
  const std::filesystem::path dir(rulesDir);
  std::error_code ignored;
  const auto ownXsd = dir / "checklist.xsd";
  const std::string xsd = std::filesystem::exists(ownXsd, ignored)
                              ? ownXsd.string()
                              : defaultRulesDir() + "/checklist.xsd";
  return loadFile((dir / "checklist.xml").string(), xsd, overrides);
}

}  // namespace cabut::rules
