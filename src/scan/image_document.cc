// TIFF (single and multi-page), PNG and JPEG scans, read with Leptonica one page at a time.
#include <leptonica/allheaders.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>

#include "scan/cleanup.h"
#include "scan/documents.h"
#include "scan/page_checks.h"
#include "scan/tiff_header.h"

namespace cabut::scan {
namespace {

struct FileClose {
  void operator()(FILE* file) const { std::fclose(file); }
};

// Scanners often leave the resolution out (or write 72). Letters are A4/F4 portrait, so the
// page width tells the resolution well enough for Tesseract's size heuristics.
int resolutionOf(PIX* pix) {
  const int stated = static_cast<int>(pixGetXRes(pix));
  if (stated >= 100 && stated <= 1200) return stated;
  const int width = static_cast<int>(std::min(pixGetWidth(pix), pixGetHeight(pix)));
  const int estimate = static_cast<int>(std::lround(width / 8.27));
  return std::clamp(estimate, 100, 600);
}

class ImageDocument final : public Document {
 public:
  ImageDocument(std::string path, FileType type, int pages, Cleanup cleanup)
      : path_(std::move(path)), type_(type), pages_(pages), cleanup_(cleanup) {}

  FileType type() const override { return type_; }
  int pageCount() const override { return pages_; }

  Result<Page> page(int number, bool /*needImage*/) const override {
    if (number < 1 || number > pages_) return Failure{"no-such-page", "Page does not exist"};
    PixPtr raw(type_ == FileType::tiff ? pixReadTiff(path_.c_str(), number - 1)
                                       : pixRead(path_.c_str()));
    if (!raw) return Failure{"corrupt-image", "Image data is damaged and cannot be decoded"};
    if (pixGetWidth(raw.get()) == 0 || pixGetHeight(raw.get()) == 0) {
      return Failure{"empty-image", "Image has no pixels (0 x 0)"};
    }
    Page page;
    page.number = number;
    page.dpi = resolutionOf(raw.get());
    cleanPage(std::move(raw), cleanup_, page);
    if (page.image.empty()) {
      return Failure{"corrupt-image", "Image data is damaged and cannot be decoded"};
    }
    return page;
  }

 private:
  std::string path_;
  FileType type_;
  int pages_;
  Cleanup cleanup_;
};

Result<int> tiffPageCount(const std::string& path) {
  std::unique_ptr<FILE, FileClose> file(std::fopen(path.c_str(), "rb"));
  if (!file) return Failure{"unreadable", "File cannot be opened for reading (permissions)"};
  l_int32 pages = 0;
  if (tiffGetCount(file.get(), &pages) != 0 || pages < 1) {
    const auto size = tiffFirstPageSize(path);
    if (size && (size->width == 0 || size->height == 0)) {
      return Failure{"empty-image", "Image has no pixels (0 x 0)"};
    }
    return Failure{"corrupt-image", "TIFF structure is damaged (no readable page)"};
  }
  return static_cast<int>(pages);
}

}  // namespace

Result<std::unique_ptr<Document>> openImage(const std::string& path, FileType type,
                                            const Limits& limits, const Cleanup& cleanup) {
  int pages = 1;
  if (type == FileType::tiff) {
    auto counted = tiffPageCount(path);
    if (!counted) return counted.failure();
    pages = *counted;
    if (auto refused = checkPageCount(pages, limits)) return *refused;
  }
  for (int index = 0; index < pages; ++index) {
    l_int32 width = 0, height = 0, bps = 0, spp = 0, other = 0, format = 0;
    const bool headerRead =
        type == FileType::tiff
            ? readHeaderTiff(path.c_str(), index, &width, &height, &bps, &spp, &other, &other,
                             &format) == 0
            : pixReadHeader(path.c_str(), &format, &width, &height, &bps, &spp, &other) == 0;
    if (!headerRead) {
      if (width == 0 || height == 0) {
        return Failure{"empty-image", "Image header is unreadable or gives no pixels"};
      }
      return Failure{"corrupt-image", "Image header is damaged"};
    }
    if (auto refused = checkPixels(width, height, limits)) return *refused;
  }
  return std::unique_ptr<Document>(std::make_unique<ImageDocument>(path, type, pages, cleanup));
}

}  // namespace cabut::scan
