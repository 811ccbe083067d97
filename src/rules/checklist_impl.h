// The loaded checklist's compiled form, shared by the loader and the evaluator. Internal.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "common/xml_ptr.h"
#include "rules/rules.h"
#include "rules/vocabulary_terms.h"
#include "rules/xpath_functions.h"

namespace cabut::rules {

// Literal text, or (when `expression` is set) a placeholder {XPATH} filled at evaluation.
struct MessagePart {
  std::string text;
  xml::XPathCompPtr expression;
};

struct CompiledRule {
  RuleInfo info;
  xml::XPathCompPtr context;  // null: the rule runs once, on <case>
  xml::XPathCompPtr test;
  bool failsWhenTrue = false;    // <report> (Schematron style) rather than <assert>
  bool passesWhenEmpty = false;  // context selected nothing: pass instead of fail
  std::vector<MessagePart> message;
};

struct Checklist::Impl {
  std::string path;
  Params params;
  std::map<std::string, TitleVocabulary> vocabularies;
  std::vector<CompiledRule> rules;
  // Compilation context: kept because compiled expressions remember its dictionary.
  FunctionState compileState;
  xml::XPathContextPtr compileContext;
};

}  // namespace cabut::rules
