// The inbox's parts on real files: stability, ignore patterns, refusals without following
// links, SHA-256, durable idempotent moves, notes, inotify wake-ups.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <thread>

#include "inbox/inbox.h"

namespace cabut::inbox {
namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;

class InboxTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string pattern = (fs::temp_directory_path() / "cabut-inbox-XXXXXX").string();
    ASSERT_TRUE(mkdtemp(pattern.data()));
    root_ = pattern;
    settings_.inboxPath = root_ + "/inbox";
    settings_.workPath = root_ + "/work";
    settings_.stableFor = 300ms;
    fs::create_directories(settings_.inboxPath);
  }
  void TearDown() override { fs::remove_all(root_); }

  void write(const std::string& rel, const std::string& text) {
    fs::create_directories(fs::path(settings_.inboxPath + "/" + rel).parent_path());
    std::ofstream(settings_.inboxPath + "/" + rel, std::ios::app) << text;
  }

  static std::vector<std::string> names(const std::vector<Entry>& entries) {
    std::vector<std::string> out;
    for (const auto& e : entries) out.push_back(e.relPath);
    std::sort(out.begin(), out.end());
    return out;
  }

  std::string root_;
  Settings settings_;
};

TEST_F(InboxTest, AFileIsTakenOnlyOnceItStopsChanging) {
  settings_.stableFor = 1500ms;  // wide, so a slow machine cannot make it look stable
  Scanner scanner(settings_);
  write("a.pdf", "part one");
  auto first = scanner.scan({});
  EXPECT_TRUE(first.loose.empty());
  EXPECT_TRUE(first.settling);
  std::this_thread::sleep_for(1000ms);
  write("a.pdf", " part two");  // still arriving: the clock starts again
  EXPECT_TRUE(scanner.scan({}).loose.empty());
  std::this_thread::sleep_for(1600ms);
  auto ready = scanner.scan({});
  ASSERT_EQ(ready.loose.size(), 1u);
  EXPECT_EQ(ready.loose[0].size, 17);
  EXPECT_TRUE(ready.loose[0].refusal.empty());
  EXPECT_TRUE(scanner.scan({"a.pdf"}).loose.empty()) << "paths being taken are skipped";
}

TEST_F(InboxTest, TemporaryHiddenAndSystemFilesAreNeverTaken) {
  Scanner scanner(settings_);
  for (const char* name :
       {".hidden.pdf", "~$surat.docx", "x.tmp", "y.part", "Thumbs.db", "@eaDir/a.pdf", "surat.pdf"})
    write(name, "x");
  scanner.scan({});
  std::this_thread::sleep_for(350ms);
  EXPECT_EQ(names(scanner.scan({}).loose), std::vector<std::string>{"surat.pdf"});
  EXPECT_EQ(parsePatterns("*.tmp, .*  ~$*"), (std::vector<std::string>{"*.tmp", ".*", "~$*"}));
}

TEST_F(InboxTest, AFolderIsTakenWholeOnceAllOfItIsQuiet) {
  Scanner scanner(settings_);
  write("kasus 1/b.png", "b");
  write("kasus 1/sub/a.pdf", "a");
  scanner.scan({});
  std::this_thread::sleep_for(350ms);
  write("kasus 1/c.png", "c");  // a late file keeps the whole folder waiting
  auto waiting = scanner.scan({});
  EXPECT_TRUE(waiting.folders.empty());
  std::this_thread::sleep_for(350ms);
  auto ready = scanner.scan({});
  ASSERT_EQ(ready.folders.size(), 1u);
  EXPECT_EQ(names(ready.folders["kasus 1"]),
            (std::vector<std::string>{"kasus 1/b.png", "kasus 1/c.png", "kasus 1/sub/a.pdf"}));
  EXPECT_TRUE(ready.loose.empty());
}

