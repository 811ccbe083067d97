// The daemon's moving parts: the inbox loop (scan, wait for quiet files, take them in) and
// the worker pool (claim a file from the store, carry it one state further until it rests
// in a case, duplicates/ or quarantine/). All state lives in the store; a worker that dies
// mid-way leaves its file at the last state reached, and whoever claims it next resumes.
#pragma once

#include <Poco/Logger.h>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "app/serve_case_check.h"
#include "app/serve_metrics.h"
#include "app/serve_reader.h"
#include "app/serve_settings.h"
#include "inbox/inbox.h"
#include "store/store.h"

namespace cabut::app {

// What the workers and the inbox loop share; everything outlives both.
struct Pipeline {
  const ServeSettings& settings;
  store::Store& store;
  inbox::Intake& intake;
  FileReader& reader;
  const CaseJudge& judge;
  Metrics& metrics;
  Poco::Logger& log;
  std::string ownerPrefix;  // host:pid, unique per daemon run
};

class Workers {
 public:
  Workers(Pipeline& pipeline, int count);
  ~Workers();  // stops and joins
  void notify();
  // Asks the workers to stop after the step they are in; joins them.
  void stop();

 private:
  void loop(const std::string& owner);
  void process(store::FileRow row, const std::string& owner);
  // One step of `row` from its state; false when the file cannot move on now.
  bool step(const store::FileRow& row, const std::string& owner);
  void fail(const store::FileRow& row, const Failure& failure);

  Pipeline& pipeline_;
  std::atomic<bool> stopping_{false};
  std::mutex mutex_;
  std::condition_variable wake_;
  std::vector<std::thread> threads_;
};

class InboxLoop {
 public:
  InboxLoop(Pipeline& pipeline, Workers& workers);
  ~InboxLoop();  // stops and joins
  void stop();
  // True once the first full scan of the inbox was taken in.
  bool started() const { return started_; }

 private:
  void loop();

  Pipeline& pipeline_;
  Workers& workers_;
  inbox::Scanner scanner_;
  inbox::Watcher watcher_;
  std::atomic<bool> stopping_{false}, started_{false};
  std::thread thread_;
};

}  // namespace cabut::app
