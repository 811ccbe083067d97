// The first page's size straight from a TIFF's first directory (internal to scan/), for the
// files libtiff refuses to open at all, so a 0 x 0 TIFF is told apart from a damaged one.
#pragma once

#include <optional>
#include <string>

namespace cabut::scan {

struct PixelSize {
  long long width = 0, height = 0;
};

// Nothing when the header or the first directory cannot be read.
std::optional<PixelSize> tiffFirstPageSize(const std::string& path);

}  // namespace cabut::scan
