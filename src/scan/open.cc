// scan::open: the checks every file passes before any decoder sees it.
#include <leptonica/allheaders.h>

#include <filesystem>
#include <fstream>
#include <mutex>
#include <system_error>

#include "scan/documents.h"
#include "scan/file_type.h"
#include "scan/scan.h"

namespace cabut::scan {
namespace {

// Leptonica reports every decode problem on stderr; we report them as Failures instead.
void silenceLeptonica() {
  static std::once_flag once;
  std::call_once(once, [] { setMsgSeverity(L_SEVERITY_NONE); });
}

}  // namespace

void Image::Destroy::operator()(Pix* pix) const {
  pixDestroy(&pix);
}
int Image::width() const {
  return pix_ ? static_cast<int>(pixGetWidth(pix_.get())) : 0;
}
int Image::height() const {
  return pix_ ? static_cast<int>(pixGetHeight(pix_.get())) : 0;
}

Result<std::unique_ptr<Document>> open(const std::string& path, const Limits& limits,
                                       const Cleanup& cleanup) {
  silenceLeptonica();
  namespace fs = std::filesystem;
  std::error_code error;
  const auto status = fs::status(path, error);
  if (status.type() == fs::file_type::not_found) {
    return Failure{"not-found", "File does not exist"};
  }
  if (error) return Failure{"unreadable", "File cannot be read: " + error.message()};
  if (status.type() != fs::file_type::regular) {
    return Failure{"not-a-file", "Path is not a regular file (a directory or a device)"};
  }
  const auto size = fs::file_size(path, error);
  if (error) return Failure{"unreadable", "File cannot be read: " + error.message()};
  if (size == 0) return Failure{"empty-file", "File is empty (0 bytes)"};
  if (static_cast<long long>(size) > limits.maxFileBytes) {
    return Failure{"file-too-large", "File is larger than the configured limit of " +
                                         std::to_string(limits.maxFileBytes >> 20) + " MiB"};
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return Failure{"unreadable", "File cannot be opened for reading (permissions)"};
  std::string head(1024, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<std::size_t>(in.gcount()));

  const FileType type = detectType(head);
  switch (type) {
    case FileType::pdf:
      return openPdf(path, limits, cleanup);
    case FileType::tiff:
    case FileType::png:
    case FileType::jpeg:
      return openImage(path, type, limits, cleanup);
    case FileType::unknown:
      break;
  }
  return Failure{"unsupported-type", "File is not a PDF, TIFF, PNG or JPEG scan"};
}

}  // namespace cabut::scan
