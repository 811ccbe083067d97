#include "scan/file_type.h"

namespace cabut::scan {

FileType detectType(std::string_view head) {
  auto startsWith = [&](std::string_view magic) { return head.substr(0, magic.size()) == magic; };
  if (startsWith("\x89PNG\r\n\x1a\n")) return FileType::png;
  if (startsWith("\xff\xd8\xff")) return FileType::jpeg;
  if (startsWith("II*\0") || startsWith("MM\0*")) return FileType::tiff;
  if (head.substr(0, 1024).find("%PDF-") != std::string_view::npos) return FileType::pdf;
  return FileType::unknown;
}

}  // namespace cabut::scan
