// Taking ready entries: hash, record in the store, move atomically out of the inbox.
#include <sys/stat.h>
#include <unistd.h>

#include "common/xml_text.h"
#include "inbox/inbox.h"

namespace cabut::inbox {

Intake::Intake(const Settings& settings, store::Store& store, std::string owner,
               store::CaseChecker checker)
    : settings_(settings),
      store_(store),
      owner_(std::move(owner)),
      checker_(std::move(checker)),
      work_(settings.workPath),
      stillInInbox_([inbox = settings.inboxPath](const store::NewFile& file) {
        struct stat now {};
        return ::lstat((inbox + "/" + file.inboxPath).c_str(), &now) == 0;
      }) {}

std::optional<store::NewFile> Intake::describe(const Entry& entry) {
  store::NewFile file;
  file.name = xmlSafeText(entry.name);  // the store and every report hold valid UTF-8
  file.inboxPath = entry.relPath;
  file.size = entry.size;
  file.reasonCode = entry.refusal;
  if (file.reasonCode.empty()) {
    auto hash = sha256OfFile(settings_.inboxPath + "/" + entry.relPath, entry.inode);
    if (!hash) {
      const auto& code = hash.failure().code;
      if (code == "changed" || code == "vanished") return std::nullopt;  // look again later
      file.reasonCode = code;
      file.reason = hash.failure().message;
    } else {
      file.sha256 = *hash;
    }
  }
  if (file.reason.empty()) {
    if (file.reasonCode == "symlink") file.reason = "symbolic link, never followed";
    if (file.reasonCode == "not-a-regular-file")
      file.reason = "not a regular file (FIFO, socket, device)";
    if (file.reasonCode == "file-too-large")
      file.reason = std::to_string(entry.size) + " bytes, more than inbox.maxFileBytes (" +
                    std::to_string(settings_.maxFileBytes) + ")";
  }
  return file;
}

Result<int> Intake::take(const Ready& ready, Scanner& scanner, long long capacity) {
  auto depth = store_.queueDepth();
  if (!depth) return depth.failure();
  long long queued = *depth;
  int taken = 0;
  auto finish = [&](const store::FileRow& row,
                    const std::string& relPath) -> std::optional<Failure> {
    if (auto failure = complete(row, owner_)) return failure;
    scanner.forget(relPath);
    ++taken;
    auto now = store_.file(row.id);
    if (now && *now && !store::isTerminal((*now)->state)) ++queued;
    return std::nullopt;
  };

  for (const auto& entry : ready.loose) {
    if (queued >= capacity) break;  // back-pressure: the rest waits in the inbox
    auto file = describe(entry);
    if (!file) {
      scanner.forget(entry.relPath);
      continue;
    }
    auto row = store_.recordFile(*file, owner_, stillInInbox_);
    if (!row) return row.failure();
    if (row->id == 0) continue;  // another daemon is taking it
    if (auto failure = finish(*row, entry.relPath)) return *failure;
  }
  for (const auto& [folder, entries] : ready.folders) {
    if (queued >= capacity) break;
    std::vector<store::NewFile> files;
    bool complete = true;
    for (const auto& entry : entries) {
      auto file = describe(entry);
      if (!file) {
        complete = false;
        scanner.forget(entry.relPath);
        break;
      }
      files.push_back(std::move(*file));
    }
    if (!complete) continue;  // a file changed: the folder is not quiet after all
    auto rows = store_.recordFolder("folder:" + xmlSafeText(folder), files, owner_, stillInInbox_);
    if (!rows) return rows.failure();
    for (size_t i = 0; i < rows->size(); ++i)
      if (auto failure = finish((*rows)[i], entries[i].relPath)) return *failure;
    scanner.removeEmptyFolder(folder);
  }
  return taken;
}

std::optional<Failure> Intake::complete(const store::FileRow& row, const std::string& owner) {
  const std::string from = settings_.inboxPath + "/" + row.inboxPath;
  std::string to;
  std::string note, notePath;
  store::FileState terminal = store::FileState::received;  // received: not terminal, taken
  if (!row.reasonCode.empty()) {
    to = work_.quarantined(row);
    notePath = to + ".reason.txt";
    note = quarantineNote(row, {row.reasonCode, row.reason});
    terminal = store::FileState::quarantined;
  } else if (row.duplicateOf != 0) {
    to = work_.duplicate(row);
    notePath = to + ".note.txt";
    auto original = store_.file(row.duplicateOf);
    if (!original) return original.failure();
    note = duplicateNote(row, original->value_or(store::FileRow{}));
    terminal = store::FileState::duplicate;
  } else {
    to = work_.incoming(row);
  }

  if (auto moved = moveDurably(from, to)) {
    if (moved->code != "vanished") return moved;
    // The destination is this row's own: when it is there, an earlier holder of the row (a
    // daemon killed, or whose lease ran out, after its rename) already moved the file.
    struct stat movedBefore {};
    if (::lstat(to.c_str(), &movedBefore) != 0) {
      // Gone before we could take it (deleted or moved away by someone else): not ours.
      auto done = store_.finishFile(row.id, owner, store::FileState::vanished, checker_);
      return done ? std::nullopt : std::optional<Failure>(done.failure());
    }
  }
  if (!notePath.empty())
    if (auto written = writeDurably(notePath, note)) return written;
  auto done = terminal == store::FileState::received
                  ? store_.markTaken(row.id, owner)
                  : store_.finishFile(row.id, owner, terminal, checker_);
  if (!done) return done.failure();
  if (row.state == store::FileState::received && owner == owner_)
    store_.releaseClaim(row.id, owner);
  return std::nullopt;
}

}  // namespace cabut::inbox
