// Running a compiled checklist over one case document.
#include <libxml/xpathInternals.h>

#include <ctime>

#include "rules/checklist_impl.h"

namespace cabut::rules {
namespace {

constexpr size_t kMaxPlaceholderLength = 200;

struct NodeList {
  std::vector<xmlNodePtr> nodes;
  std::string error;  // not empty: the context expression failed
};

}  // namespace

const char* outcomeName(Outcome outcome) {
  switch (outcome) {
    case Outcome::pass:
      return "pass";
    case Outcome::fail:
      return "fail";
    case Outcome::error:
      return "error";
  }
  return "error";
}

std::chrono::year_month_day systemToday() {
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  return std::chrono::year_month_day{std::chrono::year{local.tm_year + 1900},
                                     std::chrono::month{static_cast<unsigned>(local.tm_mon + 1)},
                                     std::chrono::day{static_cast<unsigned>(local.tm_mday)}};
}

cases::Verdict verdictOf(const std::vector<RuleResult>& results) {
  bool incomplete = false, invalid = false;
  for (const auto& result : results) {
    if (result.outcome == Outcome::pass || result.rule.severity != Severity::block) continue;
    (result.rule.category == Category::completeness ? incomplete : invalid) = true;
  }
  return incomplete ? cases::Verdict::incomplete
         : invalid  ? cases::Verdict::invalid
                    : cases::Verdict::complete;
}

struct Evaluator::Impl {
  std::shared_ptr<Checklist> checklist;
  FunctionState state;
  xml::XPathContextPtr context;

  // Resets the per-expression state and limits so one rule's cost never carries over.
  void prepare(xmlNodePtr node) {
    context->node = node;
    context->contextSize = 1;
    context->proximityPosition = 1;
    context->opCount = 0;
    context->depth = 0;
    state.current = node;
    state.error.clear();
  }

  std::string failureReason() const {
    return state.error.empty() ? std::string("XPath evaluation failed") : state.error;
  }

  NodeList select(xmlXPathCompExpr* expression, xmlNodePtr node) {
    prepare(node);
    xml::XPathObjectPtr result(xmlXPathCompiledEval(expression, context.get()));
    NodeList list;
    if (!result) {
      list.error = failureReason();
    } else if (result->type != XPATH_NODESET) {
      list.error = "the rule's context does not select nodes";
    } else if (result->nodesetval) {
      for (int i = 0; i < result->nodesetval->nodeNr; ++i)
        list.nodes.push_back(result->nodesetval->nodeTab[i]);
    }
    return list;
  }

  std::string fill(const std::vector<MessagePart>& parts, xmlNodePtr node) {
    std::string text;
    for (const auto& part : parts) {
      if (!part.expression) {
        text += part.text;
        continue;
      }
      prepare(node);
      xml::XPathObjectPtr value(xmlXPathCompiledEval(part.expression.get(), context.get()));
      xml::XmlCharPtr asText(value ? xmlXPathCastToString(value.get()) : nullptr);
      std::string filled = asText ? xml::c(asText.get()) : "?";
      if (filled.size() > kMaxPlaceholderLength) filled.resize(kMaxPlaceholderLength);
      text += filled;
    }
    return text;
  }

  static std::string locationOf(xmlNodePtr node) {
    xml::XmlCharPtr path(xmlGetNodePath(node));
    return path ? xml::c(path.get()) : "";
  }

