// What the end-to-end tests share: a real `cabut serve` process (CABUT_BINARY) on temporary
// folders, sample scans from the project's generator, HTTP probes, and the census that checks
// the store agrees with the folders.
#pragma once

#include <gtest/gtest.h>
#include <sys/types.h>

#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "store/store.h"

namespace cabut::e2e {

// A temp folder with inbox/ and work/, removed at the end unless CABUT_KEEP_TEST_DIRS is set.
struct Folders {
  Folders();
  ~Folders();
  std::string root, inbox, work;
};

// Folders of generated samples, made once per test binary under CABUT_TEST_DATA:
// set "clean" (with --count) or "cases".
std::string generatedSet(const std::string& set, int count = 0);

// A running `cabut serve`. Killed (SIGKILL) when destroyed if still running.
class Daemon {
 public:
  Daemon(const Folders& folders, std::vector<std::string> defines, const std::string& name = "a");
  ~Daemon();
  bool waitHealthy(std::chrono::seconds timeout);
  // SIGTERM and wait; the exit status (or -signal).
  int terminate();
  void kill9();
  bool running();
  int port() const { return port_; }
  pid_t pid() const { return pid_; }
  std::string log() const;

 private:
  pid_t pid_ = -1;
  int port_ = 0;
  std::string logPath_;
};

// The -D options every test daemon gets: folders, quick stability, a free port, pinned date.
std::vector<std::string> baseDefines(const Folders& folders, int port);
int freePort();
// GET http://127.0.0.1:port/path; status 0 when nothing answers.
int httpGet(int port, const std::string& path, std::string* body = nullptr);

// Polls `done` every 200 ms until true or timeout; returns its last value.
bool waitFor(const std::function<bool()>& done, std::chrono::seconds timeout);

std::string sha256(const std::string& path);
void copyFile(const std::string& from, const std::string& to);
// Copies `from` to `to` in `chunk`-byte writes spread over `over`, like a slow network copy.
void copySlowly(const std::string& from, const std::string& to, std::size_t chunk,
                std::chrono::milliseconds over);
// The regular files below `folder` (relative paths), recursively.
std::vector<std::string> filesBelow(const std::string& folder);

// The SQLite store a daemon on `folders` uses (work/cabut.db).
std::unique_ptr<store::Store> openSqliteStore(const Folders& folders);

// Everything dropped (sha256 multiset) is in exactly one place, and the store says so:
// each row terminal, each filed/duplicate/quarantined file where its row says (with its
// note), nothing else in the work area, nothing left in the inbox, no folder case doubled.
// Adds gtest failures; returns the number of problems.
int expectStoreAgreesWithFolders(store::Store& store, const Folders& folders,
                                 const std::multiset<std::string>& droppedShas);

// True when the inbox is empty, no file is in the work queue and no case waits for its files.
bool settled(store::Store& store, const Folders& folders);

// Every file row by its inbox path (cases' files and loose ones).
std::map<std::string, store::FileRow> rowsByPath(store::Store& store);

// A test run once per store: "sqlite", and "postgresql" when CABUT_TEST_POSTGRES names a
// server (skipped otherwise), on a database of its own.
class PerDatabaseTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override;
  // The -D options that point a daemon at this test's store (none for SQLite).
  std::vector<std::string> storeDefines() const;
  // This test's store, as the daemons see it.
  std::unique_ptr<store::Store> openStore() const;
  Folders folders_;
  std::string postgres_;  // connection string of this test's PostgreSQL database
};

#define CABUT_FOR_EACH_DATABASE(Suite)                                                  \
  INSTANTIATE_TEST_SUITE_P(Databases, Suite, ::testing::Values("sqlite", "postgresql"), \
                           [](const ::testing::TestParamInfo<std::string>& p) { return p.param; })

}  // namespace cabut::e2e
