#include "app/serve_settings.h"

#include <Poco/Environment.h>
#include <Poco/Exception.h>

#include <cmath>

namespace cabut::app {

ServeSettings readServeSettings(const Poco::Util::AbstractConfiguration& config) {
  ServeSettings s;
  s.inbox.inboxPath = config.getString("inbox.path", "/var/lib/cabut/inbox");
  s.inbox.workPath = config.getString("work.path", "/var/lib/cabut/work");
  s.archivePath = config.getString("archive.path", "/var/lib/cabut/archive");
  const double stable = config.getDouble("inbox.stableSeconds", 5);
  if (stable < 0 || !std::isfinite(stable))
    throw Poco::InvalidArgumentException("inbox.stableSeconds must be >= 0");
  s.inbox.stableFor = std::chrono::milliseconds(static_cast<long long>(stable * 1000));
  if (config.has("inbox.ignore"))
    s.inbox.ignorePatterns = inbox::parsePatterns(config.getString("inbox.ignore"));
  s.inbox.maxFileBytes = static_cast<long long>(config.getDouble("inbox.maxFileBytes", 512 << 20));
  s.rescanSeconds = config.getDouble("inbox.rescanSeconds", 300);
  s.pollSeconds = config.getDouble("inbox.pollSeconds", 0);

  s.store.connector = config.getString("store.connector", "sqlite");
  s.store.connection = config.getString("store.connection", "");
  if (s.store.connection.empty() && s.store.connector == "sqlite")
    s.store.connection = s.inbox.workPath + "/cabut.db";
  s.store.leaseSeconds = config.getInt("store.leaseSeconds", 300);
  s.workers = config.getInt("workers", static_cast<int>(Poco::Environment::processorCount()));
  if (s.workers < 1) throw Poco::InvalidArgumentException("workers must be >= 1");
  s.store.poolSize = s.workers + 4;
  s.queueCapacity = config.getInt64("queue.capacity", 4LL * s.workers + 8);
  s.httpAddress = config.getString("http.address", "127.0.0.1");
  s.httpPort = config.getInt("http.port", 8470);
  s.joinWindowSeconds = config.getInt64("grouping.windowSeconds", 7LL * 24 * 3600);
  s.letterWaitSeconds = config.getInt64("grouping.waitSeconds", 24LL * 3600);
  s.logFile = config.getString("logging.file", s.inbox.workPath + "/cabut.log");
  s.logLevel = config.getString("logging.level", "information");
  return s;
}

}  // namespace cabut::app
