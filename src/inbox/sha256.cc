// SHA-256 of a file through OpenSSL's EVP interface, read from a descriptor opened without
// following links and checked to be the inode the inbox walk saw.
#include <fcntl.h>
#include <openssl/evp.h>
#include <sys/stat.h>

#include <cerrno>
#include <cstring>
#include <memory>

#include "inbox/inbox.h"
#include "inbox/unique_fd.h"

namespace cabut::inbox {
namespace {

struct DigestFree {
  void operator()(EVP_MD_CTX* context) const { EVP_MD_CTX_free(context); }
};
using DigestPtr = std::unique_ptr<EVP_MD_CTX, DigestFree>;

std::string hex(const unsigned char* bytes, unsigned int length) {
  static const char digits[] = "0123456789abcdef";
  std::string out;
  for (unsigned int i = 0; i < length; ++i) {
    out += digits[bytes[i] >> 4];
    out += digits[bytes[i] & 15];
  }
  return out;
}

}  // namespace

Result<std::string> sha256OfFile(const std::string& path, ino_t expectedInode) {
  // O_NONBLOCK: a FIFO swapped in after the walk must not block the open.
  UniqueFd fd(::open(path.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC | O_NOCTTY));
  if (!fd) {
    if (errno == ELOOP) return Failure{"symlink", "a symbolic link is never followed"};
    if (errno == ENOENT) return Failure{"vanished", path + " is gone"};
    return Failure{"unreadable", std::string("cannot open: ") + std::strerror(errno)};
  }
  struct stat before {};
  if (::fstat(fd.get(), &before) != 0 || !S_ISREG(before.st_mode))
    return Failure{"not-a-regular-file", "not a regular file"};
  if (before.st_ino != expectedInode)
    return Failure{"changed", "the file was replaced while it was being taken"};
  DigestPtr context(EVP_MD_CTX_new());
  if (!context || EVP_DigestInit_ex(context.get(), EVP_sha256(), nullptr) != 1)
    return Failure{"hash", "OpenSSL SHA-256 unavailable"};
  unsigned char buffer[1 << 16];
  long long total = 0;
  for (;;) {
    const ssize_t got = ::read(fd.get(), buffer, sizeof buffer);
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) return Failure{"unreadable", std::string("cannot read: ") + std::strerror(errno)};
    if (got == 0) break;
    total += got;
    EVP_DigestUpdate(context.get(), buffer, static_cast<size_t>(got));
  }
  struct stat after {};
  if (::fstat(fd.get(), &after) != 0 || after.st_size != before.st_size ||
      total != before.st_size || after.st_mtim.tv_sec != before.st_mtim.tv_sec ||
      after.st_mtim.tv_nsec != before.st_mtim.tv_nsec)
    return Failure{"changed", "the file changed while it was being read"};
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  EVP_DigestFinal_ex(context.get(), digest, &length);
  return hex(digest, length);
}

}  // namespace cabut::inbox
