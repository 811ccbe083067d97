#include "scan/page_checks.h"

#include <string>

namespace cabut::scan {

std::optional<Failure> checkPageCount(int pages, const Limits& limits) {
  if (pages <= limits.maxPages) return std::nullopt;
  return Failure{"too-many-pages", "File has " + std::to_string(pages) +
                                       " pages, more than the limit of " +
                                       std::to_string(limits.maxPages)};
}

std::optional<Failure> checkPixels(long long width, long long height, const Limits& limits) {
  if (width <= 0 || height <= 0) return Failure{"empty-image", "Image has no pixels (0 x 0)"};
  if (width * height <= limits.maxPixels) return std::nullopt;
  return Failure{"too-many-pixels", "Page of " + std::to_string(width) + " x " +
                                        std::to_string(height) +
                                        " pixels is larger than the limit of " +
                                        std::to_string(limits.maxPixels) + " pixels"};
}

}  // namespace cabut::scan
