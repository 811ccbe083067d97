// `cabut serve`'s configuration: every key with its default (config/cabut.xml documents the
// same keys). Read once at start-up from the layered configuration (-D > --config > defaults).
#pragma once

#include <Poco/Util/AbstractConfiguration.h>

#include <string>

#include "inbox/inbox.h"
#include "store/store.h"

namespace cabut::app {

struct ServeSettings {
  inbox::Settings inbox;            // inbox.path, work.path, inbox.stableSeconds, ...
  std::string archivePath;          // archive.path (sealed cases, a later issue)
  store::Settings store;            // store.connector, store.connection, store.leaseSeconds
  std::string httpAddress;          // http.address
  int httpPort = 8470;              // http.port (0: any free port)
  int workers = 2;                  // workers (default: number of cores)
  double rescanSeconds = 300;       // inbox.rescanSeconds: full rescan without events
  double pollSeconds = 0;           // inbox.pollSeconds: >0 for network shares (no inotify)
  long long queueCapacity = 32;     // queue.capacity: files in the work queue before
                                    // the inbox is left alone (back-pressure)
  long long joinWindowSeconds = 0;  // grouping.windowSeconds: a loose letter joins a case
                                    // of its holder created within this window
  long long letterWaitSeconds = 0;  // grouping.waitSeconds: an incomplete case waits this
                                    // long for its missing letter before it is queued
  std::string logFile;              // logging.file (default WORK/cabut.log)
  std::string logLevel;             // logging.level
};

// Throws Poco::Exception (a usage error) on a malformed value.
ServeSettings readServeSettings(const Poco::Util::AbstractConfiguration& config);

}  // namespace cabut::app
