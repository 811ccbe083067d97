#include "scan/tiff_header.h"

#include <cstdint>
#include <fstream>

namespace cabut::scan {
namespace {

constexpr std::uint16_t kImageWidthTag = 256;
constexpr std::uint16_t kImageLengthTag = 257;
constexpr std::uint16_t kShortType = 3;
constexpr int kMaxEntries = 1000;  // a sane directory has a few dozen

class TiffBytes {
 public:
  TiffBytes(std::ifstream& in, bool bigEndian) : in_(in), bigEndian_(bigEndian) {}

  std::optional<std::uint32_t> read(std::streamoff offset, int bytes) {
    unsigned char buffer[4] = {};
    in_.seekg(offset);
    if (!in_.read(reinterpret_cast<char*>(buffer), bytes)) return std::nullopt;
    std::uint32_t value = 0;
    for (int i = 0; i < bytes; ++i) {
      const int index = bigEndian_ ? i : bytes - 1 - i;
      value = (value << 8) | buffer[index];
    }
    return value;
  }

 private:
  std::ifstream& in_;
  bool bigEndian_;
};

}  // namespace

std::optional<PixelSize> tiffFirstPageSize(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  char order[2] = {};
  if (!in.read(order, 2) || order[0] != order[1] || (order[0] != 'I' && order[0] != 'M')) {
    return std::nullopt;
  }
  TiffBytes bytes(in, order[0] == 'M');
  const auto directory = bytes.read(4, 4);
  if (!directory) return std::nullopt;
  const auto entries = bytes.read(*directory, 2);
  if (!entries || *entries > kMaxEntries) return std::nullopt;
  std::optional<std::uint32_t> width, height;
  for (std::uint32_t i = 0; i < *entries; ++i) {
    const std::streamoff entry = *directory + 2 + 12 * static_cast<std::streamoff>(i);
    const auto tag = bytes.read(entry, 2);
    const auto type = bytes.read(entry + 2, 2);
    if (!tag || !type) return std::nullopt;
    if (*tag != kImageWidthTag && *tag != kImageLengthTag) continue;
    const auto value = bytes.read(entry + 8, *type == kShortType ? 2 : 4);
    (*tag == kImageWidthTag ? width : height) = value;
  }
  if (!width || !height) return std::nullopt;
  return PixelSize{*width, *height};
}

}  // namespace cabut::scan
