// The project's XPath functions (namespace kFunctionNamespace, prefix `c`) and the XPath
// context they run on. Internal to rules/.
#pragma once

#include <Poco/RegularExpression.h>

#include <map>
#include <memory>
#include <set>
#include <string>

#include "common/xml_ptr.h"
#include "rules/identity_numbers.h"
#include "rules/vocabulary_terms.h"

namespace cabut::rules {

// What the functions read while one expression runs; owned by whoever owns the context.
struct FunctionState {
  Date today{};
  const std::map<std::string, TitleVocabulary>* vocabularies = nullptr;
  xmlNodePtr current = nullptr;  // the rule's context node, for c:current()
  std::string error;             // the last error an expression or function raised
  std::map<std::string, std::unique_ptr<Poco::RegularExpression>> regexCache;
};

// A new context with the `c` prefix bound, every function registered, errors captured into
// `state.error` (nothing printed), and resource limits set. `state` must outlive it.
xml::XPathContextPtr newFunctionContext(FunctionState& state);

// Local names of the registered functions ("nip-valid", ...), for checking rule files.
const std::set<std::string>& functionNames();

// Operations one expression may perform before it is stopped (libxml2's opLimit).
inline constexpr unsigned long kOperationLimit = 5'000'000;

}  // namespace cabut::rules
