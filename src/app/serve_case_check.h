// Judging a case in the daemon: the case document assembled from its files' stored letters
// (and <error> for files that could not be read), checked against the checklist, written to
// the case folder as case.xml, and the state the case goes to.
#pragma once

#include <Poco/Util/AbstractConfiguration.h>

#include <memory>
#include <string>

#include "inbox/inbox.h"
#include "store/store.h"

namespace cabut::app {

class CaseJudge {
 public:
  // Loads the checklist once to refuse a bad one at start-up (throws Poco::Exception).
  CaseJudge(const Poco::Util::AbstractConfiguration& config, const inbox::WorkArea& work,
            long long letterWaitSeconds);

  // The store's CaseChecker. Thread-safe: each thread gets its own checklist and evaluator
  // (libxml2's compiled XPath is not shared between threads).
  store::CaseCheck operator()(const store::CaseRow& row,
                              const std::vector<store::FileRow>& files) const;

  store::CaseChecker checker() const {
    return [this](const store::CaseRow& row, const std::vector<store::FileRow>& files) {
      return (*this)(row, files);
    };
  }

 private:
  const Poco::Util::AbstractConfiguration& config_;
  const inbox::WorkArea& work_;
  long long letterWaitSeconds_;
};

}  // namespace cabut::app
