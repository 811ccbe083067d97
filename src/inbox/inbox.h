// inbox/: the consume folder. Takes files the mailroom drops into the inbox once they have
// stopped changing, hashes them, records them in the store and moves them atomically into
// the work area. Nothing is ever deleted: every file ends in its case folder, duplicates/
// (with a note naming what it duplicates) or quarantine/ (with a .reason.txt in Bahasa
// Indonesia and English).
//
// Never follows a symbolic link and never leaves the inbox: the folder is walked with
// lstat, files are opened with O_NOFOLLOW and checked to be the very inode the walk saw.
// Symbolic links, FIFOs, devices and oversized files are quarantined without being opened.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "common/failure.h"
#include "store/store.h"

namespace cabut::inbox {

struct Settings {
  std::string inboxPath;
  std::string workPath;
  // A file (a folder: all its files) is taken once unchanged in size and mtime this long.
  std::chrono::milliseconds stableFor{5000};
  // Names (any path component) never taken: temporary, hidden and system files.
  std::vector<std::string> ignorePatterns = {".*",          "~$*",          "*.tmp",
                                             "*.part",      "*.crdownload", "Thumbs.db",
                                             "desktop.ini", "@eaDir",       "#recycle"};
  long long maxFileBytes = 512LL << 20;  // larger files are quarantined without reading
};

// Splits "a, b c" into patterns.
std::vector<std::string> parsePatterns(const std::string& text);

// The work area: work/incoming (taken, being read), work/cases/<id>, work/duplicates,
// work/quarantine. Moves are atomic and durable (rename + fsync of both folders; across file
// systems copy + fsync + rename, then the source is unlinked).
class WorkArea {
 public:
  explicit WorkArea(std::string root);
  // Creates the folders; Failure "work-area" when it cannot.
  std::optional<Failure> prepare() const;

  const std::string& root() const { return root_; }
  std::string incoming(const store::FileRow& file) const;
  std::string inCase(const store::FileRow& file, long long caseId) const;
  std::string caseFolder(long long caseId) const;
  std::string duplicate(const store::FileRow& file) const;
  std::string quarantined(const store::FileRow& file) const;

 private:
  std::string root_;
};

// Moves `from` to `to` (any kind of entry; a symlink moves as the link itself). Idempotent:
// when `from` is gone and `to` exists, the move already happened. Failure "vanished" when
// neither exists, "move" on any other error.
std::optional<Failure> moveDurably(const std::string& from, const std::string& to);

// Writes `text` to `path` atomically and durably (temp file, fsync, rename, fsync folder).
std::optional<Failure> writeDurably(const std::string& path, const std::string& text);

// The reason a file went to quarantine, as written to <file>.reason.txt: Bahasa Indonesia
// first, then English, then the file's name and the machine code.
std::string quarantineNote(const store::FileRow& file, const Failure& reason);
// The note beside a duplicate: which file and which case it duplicates.
std::string duplicateNote(const store::FileRow& duplicate, const store::FileRow& original);

// SHA-256 (hex) of the regular file at `path`, opened without following links; Failure
// "not-a-regular-file", "unreadable", "changed" (not the inode `expectedInode`, or it grew).
Result<std::string> sha256OfFile(const std::string& path, ino_t expectedInode);

// One entry of the inbox ready to take.
struct Entry {
  std::string relPath;  // relative to the inbox
  std::string name;     // last component
  long long size = 0;
  ino_t inode = 0;
  // Set when it must go straight to quarantine: "symlink", "not-a-regular-file",
  // "file-too-large".
  std::string refusal;
};

struct Ready {
  std::vector<Entry> loose;                           // files at the inbox's top level
  std::map<std::string, std::vector<Entry>> folders;  // top-level sub-folder -> its files
  bool settling = false;  // something is still changing (scan again soon)
};

// Walks the inbox and tells which entries have been stable long enough. Keeps what it saw
// between calls; not thread-safe (one scanner thread).
class Scanner {
 public:
  explicit Scanner(Settings settings);
  // `skip`: inbox paths the store is already taking in (left alone).
  Ready scan(const std::set<std::string>& skip);
  // Forgets an entry (taken or gone) so it is seen afresh if it ever comes back.
  void forget(const std::string& relPath);
  // Removes the top-level folder `name` (and its sub-folders) once its files were taken,
  // if nothing else is in it (never a file).
  void removeEmptyFolder(const std::string& name);

 private:
  struct Seen {
    long long size = 0;
    long long mtimeNs = 0;
    ino_t inode = 0;
    std::chrono::steady_clock::time_point since;
  };
  Settings settings_;
  std::map<std::string, Seen> seen_;
};

// Blocks until something changes in the inbox (inotify on the inbox and its sub-folders) or
// the timeout passes. Without inotify (e.g. not supported on a network share), only waits.
class Watcher {
 public:
  explicit Watcher(const std::string& inboxPath);
  ~Watcher();
  Watcher(const Watcher&) = delete;
  Watcher& operator=(const Watcher&) = delete;

  // True when an event arrived; false on timeout. Also watches new sub-folders.
  bool wait(std::chrono::milliseconds timeout);
  // Makes a pending or future wait() return now (shutdown).
  void wake();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Takes ready entries into the store and the work area.
class Intake {
 public:
  // `checker` re-checks a folder's case when one of its files ends at the door.
  Intake(const Settings& settings, store::Store& store, std::string owner,
         store::CaseChecker checker);

  // Takes what `ready` holds: records, hashes and moves each file (a folder as one case).
  // Returns the number of files taken; stops early (back-pressure) once the store's queue
  // holds `capacity` files.
  Result<int> take(const Ready& ready, Scanner& scanner, long long capacity);

  // Finishes the intake of a row still `received` (claimed by `owner`): moves it into the
  // work area, or duplicates/ or quarantine/, and records the transition. Idempotent, so a
  // restart resumes here. Fails only on store errors.
  std::optional<Failure> complete(const store::FileRow& row, const std::string& owner);

  const WorkArea& workArea() const { return work_; }

 private:
  // The entry as a row to record; nothing when it changed or vanished meanwhile.
  std::optional<store::NewFile> describe(const Entry& entry);

  Settings settings_;
  store::Store& store_;
  std::string owner_;
  store::CaseChecker checker_;
  WorkArea work_;
  store::Store::InboxCheck stillInInbox_;  // asked under the store's intake lock
};

}  // namespace cabut::inbox
