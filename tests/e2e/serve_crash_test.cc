// Crash safety: 50 files dropped at once, the daemon killed with SIGKILL at random moments
// ten times and restarted; at the end every file is in exactly one case, duplicates/ or
// quarantine/, no case is doubled, and the store agrees with the folders. The same on
// PostgreSQL, and with two daemons sharing one PostgreSQL queue and one inbox.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <thread>

#include "daemon_support.h"

namespace cabut::e2e {
namespace {

namespace fs = std::filesystem;

// A copy of a text-layer PDF made distinct by a comment after %%EOF (readers ignore it).
void writeVariant(const std::string& from, const std::string& to, int variant) {
  fs::create_directories(fs::path(to).parent_path());
  std::ifstream in(from, std::ios::binary);
  std::ofstream out(to, std::ios::binary);
  out << in.rdbuf() << "\n%cabut-test-variant " << variant << "\n";
}

std::string onlyPdfIn(const std::string& folder) {
  for (const auto& item : fs::directory_iterator(folder))
    if (item.path().extension() == ".pdf") return item.path().string();
  throw std::runtime_error("no PDF in " + folder);
}

// The 50 files: text-layer letters (fast to read) as loose files, in case folders, exact
// copies (duplicates) and junk (quarantine). Returns the SHA-256 of each file dropped.
std::multiset<std::string> dropFifty(const Folders& folders) {
  const std::string clean = generatedSet("clean", 6);
  const std::string request = onlyPdfIn(clean + "/case05");  // one office request
  const std::string bundle = onlyPdfIn(clean + "/case06");   // request + recommendation
  // Written outside, then renamed in: the whole batch appears at once.
  const std::string staging = folders.root + "/staging";
  int variant = 0;
  for (int i = 0; i < 15; ++i)
    writeVariant(request, staging + "/permohonan-" + std::to_string(i) + ".pdf", ++variant);
  for (int i = 0; i < 15; ++i)
    writeVariant(bundle, staging + "/berkas-" + std::to_string(i) + ".pdf", ++variant);
  for (int k = 0; k < 5; ++k) {
    const std::string folder = staging + "/kasus " + std::to_string(k);
    writeVariant(request, folder + "/1-permohonan.pdf", ++variant);
    writeVariant(bundle, folder + "/2-berkas.pdf", ++variant);
  }
  for (int k = 0; k < 5; ++k)
    copyFile(staging + "/permohonan-" + std::to_string(k) + ".pdf",
             staging + "/salinan-" + std::to_string(k) + ".pdf");
  std::mt19937 random(42);
  for (int k = 0; k < 5; ++k) {
    std::ofstream junk(staging + "/rusak-" + std::to_string(k) + ".pdf", std::ios::binary);
    for (int b = 0; b < 4096; ++b) junk.put(static_cast<char>(random()));
  }
  std::multiset<std::string> shas;
  for (const auto& file : filesBelow(staging)) shas.insert(sha256(staging + "/" + file));
  EXPECT_EQ(shas.size(), 50u);
  for (const auto& item : fs::directory_iterator(staging))
    fs::rename(item.path(), folders.inbox + "/" + item.path().filename().string());
  return shas;
}

bool allDone(store::Store& store, const Folders& folders, std::size_t expected) {
  if (!filesBelow(folders.inbox).empty()) return false;
  auto depth = store.queueDepth();
  auto counts = store.fileCounts();
  if (!depth || *depth != 0 || !counts) return false;
  long long total = 0;
  for (const auto& count : *counts) total += count.count;
  auto pending = store.cases("received", false);
  return total >= static_cast<long long>(expected) && pending && pending->empty();
}

class CrashTest : public PerDatabaseTest {
 protected:
  std::vector<std::string> defines(int port, const std::string& name = "a") {
    auto d = baseDefines(folders_, port);
    d.push_back("inbox.stableSeconds=0.3");
    d.push_back("logging.file=" + folders_.root + "/" + name + ".log");
    for (const auto& define : storeDefines()) d.push_back(define);
    d.push_back("store.leaseSeconds=2");  // a killed daemon's claims come back quickly
    return d;
  }
};

TEST_P(CrashTest, KilledTenTimesLosesAndDoublesNothing) {
  const auto dropped = dropFifty(folders_);
  std::mt19937 random(7);
  std::uniform_int_distribution<int> moment(200, 2500);
  const int port = freePort();
  for (int round = 0; round < 10; ++round) {
    Daemon daemon(folders_, defines(port));
    std::this_thread::sleep_for(std::chrono::milliseconds(moment(random)));
    ASSERT_TRUE(daemon.running()) << daemon.log();
    daemon.kill9();
  }
  Daemon daemon(folders_, defines(port));
  ASSERT_TRUE(daemon.waitHealthy(std::chrono::seconds(60))) << daemon.log();
  auto store = openStore();
  EXPECT_TRUE(
      waitFor([&] { return allDone(*store, folders_, dropped.size()); }, std::chrono::seconds(240)))
      << daemon.log();
  EXPECT_EQ(daemon.terminate(), 0);
  EXPECT_EQ(expectStoreAgreesWithFolders(*store, folders_, dropped), 0);
  // The five folders are five cases; the 15 two-letter files each a case of their own.
  auto cases = *store->cases("", false);
  int folderCases = 0, bundleCases = 0;
  for (const auto& c : cases) {
    folderCases += c.origin.starts_with("folder:");
    bundleCases += c.origin == "bundle";
  }
  EXPECT_EQ(folderCases, 5);
  EXPECT_EQ(bundleCases, 15);
  EXPECT_EQ(store->looseFiles("duplicate")->size(), 5u);
  EXPECT_EQ(store->looseFiles("quarantined")->size(), 5u);
}

TEST_P(CrashTest, TwoDaemonsShareOneQueueWhileOneKeepsDying) {
  if (GetParam() != "postgresql") GTEST_SKIP() << "SQLite is one daemon's queue";
  std::multiset<std::string> dropped;
  const int portA = freePort(), portB = freePort();
  Daemon steady(folders_, defines(portB, "b"), "b");
  ASSERT_TRUE(steady.waitHealthy(std::chrono::seconds(60))) << steady.log();
  std::mt19937 random(11);
  std::uniform_int_distribution<int> moment(300, 2000);
  for (int round = 0; round < 5; ++round) {
    Daemon dying(folders_, defines(portA, "a"), "a");
    // Dropped once both are up, so both race for the same files from the start.
    if (round == 0 && dying.waitHealthy(std::chrono::seconds(60))) dropped = dropFifty(folders_);
    std::this_thread::sleep_for(std::chrono::milliseconds(moment(random)));
    dying.kill9();
  }
  ASSERT_EQ(dropped.size(), 50u);
  Daemon other(folders_, defines(portA, "a"), "a");
  ASSERT_TRUE(other.waitHealthy(std::chrono::seconds(60))) << other.log();
  auto store = openStore();
  EXPECT_TRUE(
      waitFor([&] { return allDone(*store, folders_, dropped.size()); }, std::chrono::seconds(240)))
      << steady.log();
  EXPECT_EQ(other.terminate(), 0);
  EXPECT_EQ(steady.terminate(), 0);
  EXPECT_EQ(expectStoreAgreesWithFolders(*store, folders_, dropped), 0);
}

CABUT_FOR_EACH_DATABASE(CrashTest);

}  // namespace
}  // namespace cabut::e2e
