// The work area's layout and the durable moves between inbox and work area.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

#include "inbox/inbox.h"
#include "inbox/unique_fd.h"

namespace cabut::inbox {

namespace fs = std::filesystem;

WorkArea::WorkArea(std::string root) : root_(std::move(root)) {}

std::optional<Failure> WorkArea::prepare() const {
  std::error_code error;
  for (const char* folder : {"incoming", "cases", "duplicates", "quarantine"}) {
    fs::create_directories(fs::path(root_) / folder, error);
    if (error)
      return Failure{"work-area", "cannot create " + root_ + "/" + folder + ": " + error.message()};
  }
  return std::nullopt;
}

std::string WorkArea::incoming(const store::FileRow& file) const {
  return root_ + "/incoming/" + file.diskName;
}
std::string WorkArea::caseFolder(long long caseId) const {
  return root_ + "/cases/" + std::to_string(caseId);
}
std::string WorkArea::inCase(const store::FileRow& file, long long caseId) const {
  return caseFolder(caseId) + "/" + file.diskName;
}
std::string WorkArea::duplicate(const store::FileRow& file) const {
  return root_ + "/duplicates/" + file.diskName;
}
std::string WorkArea::quarantined(const store::FileRow& file) const {
  return root_ + "/quarantine/" + file.diskName;
}

namespace {

std::string parentOf(const std::string& path) {
  return fs::path(path).parent_path().string();
}

bool syncFolder(const std::string& folder) {
  UniqueFd fd(::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
  return fd && ::fsync(fd.get()) == 0;
}

bool exists(const std::string& path) {
  struct stat info {};
  return ::lstat(path.c_str(), &info) == 0;
}

Failure moveFailure(const std::string& what, const std::string& path) {
  return {"move", what + " " + path + ": " + std::strerror(errno)};
}

// Copies a regular file to `to` durably (temp + fsync + rename) for moves across file systems.
std::optional<Failure> copyAcross(const std::string& from, const std::string& to) {
  UniqueFd in(::open(from.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC));
  if (!in) return moveFailure("cannot open", from);
  struct stat info {};
  if (::fstat(in.get(), &info) != 0 || !S_ISREG(info.st_mode))
    return Failure{"move", "cannot copy a special file across file systems: " + from};
  const std::string temp = to + ".copying";
  {
    UniqueFd out(::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0640));
    if (!out) return moveFailure("cannot create", temp);
    char buffer[1 << 16];
    for (;;) {
      const ssize_t got = ::read(in.get(), buffer, sizeof buffer);
      if (got < 0 && errno == EINTR) continue;
      if (got < 0) return moveFailure("cannot read", from);
      if (got == 0) break;
      for (ssize_t done = 0; done < got;) {
        const ssize_t wrote = ::write(out.get(), buffer + done, static_cast<size_t>(got - done));
        if (wrote < 0 && errno == EINTR) continue;
        if (wrote < 0) return moveFailure("cannot write", temp);
        done += wrote;
      }
    }
    if (::fsync(out.get()) != 0) return moveFailure("cannot sync", temp);
  }
  if (::rename(temp.c_str(), to.c_str()) != 0) return moveFailure("cannot rename", temp);
  if (!syncFolder(parentOf(to))) return moveFailure("cannot sync", parentOf(to));
  // The copy is durable; only now the original may go (this is a move, not a deletion).
  if (::unlink(from.c_str()) != 0) return moveFailure("cannot remove moved", from);
  syncFolder(parentOf(from));
  return std::nullopt;
}

}  // namespace

std::optional<Failure> moveDurably(const std::string& from, const std::string& to) {
  std::error_code error;
  fs::create_directories(parentOf(to), error);
  if (!exists(from)) {
    if (exists(to)) return std::nullopt;  // moved before a restart
    return Failure{"vanished", from + " is gone"};
  }
  if (exists(to)) return Failure{"move", "refusing to overwrite " + to};
  if (::rename(from.c_str(), to.c_str()) == 0) {
    if (!syncFolder(parentOf(to))) return moveFailure("cannot sync", parentOf(to));
    syncFolder(parentOf(from));
    return std::nullopt;
  }
  if (errno == EXDEV) return copyAcross(from, to);
  if (errno == ENOENT && !exists(from)) return Failure{"vanished", from + " is gone"};
  return moveFailure("cannot move", from);
}

std::optional<Failure> writeDurably(const std::string& path, const std::string& text) {
  std::error_code error;
  fs::create_directories(parentOf(path), error);
  const std::string temp = path + ".writing";
  {
    UniqueFd out(::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0640));
    if (!out) return moveFailure("cannot create", temp);
    for (size_t done = 0; done < text.size();) {
      const ssize_t wrote = ::write(out.get(), text.data() + done, text.size() - done);
      if (wrote < 0 && errno == EINTR) continue;
      if (wrote < 0) return moveFailure("cannot write", temp);
      done += static_cast<size_t>(wrote);
    }
    if (::fsync(out.get()) != 0) return moveFailure("cannot sync", temp);
  }
  if (::rename(temp.c_str(), path.c_str()) != 0) return moveFailure("cannot rename", temp);
  if (!syncFolder(parentOf(path))) return moveFailure("cannot sync", parentOf(path));
  return std::nullopt;
}

}  // namespace cabut::inbox
