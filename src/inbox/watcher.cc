// inotify on the inbox and its sub-folders, only to wake the scanner early: the periodic
// rescan stays the source of truth (network shares deliver no events, and a folder moved
// in whole brings sub-folders nobody watched yet).
#include <poll.h>
#include <sys/eventfd.h>
#include <sys/inotify.h>
#include <sys/stat.h>

#include <filesystem>

#include "inbox/inbox.h"
#include "inbox/unique_fd.h"

namespace cabut::inbox {

namespace fs = std::filesystem;

namespace {
constexpr uint32_t kEvents = IN_CREATE | IN_MOVED_TO | IN_CLOSE_WRITE | IN_MODIFY | IN_ATTRIB |
                             IN_DELETE | IN_MOVED_FROM | IN_DONT_FOLLOW | IN_ONLYDIR;
}

struct Watcher::Impl {
  UniqueFd inotify{::inotify_init1(IN_NONBLOCK | IN_CLOEXEC)};
  UniqueFd wakeup{::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC)};
  std::string root;

  void watchTree(const std::string& folder) {
    if (!inotify || ::inotify_add_watch(inotify.get(), folder.c_str(), kEvents) < 0) return;
    std::error_code error;
    for (const auto& item : fs::directory_iterator(folder, error))
      if (item.is_directory(error) && !item.is_symlink(error)) watchTree(item.path().string());
  }
};

Watcher::Watcher(const std::string& inboxPath) : impl_(std::make_unique<Impl>()) {
  impl_->root = inboxPath;
  impl_->watchTree(inboxPath);
}

Watcher::~Watcher() = default;

void Watcher::wake() {
  const uint64_t one = 1;
  [[maybe_unused]] auto written = ::write(impl_->wakeup.get(), &one, sizeof one);
}

bool Watcher::wait(std::chrono::milliseconds timeout) {
  pollfd fds[2] = {{impl_->wakeup.get(), POLLIN, 0}, {impl_->inotify.get(), POLLIN, 0}};
  const int count = impl_->inotify ? 2 : 1;
  if (::poll(fds, count, static_cast<int>(timeout.count())) <= 0) return false;
  bool event = false;
  if (fds[0].revents & POLLIN) {
    uint64_t value = 0;
    [[maybe_unused]] auto got = ::read(impl_->wakeup.get(), &value, sizeof value);
    event = true;
  }
  if (count == 2 && (fds[1].revents & POLLIN)) {
    alignas(inotify_event) char buffer[16384];
    bool newFolder = false;
    for (;;) {
      const ssize_t got = ::read(impl_->inotify.get(), buffer, sizeof buffer);
      if (got <= 0) break;
      for (ssize_t at = 0; at < got;) {
        const auto* item = reinterpret_cast<const inotify_event*>(buffer + at);
        if ((item->mask & IN_ISDIR) && (item->mask & (IN_CREATE | IN_MOVED_TO))) newFolder = true;
        at += static_cast<ssize_t>(sizeof(inotify_event) + item->len);
      }
    }
    // Watches are per folder: a new sub-folder (and whatever came in with it) gets one.
    if (newFolder) impl_->watchTree(impl_->root);
    event = true;
  }
  return event;
}

}  // namespace cabut::inbox
