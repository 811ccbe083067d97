#include "app/serve_pipeline.h"

#include <Poco/Exception.h>

#include "rules/text_similarity.h"

namespace cabut::app {

namespace {

// Two holder names are the same person when this similar (titles stripped, OCR-tolerant).
constexpr double kSameNameSimilarity = 0.85;

// Renews a file's lease while a long step (reading a 50-page PDF) runs, so other daemons do
// not take over a file that is still being worked on.
class LeaseKeeper {
 public:
  LeaseKeeper(store::Store& store, long long fileId, const std::string& owner, int leaseSeconds)
      : thread_([&store, fileId, owner, leaseSeconds, this] {
          const auto every = std::chrono::milliseconds(std::max(leaseSeconds, 1) * 1000 / 3);
          std::unique_lock lock(mutex_);
          while (!done_)
            if (!wake_.wait_for(lock, every, [this] { return done_; }))
              store.renewLease(fileId, owner);
        }) {}
  ~LeaseKeeper() {
    {
      std::lock_guard lock(mutex_);
      done_ = true;
    }
    wake_.notify_all();
    thread_.join();
  }

 private:
  std::mutex mutex_;
  std::condition_variable wake_;
  bool done_ = false;
  std::thread thread_;
};

}  // namespace

Workers::Workers(Pipeline& pipeline, int count) : pipeline_(pipeline) {
  for (int i = 0; i < count; ++i)
    threads_.emplace_back(&Workers::loop, this,
                          pipeline_.ownerPrefix + ":worker-" + std::to_string(i + 1));
}

Workers::~Workers() {
  stop();
}

void Workers::notify() {
  wake_.notify_all();
}

void Workers::stop() {
  stopping_ = true;
  wake_.notify_all();
  for (auto& thread : threads_)
    if (thread.joinable()) thread.join();
}

void Workers::loop(const std::string& owner) {
  while (!stopping_) {
    auto claimed = pipeline_.store.claimFile(owner);
    if (!claimed || !claimed->has_value()) {
      if (!claimed) {
        pipeline_.metrics.error("store");
        pipeline_.log.error("claim: " + claimed.failure().message);
      }
      // Idle: woken by the inbox loop, or every half second for work other daemons left.
      std::unique_lock lock(mutex_);
      wake_.wait_for(lock, std::chrono::milliseconds(500));
      continue;
    }
    process(**claimed, owner);
  }
}

void Workers::process(store::FileRow row, const std::string& owner) {
  while (!stopping_ && !store::isTerminal(row.state)) {
    // A step that failed keeps its claim: the file is tried again when the lease runs out
    // (or at the next start), not in a tight loop.
    if (!step(row, owner)) return;
    auto now = pipeline_.store.file(row.id);
    if (!now || !now->has_value()) return;
    row = **now;
    pipeline_.store.renewLease(row.id, owner);
  }
  pipeline_.store.releaseClaim(row.id, owner);
}

void Workers::fail(const store::FileRow& row, const Failure& failure) {
  pipeline_.metrics.error(failure.code);
  pipeline_.log.error("file #" + std::to_string(row.id) + " (" + row.name +
                      "): " + failure.message);
}

bool Workers::step(const store::FileRow& row, const std::string& owner) {
  auto& store = pipeline_.store;
  const auto& work = pipeline_.intake.workArea();
  const auto checker = pipeline_.judge.checker();
  switch (row.state) {
    case store::FileState::received: {
      // An intake interrupted by a crash (or by a daemon that died): finish it.
      if (auto failure = pipeline_.intake.complete(row, owner)) {
        fail(row, *failure);
        return false;
      }
      return true;
    }
    case store::FileState::taken: {
      auto reading = [&] {
        LeaseKeeper keeper(store, row.id, owner, pipeline_.settings.store.leaseSeconds);
        return pipeline_.reader.read(work.incoming(row), row.inboxPath);
      }();
      Result<bool> marked = reading ? store.markRead(row.id, owner, reading->documentsXml,
                                                     reading->letters, reading->pages)
                                    : store.markUnreadable(row.id, owner, reading.failure());
      if (reading) {
        pipeline_.metrics.fileRead(reading->pageSeconds);
      } else {
        pipeline_.metrics.error(reading.failure().code);
        pipeline_.log.warning("file #" + std::to_string(row.id) + " (" + row.name +
                              ") unreadable: " + reading.failure().message);
      }
      if (!marked) fail(row, marked.failure());
      return marked.ok() && *marked;
    }
    case store::FileState::read: {
      if (!row.reasonCode.empty()) {
        const std::string to = work.quarantined(row);
        if (auto failure = inbox::moveDurably(work.incoming(row), to)) {
          fail(row, *failure);
          return false;
        }
        if (auto failure = inbox::writeDurably(
                to + ".reason.txt", inbox::quarantineNote(row, {row.reasonCode, row.reason}))) {
          fail(row, *failure);
          return false;
        }
        auto done = store.finishFile(row.id, owner, store::FileState::quarantined, checker);
        if (!done) fail(row, done.failure());
        return done.ok() && *done;
      }
      auto caseId = store.groupFile(row.id, owner, groupingKeysOf(row.documents),
                                    pipeline_.settings.joinWindowSeconds,
                                    [](const std::string& a, const std::string& b) {
                                      return rules::namesSimilar(a, b, kSameNameSimilarity);
                                    });
      if (!caseId) fail(row, caseId.failure());
      return caseId.ok() && *caseId != 0;
    }
    case store::FileState::grouped: {
      if (auto failure = inbox::moveDurably(work.incoming(row), work.inCase(row, row.caseId))) {
        fail(row, *failure);
        return false;
      }
      auto done = store.finishFile(row.id, owner, store::FileState::filed, checker);
      if (!done) {
        fail(row, done.failure());
        return false;
      }
      // Copies dropped before this file had a case now learn which case they duplicate.
      if (auto copies = store.duplicatesOf(row.id); copies)
        for (const auto& copy : *copies)
          inbox::writeDurably(work.duplicate(copy) + ".note.txt", inbox::duplicateNote(copy, row));
      return *done;
    }
    default:
      return false;
  }
}

InboxLoop::InboxLoop(Pipeline& pipeline, Workers& workers)
    : pipeline_(pipeline),
      workers_(workers),
      scanner_(pipeline.settings.inbox),
      watcher_(pipeline.settings.inbox.inboxPath),
      thread_(&InboxLoop::loop, this) {}

InboxLoop::~InboxLoop() {
  stop();
}

void InboxLoop::stop() {
  stopping_ = true;
  watcher_.wake();
  if (thread_.joinable()) thread_.join();
}

void InboxLoop::loop() {
  const auto& settings = pipeline_.settings;
  using std::chrono::milliseconds;
  // While something settles, look again often enough to notice it became quiet.
  const auto settlingPoll = std::clamp(milliseconds(settings.inbox.stableFor.count() / 4),
                                       milliseconds(100), milliseconds(1000));
  const auto idlePoll = milliseconds(static_cast<long long>(
      1000 * (settings.pollSeconds > 0 ? settings.pollSeconds : settings.rescanSeconds)));
  while (!stopping_) {
    bool busy = false;
    try {
      auto pending = pipeline_.store.pendingInboxPaths();
      if (!pending) throw Poco::IOException(pending.failure().message);
      const auto ready = scanner_.scan(std::set<std::string>(pending->begin(), pending->end()));
      auto taken = pipeline_.intake.take(ready, scanner_, settings.queueCapacity);
      if (!taken) throw Poco::IOException(taken.failure().message);
      for (int i = 0; i < *taken; ++i) pipeline_.metrics.fileReceived();
      if (*taken > 0) {
        workers_.notify();
        pipeline_.log.information("took " + std::to_string(*taken) + " file(s) from the inbox");
      }
      const size_t found = ready.loose.size() + ready.folders.size();
      busy = ready.settling || (found > 0 && static_cast<size_t>(*taken) < found);
      pipeline_.store.queueOverdueCases(store::nowSeconds());
    } catch (const Poco::Exception& e) {
      pipeline_.metrics.error("inbox");
      pipeline_.log.error("inbox: " + e.displayText());
      busy = true;
    }
    started_ = true;
    // Waiting cases are promoted on time even when the inbox is silent.
    const auto wait = busy ? settlingPoll : std::min(idlePoll, milliseconds(60000));
    watcher_.wait(wait);
  }
}

}  // namespace cabut::app
