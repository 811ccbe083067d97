// The daemon's counters for GET /metrics (Prometheus text format 0.0.4). Counters are
// process-local; cases by state and queue depth are read from the store at each scrape, so
// every daemon sharing a PostgreSQL queue reports the same shared figures.
#pragma once

#include <array>
#include <atomic>
#include <map>
#include <mutex>
#include <string>
#include <vector>

#include "store/store.h"

namespace cabut::app {

class Metrics {
 public:
  void fileReceived() { ++filesReceived_; }
  void fileRead(const std::vector<double>& pageSeconds);
  void error(const std::string& kind);

  // The whole exposition, with the store's figures (an unreachable store is itself reported
  // as an error kind and leaves those series out).
  std::string render(store::Store& store);

 private:
  static constexpr std::array<double, 9> kBuckets = {0.25, 0.5, 1, 2, 4, 8, 16, 32, 120};
  std::atomic<long long> filesReceived_{0}, filesRead_{0}, pagesRead_{0};
  std::mutex mutex_;
  std::array<long long, kBuckets.size()> bucketCounts_{};
  long long ocrCount_ = 0;
  double ocrSum_ = 0;
  std::map<std::string, long long> errors_;
};

}  // namespace cabut::app