TEST_F(InboxTest, LinksFifosAndHugeFilesAreRefusedWithoutBeingOpened) {
  settings_.maxFileBytes = 1000;
  Scanner scanner(settings_);
  fs::create_symlink("/etc/shadow", settings_.inboxPath + "/shadow");
  fs::create_directory_symlink("/etc", settings_.inboxPath + "/etc-link");
  ASSERT_EQ(::mkfifo((settings_.inboxPath + "/fifo").c_str(), 0600), 0);
  write("big.pdf", std::string(2000, 'x'));
  scanner.scan({});
  std::this_thread::sleep_for(350ms);
  std::map<std::string, std::string> refusals;
  for (const auto& entry : scanner.scan({}).loose) refusals[entry.relPath] = entry.refusal;
  EXPECT_EQ(refusals["shadow"], "symlink");
  EXPECT_EQ(refusals["etc-link"], "symlink") << "a linked folder is not walked";
  EXPECT_EQ(refusals["fifo"], "not-a-regular-file");
  EXPECT_EQ(refusals["big.pdf"], "file-too-large");
}

TEST_F(InboxTest, Sha256ReadsOnlyTheInodeTheWalkSaw) {
  write("abc", "abc");
  struct stat info {};
  ASSERT_EQ(::stat((settings_.inboxPath + "/abc").c_str(), &info), 0);
  auto hash = sha256OfFile(settings_.inboxPath + "/abc", info.st_ino);
  ASSERT_TRUE(hash.ok());
  EXPECT_EQ(*hash, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(sha256OfFile(settings_.inboxPath + "/abc", info.st_ino + 1).failure().code, "changed");
  fs::create_symlink(settings_.inboxPath + "/abc", settings_.inboxPath + "/link");
  EXPECT_EQ(sha256OfFile(settings_.inboxPath + "/link", info.st_ino).failure().code, "symlink");
  EXPECT_EQ(sha256OfFile(settings_.inboxPath + "/gone", 1).failure().code, "vanished");
}

TEST_F(InboxTest, MovesAreIdempotentAndNeverOverwrite) {
  write("a.pdf", "a");
  const std::string from = settings_.inboxPath + "/a.pdf", to = root_ + "/work/incoming/1-a.pdf";
  EXPECT_FALSE(moveDurably(from, to).has_value());
  EXPECT_TRUE(fs::exists(to));
  EXPECT_FALSE(moveDurably(from, to).has_value()) << "already moved (a restart) is fine";
  EXPECT_EQ(moveDurably(from + "x", to + "x")->code, "vanished");
  write("b.pdf", "b");
  EXPECT_EQ(moveDurably(settings_.inboxPath + "/b.pdf", to)->code, "move");
  EXPECT_TRUE(fs::exists(settings_.inboxPath + "/b.pdf")) << "nothing is lost on refusal";
}

TEST_F(InboxTest, NotesSpeakIndonesianAndEnglish) {
  store::FileRow row;
  row.id = 7;
  row.name = "surat.pdf";
  row.inboxPath = "surat.pdf";
  const auto note = quarantineNote(row, {"encrypted-pdf", "password"});
  EXPECT_NE(note.find("PDF terkunci"), std::string::npos);
  EXPECT_NE(note.find("password-protected"), std::string::npos);
  store::FileRow original = row;
  original.caseId = 3;
  EXPECT_NE(duplicateNote(row, original).find("kasus #3"), std::string::npos);
  EXPECT_NE(duplicateNote(row, original).find("case #3"), std::string::npos);
}

TEST_F(InboxTest, WatcherWakesOnNewFilesAndOnRequest) {
  Watcher watcher(settings_.inboxPath);
  EXPECT_FALSE(watcher.wait(50ms));
  write("new.pdf", "x");
  EXPECT_TRUE(watcher.wait(2000ms));
  watcher.wake();
  EXPECT_TRUE(watcher.wait(2000ms));
}

}  // namespace
}  // namespace cabut::inbox