  RuleResult run(const CompiledRule& rule, xmlNodePtr root) {
    RuleResult result{rule.info, Outcome::pass, {}};
    NodeList targets;
    if (rule.context)
      targets = select(rule.context.get(), root);
    else
      targets.nodes.push_back(root);
    if (!targets.error.empty()) {
      result.outcome = Outcome::error;
      result.messages.push_back({"", "Aturan tidak dapat dievaluasi: " + targets.error});
      return result;
    }
    if (targets.nodes.empty()) {
      // Nothing to check is a failure unless the rule says otherwise: a missing value must
      // never let a case through.
      if (!rule.passesWhenEmpty) {
        result.outcome = Outcome::fail;
        result.messages.push_back({locationOf(root), fill(rule.message, root)});
      }
      return result;
    }
    for (xmlNodePtr node : targets.nodes) {
      prepare(node);
      const int value = xmlXPathCompiledEvalToBoolean(rule.test.get(), context.get());
      if (value < 0) {
        result.outcome = Outcome::error;
        result.messages.push_back(
            {locationOf(node), "Aturan tidak dapat dievaluasi: " + failureReason()});
        continue;
      }
      if ((value == 1) != rule.failsWhenTrue) continue;
      if (result.outcome == Outcome::pass) result.outcome = Outcome::fail;
      result.messages.push_back({locationOf(node), fill(rule.message, node)});
    }
    return result;
  }
};

Evaluator::Evaluator(std::shared_ptr<Checklist> checklist, std::chrono::year_month_day today)
    : impl_(std::make_unique<Impl>()) {
  impl_->checklist = std::move(checklist);
  impl_->state.today = today;
  impl_->state.vocabularies = &impl_->checklist->impl_->vocabularies;
  impl_->context = newFunctionContext(impl_->state);
  for (const auto& [name, value] : impl_->checklist->params())
    xmlXPathRegisterVariable(impl_->context.get(), xml::u(name.c_str()),
                             xmlXPathNewString(xml::u(value.c_str())));
}

Evaluator::~Evaluator() = default;

Evaluation Evaluator::evaluate(const cases::Case& c) {
  Evaluation evaluation;
  evaluation.today = isoDate(impl_->state.today);
  evaluation.results.reserve(impl_->checklist->impl_->rules.size());
  impl_->context->doc = c.doc();
  for (const auto& rule : impl_->checklist->impl_->rules)
    evaluation.results.push_back(impl_->run(rule, c.root()));
  impl_->context->doc = nullptr;
  evaluation.verdict = verdictOf(evaluation.results);
  return evaluation;
}

Evaluation Evaluator::check(cases::Case& c) {
  Evaluation evaluation = evaluate(c);
  writeChecks(c, evaluation, impl_->checklist->path());
  return evaluation;
}

void writeChecks(cases::Case& c, const Evaluation& evaluation, const std::string& checklistPath) {
  c.removeSection(cases::Section::checks);
  xmlNodePtr checks = c.section(cases::Section::checks);
  xmlSetProp(checks, xml::u("checklist"), xml::u(checklistPath.c_str()));
  xmlSetProp(checks, xml::u("today"), xml::u(evaluation.today.c_str()));
  for (const auto& result : evaluation.results) {
    xmlNodePtr check = xmlNewChild(checks, nullptr, xml::u("check"), nullptr);
    const auto& rule = result.rule;
    xmlSetProp(check, xml::u("rule"), xml::u(rule.id.c_str()));
    xmlSetProp(check, xml::u("step"), xml::u(std::to_string(rule.step).c_str()));
    xmlSetProp(check, xml::u("severity"),
               xml::u(rule.severity == Severity::block ? "block" : "warn"));
    xmlSetProp(check, xml::u("category"),
               xml::u(rule.category == Category::completeness ? "completeness" : "validity"));
    xmlSetProp(check, xml::u("result"), xml::u(outcomeName(result.outcome)));
    if (!rule.title.empty()) xmlSetProp(check, xml::u("title"), xml::u(rule.title.c_str()));
    for (const auto& message : result.messages) {
      // xmlNewTextChild escapes; message text may quote letter content.
      xmlNodePtr node =
          xmlNewTextChild(check, nullptr, xml::u("message"), xml::u(message.text.c_str()));
      if (!message.location.empty())
        xmlSetProp(node, xml::u("location"), xml::u(message.location.c_str()));
    }
  }
  c.setVerdict(evaluation.verdict);
}

}  // namespace cabut::rules
