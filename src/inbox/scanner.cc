// Walking the inbox and deciding what has stopped changing. Never follows a link: entries
// are classified with lstat and only real directories are descended.
#include <fnmatch.h>
#include <sys/stat.h>

#include <algorithm>
#include <filesystem>
#include <functional>
#include <sstream>

#include "inbox/inbox.h"

namespace cabut::inbox {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

std::vector<std::string> parsePatterns(const std::string& text) {
  std::string spaced = text;
  std::replace(spaced.begin(), spaced.end(), ',', ' ');
  std::istringstream in(spaced);
  std::vector<std::string> patterns;
  for (std::string pattern; in >> pattern;) patterns.push_back(pattern);
  return patterns;
}

namespace {

bool ignored(const std::string& name, const std::vector<std::string>& patterns) {
  for (const auto& pattern : patterns)
    if (::fnmatch(pattern.c_str(), name.c_str(), 0) == 0) return true;
  return false;
}

std::string refusalFor(const struct stat& info, long long maxBytes) {
  if (S_ISLNK(info.st_mode)) return "symlink";
  if (!S_ISREG(info.st_mode)) return "not-a-regular-file";
  if (info.st_size > maxBytes) return "file-too-large";
  return "";
}

}  // namespace

Scanner::Scanner(Settings settings) : settings_(std::move(settings)) {}

void Scanner::forget(const std::string& relPath) {
  seen_.erase(relPath);
}

Ready Scanner::scan(const std::set<std::string>& skip) {
  const auto now = Clock::now();
  Ready ready;
  std::set<std::string> present;
  const std::string workPath = fs::weakly_canonical(settings_.workPath).string();

  // Records what the entry looks like now; returns when it last changed.
  auto track = [&](const std::string& rel, const struct stat& info) {
    present.insert(rel);
    const long long mtime = info.st_mtim.tv_sec * 1000000000LL + info.st_mtim.tv_nsec;
    auto [it, added] = seen_.try_emplace(rel, Seen{info.st_size, mtime, info.st_ino, now});
    Seen& seen = it->second;
    if (!added && (seen.size != info.st_size || seen.mtimeNs != mtime || seen.inode != info.st_ino))
      seen = Seen{info.st_size, mtime, info.st_ino, now};
    return seen.since;
  };
  auto entryOf = [&](const std::string& rel, const std::string& name, const struct stat& info) {
    return Entry{rel, name, static_cast<long long>(info.st_size), info.st_ino,
                 refusalFor(info, settings_.maxFileBytes)};
  };
  auto stable = [&](Clock::time_point since) { return now - since >= settings_.stableFor; };

  // Collects the files under folder `rel`, depth first; returns the latest change seen.
  std::function<Clock::time_point(const std::string&, std::vector<Entry>&)> collect =
      [&](const std::string& rel, std::vector<Entry>& files) {
        Clock::time_point latest{};
        std::error_code error;
        for (const auto& item : fs::directory_iterator(settings_.inboxPath + "/" + rel, error)) {
          const std::string name = item.path().filename().string();
          if (ignored(name, settings_.ignorePatterns)) continue;
          const std::string childRel = rel + "/" + name;
          struct stat info {};
          if (::lstat(item.path().c_str(), &info) != 0) continue;
          latest = std::max(latest, track(childRel, info));
          if (S_ISDIR(info.st_mode)) {
            latest = std::max(latest, collect(childRel, files));
          } else if (!skip.count(childRel)) {
            files.push_back(entryOf(childRel, name, info));
          }
        }
        return latest;
      };

  std::error_code error;
  for (const auto& item : fs::directory_iterator(settings_.inboxPath, error)) {
    const std::string name = item.path().filename().string();
    if (ignored(name, settings_.ignorePatterns)) continue;
    struct stat info {};
    if (::lstat(item.path().c_str(), &info) != 0) continue;
    if (S_ISDIR(info.st_mode)) {
      if (fs::weakly_canonical(item.path()).string() == workPath) continue;  // work inside inbox
      std::vector<Entry> files;
      const auto latest = std::max(track(name, info), collect(name, files));
      if (files.empty()) continue;
      // Name order: the case lists its letters as the folder shows them.
      std::sort(files.begin(), files.end(),
                [](const Entry& a, const Entry& b) { return a.relPath < b.relPath; });
      if (stable(latest))
        ready.folders[name] = std::move(files);
      else
        ready.settling = true;
      continue;
    }
    if (skip.count(name)) continue;
    if (stable(track(name, info)))
      ready.loose.push_back(entryOf(name, name, info));
    else
      ready.settling = true;
  }
  for (auto it = seen_.begin(); it != seen_.end();)
    it = present.count(it->first) ? std::next(it) : seen_.erase(it);
  return ready;
}

void Scanner::removeEmptyFolder(const std::string& name) {
  std::function<bool(const fs::path&)> prune = [&](const fs::path& folder) {
    std::error_code error;
    bool empty = true;
    for (const auto& item : fs::directory_iterator(folder, error)) {
      if (item.is_directory(error) && !item.is_symlink(error) && prune(item.path())) continue;
      empty = false;
    }
    // rmdir: refuses (and the folder stays) if anything arrived meanwhile.
    return empty && fs::remove(folder, error);
  };
  const fs::path folder = fs::path(settings_.inboxPath) / name;
  std::error_code error;
  if (fs::is_directory(fs::symlink_status(folder, error))) prune(folder);
}

}  // namespace cabut::inbox
