#include "rules/xpath_functions.h"

#include <libxml/xpathInternals.h>

#include <Poco/Exception.h>

#include <cmath>
#include <functional>
#include <limits>
#include <optional>
#include <vector>

#include "rules/rules.h"
#include "rules/text_similarity.h"

namespace cabut::rules {
namespace {

// Longest string a function looks at: attacker-controlled text must not make name
// comparison (quadratic) or a regular expression expensive.
constexpr size_t kMaxArgumentLength = 1000;
constexpr double kDefaultNameSimilarity = 0.8;
constexpr double kDefaultOfficeOverlap = 0.8;

FunctionState& stateOf(xmlXPathParserContextPtr ctxt) {
  return *static_cast<FunctionState*>(ctxt->context->userData);
}

void raise(xmlXPathParserContextPtr ctxt, const std::string& message) {
  stateOf(ctxt).error = message;
  ctxt->error = XPATH_EXPR_ERROR;
}

// Pops the arguments (last first) as strings; node-sets give their first node's value.
std::optional<std::vector<std::string>> popStrings(xmlXPathParserContextPtr ctxt, int nargs,
                                                   int minArgs, int maxArgs) {
  const char* name = xml::c(ctxt->context->function);
  if (nargs < minArgs || nargs > maxArgs) {
    raise(ctxt, std::string("c:") + name + "() takes " + std::to_string(minArgs) +
                    (minArgs == maxArgs ? "" : ".." + std::to_string(maxArgs)) +
                    " argument(s), got " + std::to_string(nargs));
    return std::nullopt;
  }
  std::vector<std::string> args(static_cast<size_t>(nargs));
  for (int i = nargs - 1; i >= 0; --i) {
    xml::XmlCharPtr text(xmlXPathPopString(ctxt));
    if (ctxt->error) return std::nullopt;
    std::string value = text ? xml::c(text.get()) : "";
    if (value.size() > kMaxArgumentLength) value.resize(kMaxArgumentLength);
    args[static_cast<size_t>(i)] = std::move(value);
  }
  return args;
}

void pushBoolean(xmlXPathParserContextPtr ctxt, bool value) {
  valuePush(ctxt, xmlXPathNewBoolean(value ? 1 : 0));
}
void pushString(xmlXPathParserContextPtr ctxt, const std::string& value) {
  valuePush(ctxt, xmlXPathNewString(xml::u(value.c_str())));
}
void pushNumber(xmlXPathParserContextPtr ctxt, double value) {
  valuePush(ctxt, xmlXPathNewFloat(value));
}

double thresholdArgument(const std::vector<std::string>& args, size_t index, double fallback) {
  if (args.size() <= index) return fallback;
  const double value = xmlXPathCastStringToNumber(xml::u(args[index].c_str()));
  return std::isnan(value) ? fallback : value;
}

const TitleVocabulary* vocabularyArgument(xmlXPathParserContextPtr ctxt, const std::string& id) {
  const auto* vocabularies = stateOf(ctxt).vocabularies;
  const auto found = vocabularies ? vocabularies->find(id) : decltype(vocabularies->end()){};
  if (!vocabularies || found == vocabularies->end()) {
    raise(ctxt, "no vocabulary '" + id + "' in the checklist");
    return nullptr;
  }
  return &found->second;
}

// NipFacts and NikFacts as XPath strings: ISO date / "male" / "female", "" when unknown.
template <typename Facts>
std::string birthText(const Facts& facts) {
  return facts.birth ? isoDate(*facts.birth) : "";
}
template <typename Facts>
std::string genderText(const Facts& facts) {
  return facts.gender ? genderName(*facts.gender) : "";
}

using Body = std::function<void(xmlXPathParserContextPtr, const std::vector<std::string>&)>;

struct FunctionDef {
  const char* name;
  int minArgs, maxArgs;
  Body body;
};

const std::vector<FunctionDef>& definitions() {
  static const std::vector<FunctionDef> all{
      {"today", 0, 0, [](auto ctxt, auto&) { pushString(ctxt, isoDate(stateOf(ctxt).today)); }},
      {"nip-valid", 1, 1,
       [](auto ctxt, auto& a) { pushBoolean(ctxt, checkNip(a[0], stateOf(ctxt).today).valid); }},
      {"nip-kind", 1, 1,
       [](auto ctxt, auto& a) { pushString(ctxt, checkNip(a[0], stateOf(ctxt).today).kind); }},
      {"nip-birth-date", 1, 1,
       [](auto ctxt, auto& a) {
         pushString(ctxt, birthText(checkNip(a[0], stateOf(ctxt).today)));
       }},
      {"nip-gender", 1, 1,
       [](auto ctxt, auto& a) {
         pushString(ctxt, genderText(checkNip(a[0], stateOf(ctxt).today)));
       }},
      {"nik-valid", 1, 2,
       [](auto ctxt, auto& a) {
         // With an NIP (not empty), its birth date and gender must agree with the NIK's.
         const auto today = stateOf(ctxt).today;
         const auto nik = checkNik(a[0], today);
         bool valid = nik.valid;
         if (valid && a.size() > 1 && !a[1].empty()) {
           const auto nip = checkNip(a[1], today);
           if (nip.birth && nip.gender) valid = nikAgreesWithNip(nik, nip);
         }
         pushBoolean(ctxt, valid);
       }},
      {"nik-birth-date", 1, 1,
       [](auto ctxt, auto& a) {
         pushString(ctxt, birthText(checkNik(a[0], stateOf(ctxt).today)));
       }},
      {"nik-gender", 1, 1,
       [](auto ctxt, auto& a) {
         pushString(ctxt, genderText(checkNik(a[0], stateOf(ctxt).today)));
       }},
      {"is-date", 1, 1,
       [](auto ctxt, auto& a) { pushBoolean(ctxt, parseIsoDate(a[0]).has_value()); }},
      {"days-between", 2, 2,
       [](auto ctxt, auto& a) {
         const auto from = parseIsoDate(a[0]), to = parseIsoDate(a[1]);
         pushNumber(ctxt, from && to ? static_cast<double>(daysBetween(*from, *to))
                                     : std::numeric_limits<double>::quiet_NaN());
       }},
      {"matches", 2, 3,
       [](auto ctxt, auto& a) {
         auto& cache = stateOf(ctxt).regexCache;
         const std::string flags = a.size() > 2 ? a[2] : "";
         const std::string key = flags + '/' + a[1];
         try {
           auto& regex = cache[key];
           if (!regex) {
             int options = Poco::RegularExpression::RE_UTF8;
             if (flags.find('i') != std::string::npos)
               options |= Poco::RegularExpression::RE_CASELESS;
             regex = std::make_unique<Poco::RegularExpression>(a[1], options);
           }
           // Search semantics (as XPath 2.0 fn:matches): anchors only where the pattern has them.
           Poco::RegularExpression::Match found;
           pushBoolean(ctxt, regex->match(a[0], 0, found) > 0);
         } catch (const Poco::Exception& e) {
           cache.erase(key);
           raise(ctxt, "c:matches(): " + e.displayText());
         }
       }},
      {"name-similar", 2, 3,
       [](auto ctxt, auto& a) {
         pushBoolean(ctxt,
                     namesSimilar(a[0], a[1], thresholdArgument(a, 2, kDefaultNameSimilarity)));
       }},
      {"same-office", 2, 3,
       [](auto ctxt, auto& a) {
         pushBoolean(ctxt,
                     officeOverlap(a[0], a[1]) >= thresholdArgument(a, 2, kDefaultOfficeOverlap));
       }},
      {"email-domain-allowed", 2, 2,
       [](auto ctxt, auto& a) { pushBoolean(ctxt, emailDomainAllowed(a[0], a[1])); }},
      {"has-title", 2, 2,
       [](auto ctxt, auto& a) {
         if (const auto* vocabulary = vocabularyArgument(ctxt, a[1]))
           pushBoolean(ctxt, vocabulary->titleLength(a[0]) > 0);
       }},
      {"after-title", 2, 2,
       [](auto ctxt, auto& a) {
         // The office a head's title names: "Kepala Dinas Kesehatan" -> "dinas kesehatan".
         if (const auto* vocabulary = vocabularyArgument(ctxt, a[1])) {
           std::string rest;
           vocabulary->titleLength(a[0], &rest);
           pushString(ctxt, rest);
         }
       }},
  };
  return all;
}

void dispatch(xmlXPathParserContextPtr ctxt, int nargs) {
  const std::string name = xml::c(ctxt->context->function);
  for (const auto& def : definitions()) {
    if (name != def.name) continue;
    const auto args = popStrings(ctxt, nargs, def.minArgs, def.maxArgs);
    if (args) def.body(ctxt, *args);
    return;
  }
  raise(ctxt, "unknown function c:" + name + "()");
}

// c:current(): the node the rule is being evaluated for (XSLT's current()), so a predicate
// deep inside a path can compare with it.
void current(xmlXPathParserContextPtr ctxt, int nargs) {
  if (nargs != 0) {
    raise(ctxt, "c:current() takes no arguments");
    return;
  }
  valuePush(ctxt, xmlXPathNewNodeSet(stateOf(ctxt).current));
}

void captureError(void* userData, xmlErrorPtr error) {
  auto* state = static_cast<FunctionState*>(userData);
  std::string message = error->message ? error->message : "XPath error";
  while (!message.empty() && message.back() == '\n') message.pop_back();
  state->error = message;
}

}  // namespace

const std::set<std::string>& functionNames() {
  static const std::set<std::string> names = [] {
    std::set<std::string> all{"current"};
    for (const auto& def : definitions()) all.insert(def.name);
    return all;
  }();
  return names;
}

xml::XPathContextPtr newFunctionContext(FunctionState& state) {
  xml::XPathContextPtr context(xmlXPathNewContext(nullptr));
  context->userData = &state;
  context->error = &captureError;
  context->opLimit = kOperationLimit;
  // Reuse XPath objects between evaluations instead of allocating each one.
  xmlXPathContextSetCache(context.get(), 1, -1, 0);
  xmlXPathRegisterNs(context.get(), xml::u("c"), xml::u(kFunctionNamespace));
  xmlXPathRegisterFuncNS(context.get(), xml::u("current"), xml::u(kFunctionNamespace), &current);
  for (const auto& def : definitions())
    xmlXPathRegisterFuncNS(context.get(), xml::u(def.name), xml::u(kFunctionNamespace), &dispatch);
  return context;
}

}  // namespace cabut::rules
