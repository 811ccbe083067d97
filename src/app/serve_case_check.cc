#include "app/serve_case_check.h"

#include <Poco/DateTimeFormat.h>
#include <Poco/DateTimeFormatter.h>
#include <Poco/Exception.h>
#include <Poco/Timestamp.h>

#include <algorithm>
#include <map>

#include "app/serve_reader.h"
#include "cases/case.h"
#include "cases/xml_file.h"
#include "rules/identity_numbers.h"
#include "rules/rules.h"
#include "rules/rules_config.h"

namespace cabut::app {
namespace {

std::string joined(const std::vector<std::string>& parts, const std::string& separator) {
  std::string out;
  for (const auto& part : parts) out += (out.empty() ? "" : separator) + part;
  return out;
}

std::string isoTime(long long seconds) {
  return Poco::DateTimeFormatter::format(Poco::Timestamp::fromEpochTime(seconds),
                                         Poco::DateTimeFormat::ISO8601_FORMAT);
}

// One checklist per thread and configuration (a Checklist belongs to one thread); its
// evaluator is rebuilt when the date changes, since date rules compare against today.
rules::Evaluator& evaluatorFor(const Poco::Util::AbstractConfiguration& config) {
  struct PerThread {
    std::shared_ptr<rules::Checklist> checklist;
    std::chrono::year_month_day today;
    std::unique_ptr<rules::Evaluator> evaluator;
  };
  thread_local std::map<const void*, PerThread> perThread;
  auto& mine = perThread[&config];
  if (!mine.checklist) {
    auto checklist = rules::loadConfiguredChecklist(config);
    if (!checklist) throw Poco::InvalidArgumentException(checklist.failure().message);
    mine.checklist = *checklist;
  }
  // check.today (as `cabut check --today`) pins the date, for reproducible runs and tests.
  auto today = rules::systemToday();
  if (config.has("check.today"))
    if (auto pinned = rules::parseIsoDate(config.getString("check.today"))) today = *pinned;
  if (!mine.evaluator || mine.today != today) {
    mine.evaluator = std::make_unique<rules::Evaluator>(mine.checklist, today);
    mine.today = today;
  }
  return *mine.evaluator;
}

}  // namespace

CaseJudge::CaseJudge(const Poco::Util::AbstractConfiguration& config, const inbox::WorkArea& work,
                     long long letterWaitSeconds)
    : config_(config), work_(work), letterWaitSeconds_(letterWaitSeconds) {
  auto checklist = rules::loadConfiguredChecklist(config);
  if (!checklist) throw Poco::InvalidArgumentException(checklist.failure().message);
  if (config.has("check.today") && !rules::parseIsoDate(config.getString("check.today")))
    throw Poco::InvalidArgumentException("check.today expects a date YYYY-MM-DD");
}

store::CaseCheck CaseJudge::operator()(const store::CaseRow& row,
                                       const std::vector<store::FileRow>& files) const {
  store::CaseCheck check;
  check.holderNips = row.holderNips;
  check.holderNames = row.holderNames;
  for (const auto& file : files)
    if (!store::isTerminal(file.state)) return check;  // still reading: judged when all are in

  cases::Case theCase;
  theCase.setAttribute("id", std::to_string(row.id));
  theCase.setAttribute("received", isoTime(row.created));
  std::vector<std::string> nips, names;
  const bool anyContent = std::any_of(files.begin(), files.end(), [](const store::FileRow& f) {
    return f.state == store::FileState::filed || f.state == store::FileState::quarantined;
  });
  if (!anyContent) {
    check.state = store::CaseState::duplicate;
    return check;
  }
  for (const auto& file : files) {
    if (file.state == store::FileState::quarantined) {
      theCase.addError(file.inboxPath, {file.reasonCode, file.reason});
    } else if (file.state == store::FileState::filed) {
      auto doc = xml::readMemory(file.documents, file.inboxPath);
      if (doc) theCase.addDocumentsFrom(doc->get(), file.inboxPath);
      const auto keys = groupingKeysOf(file.documents);
      nips.insert(nips.end(), keys.nips.begin(), keys.nips.end());
      names.insert(names.end(), keys.names.begin(), keys.names.end());
    }
  }
  const auto evaluation = evaluatorFor(config_).check(theCase);
  std::vector<std::string> missing;
  for (const auto& result : evaluation.results)
    if (result.outcome != rules::Outcome::pass && result.rule.severity == rules::Severity::block &&
        result.rule.category == rules::Category::completeness)
      missing.push_back(result.rule.title);
  check.missing = joined(missing, "; ");
  check.verdict = cases::verdictName(evaluation.verdict);
  check.holderNips = joined(nips, " ");
  check.holderNames = joined(names, "|");
  const long long waitUntil = row.created + letterWaitSeconds_;
  if (evaluation.verdict == cases::Verdict::incomplete && store::nowSeconds() < waitUntil) {
    check.state = store::CaseState::waitingLetter;
    check.waitUntil = waitUntil;
  } else {
    check.state = store::CaseState::waitingSignoff;
  }
  check.xml = theCase.toXml();
  // The case folder holds the same document the store does, for people and later stages.
  if (auto failure = inbox::writeDurably(work_.caseFolder(row.id) + "/case.xml", check.xml))
    throw Poco::IOException(failure->message);
  return check;
}

}  // namespace cabut::app
