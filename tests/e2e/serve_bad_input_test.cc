// Bad input in the inbox: the generator's bad files (the extraction issue's list), a file
// that vanishes mid-copy, one without read permission, a 2 GB sparse file, names with
// spaces, Unicode and shell metacharacters, a symlink to /etc/shadow, a FIFO, and a
// 10,000-file burst. Each ends where it should with a reason; the daemon stays up.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <thread>

#include "daemon_support.h"

namespace cabut::e2e {
namespace {

namespace fs = std::filesystem;

// name -> "error" | "ok" | "either", from the generator's own description of the bad set.
std::map<std::string, std::string> badSetExpectations() {
  std::map<std::string, std::string> expected;
  const std::string command = "/usr/bin/python3 " + std::string(CABUT_SOURCE_DIR) +
                              "/samples/generator/generate.py --describe bad";
  std::string output;
  if (std::FILE* pipe = ::popen(command.c_str(), "r")) {
    char buffer[4096];
    while (std::size_t got = std::fread(buffer, 1, sizeof buffer, pipe)) output.append(buffer, got);
    ::pclose(pipe);
  }
  std::istringstream lines(output);
  for (std::string line; std::getline(lines, line);) {
    const auto tab = line.find('\t'), tab2 = line.find('\t', tab + 1);
    if (tab != std::string::npos)
      expected[line.substr(0, tab)] = line.substr(tab + 1, tab2 - tab - 1);
  }
  return expected;
}

std::string readText(const std::string& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

TEST(BadInputTest, EveryBadFileEndsWhereItShouldAndTheDaemonStaysUp) {
  Folders folders;
  const std::string bad = generatedSet("bad");
  const auto expectations = badSetExpectations();
  ASSERT_GE(expectations.size(), 15u);
  const int port = freePort();
  Daemon daemon(folders, baseDefines(folders, port));
  ASSERT_TRUE(daemon.waitHealthy(std::chrono::seconds(60))) << daemon.log();
  const pid_t pid = daemon.pid();
  const bool root = ::geteuid() == 0;

  std::multiset<std::string> dropped;
  for (const auto& [name, expected] : expectations) {
    copyFile(bad + "/" + name, folders.inbox + "/" + name);
    dropped.insert(sha256(bad + "/" + name));
  }
  // 2 GB, sparse: refused by size, never read.
  { std::ofstream(folders.inbox + "/besar.pdf"); }
  fs::resize_file(folders.inbox + "/besar.pdf", 2LL << 30);
  // No read permission (root reads it anyway: then it is judged by its content).
  { std::ofstream(folders.inbox + "/tanpa-izin.pdf") << "bukan surat\n"; }
  ::chmod((folders.inbox + "/tanpa-izin.pdf").c_str(), 0);
  if (root) dropped.insert(sha256(folders.inbox + "/tanpa-izin.pdf"));
  // Names a shell would trip over; one is a real letter.
  const std::string hostileName = "surat $(touch HACKED) ; `id` 'x' \"y\" & ünïcødé 文書.pdf";
  const std::string clean = generatedSet("clean", 6);
  for (const auto& item : fs::directory_iterator(clean + "/case05")) {
    copyFile(item.path(), folders.inbox + "/" + hostileName);
    dropped.insert(sha256(item.path()));
  }
  { std::ofstream(folders.inbox + "/-rf --help *.pdf") << "bukan surat juga\n"; }
  dropped.insert(sha256(folders.inbox + "/-rf --help *.pdf"));
  // A symlink to a secret and a FIFO.
  const std::string shadowBefore = sha256("/etc/shadow");
  fs::create_symlink("/etc/shadow", folders.inbox + "/shadow");
  ASSERT_EQ(::mkfifo((folders.inbox + "/antrian").c_str(), 0600), 0);
  // A file that is deleted while it is still being written.
  std::thread vanishing([&] {
    const std::string path = folders.inbox + "/hilang.pdf";
    {
      std::ofstream out(path, std::ios::binary);
      for (int i = 0; i < 30; ++i) {
        out << std::string(100, 'x') << std::flush;
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
      }
    }
    fs::remove(path);
  });
  vanishing.join();

  auto store = openSqliteStore(folders);
  ASSERT_TRUE(waitFor([&] { return settled(*store, folders); }, std::chrono::seconds(300)))
      << daemon.log();
  auto rows = rowsByPath(*store);

  for (const auto& [name, expected] : expectations) {
    ASSERT_TRUE(rows.count(name)) << name;
    const auto& row = rows[name];
    if (expected == "error") {
      EXPECT_EQ(row.state, store::FileState::quarantined) << name;
    } else if (expected == "ok") {
      EXPECT_EQ(row.state, store::FileState::filed) << name << " " << row.reason;
    } else {
      EXPECT_TRUE(row.state == store::FileState::filed ||
                  row.state == store::FileState::quarantined)
          << name;
    }
  }
  EXPECT_EQ(rows["besar.pdf"].state, store::FileState::quarantined);
  EXPECT_EQ(rows["besar.pdf"].reasonCode, "file-too-large");
  EXPECT_TRUE(rows["besar.pdf"].sha256.empty()) << "a refused file is never read";
  EXPECT_EQ(rows["tanpa-izin.pdf"].state, store::FileState::quarantined);
  EXPECT_EQ(rows["tanpa-izin.pdf"].reasonCode, root ? "unsupported-type" : "unreadable");
  EXPECT_EQ(rows[hostileName].state, store::FileState::filed);
  EXPECT_EQ(rows["-rf --help *.pdf"].state, store::FileState::quarantined);
  EXPECT_FALSE(fs::exists(folders.root + "/HACKED") || fs::exists("HACKED"));
  EXPECT_EQ(rows["shadow"].reasonCode, "symlink");
  EXPECT_TRUE(fs::is_symlink(folders.work + "/quarantine/" + rows["shadow"].diskName))
      << "the link itself is moved, never what it points to";
  EXPECT_EQ(sha256("/etc/shadow"), shadowBefore);
  EXPECT_EQ(rows["antrian"].reasonCode, "not-a-regular-file");
  EXPECT_TRUE(!rows.count("hilang.pdf") || rows["hilang.pdf"].state == store::FileState::vanished);

  for (const auto& [path, row] : rows) {
    if (row.state != store::FileState::quarantined) continue;
    const std::string note = readText(folders.work + "/quarantine/" + row.diskName + ".reason.txt");
    EXPECT_NE(note.find("Berkas dikarantina"), std::string::npos) << path;
    EXPECT_NE(note.find("File quarantined"), std::string::npos) << path;
    EXPECT_NE(note.find(row.reasonCode), std::string::npos) << path;
  }

  EXPECT_EQ(daemon.pid(), pid);
  EXPECT_EQ(httpGet(port, "/healthz"), 200) << "the daemon stays up";
  EXPECT_EQ(daemon.terminate(), 0);
  // hilang.pdf left no trace and is not counted; besar.pdf, the link and the FIFO have no
  // SHA-256 (never read).
  if (rows.count("hilang.pdf")) rows.erase("hilang.pdf");
  EXPECT_EQ(expectStoreAgreesWithFolders(*store, folders, dropped), 0);
}

// Peak resident memory of a process, from /proc (kB).
long peakRssKb(pid_t pid) {
  std::ifstream status("/proc/" + std::to_string(pid) + "/status");
  for (std::string line; std::getline(status, line);)
    if (line.starts_with("VmHWM:")) return std::stol(line.substr(6));
  return -1;
}

TEST(BadInputTest, TenThousandFilesAtOnce) {
  Folders folders;
  const int port = freePort();
  auto defines = baseDefines(folders, port);
  Daemon daemon(folders, defines);
  ASSERT_TRUE(daemon.waitHealthy(std::chrono::seconds(60))) << daemon.log();
  // Written beside the inbox, then renamed in as fast as the file system allows.
  const std::string staging = folders.root + "/staging";
  fs::create_directories(staging);
  std::multiset<std::string> dropped;
  constexpr int kFiles = 10000;
  for (int i = 0; i < kFiles; ++i) {
    const std::string name = "catatan-" + std::to_string(i) + ".txt";
    std::ofstream(staging + "/" + name) << "bukan surat nomor " << i << "\n";
  }
  for (const auto& item : fs::directory_iterator(staging)) {
    dropped.insert(sha256(item.path()));
    fs::rename(item.path(), folders.inbox + "/" + item.path().filename().string());
  }
  auto store = openSqliteStore(folders);
  long peak = 0;
  EXPECT_TRUE(waitFor(
      [&] {
        peak = std::max(peak, peakRssKb(daemon.pid()));
        return settled(*store, folders);
      },
      std::chrono::seconds(600)))
      << daemon.log();
  EXPECT_LT(peak, 500 * 1024) << "peak RSS " << peak << " kB";
  EXPECT_EQ(httpGet(port, "/healthz"), 200);
  EXPECT_EQ(store->looseFiles("quarantined")->size(), static_cast<std::size_t>(kFiles));
  EXPECT_EQ(daemon.terminate(), 0);
  EXPECT_EQ(expectStoreAgreesWithFolders(*store, folders, dropped), 0);
}

}  // namespace
}  // namespace cabut::e2e
