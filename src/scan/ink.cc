// Where a page holds marks (for the OCR stage's second look at bands it read nothing in).
#include <algorithm>

#include "scan/leptonica_ptr.h"
#include "scan/scan.h"

namespace cabut::scan {
namespace {

// Ink on the cleaned grey page: well under the paper's level, whatever the scanner's
// background (the OCR stage's own thresholds are Tesseract's).
constexpr int kInkThreshold = 140;

// The marks in `band` (clipped to the page) at least `minHeight` pixels tall, as a binary
// image of the band; null when there is no image or the band is empty.
PixPtr marksIn(const Page& page, Region& band, int minHeight) {
  if (page.image.empty()) return nullptr;
  band.x0 = std::max(0, band.x0);
  band.y0 = std::max(0, band.y0);
  band.x1 = std::min(page.width, band.x1);
  band.y1 = std::min(page.height, band.y1);
  if (band.x1 <= band.x0 || band.y1 <= band.y0) return nullptr;
  BoxPtr area(boxCreate(band.x0, band.y0, band.x1 - band.x0, band.y1 - band.y0));
  PixPtr grey(pixClipRectangle(page.image.pix(), area.get(), nullptr));
  if (!grey) return nullptr;
  PixPtr binary(pixConvertTo1(grey.get(), kInkThreshold));
  if (!binary) return nullptr;
  l_int32 changed = 0;
  return PixPtr(
      pixSelectBySize(binary.get(), 0, minHeight, 8, L_SELECT_HEIGHT, L_SELECT_IF_GTE, &changed));
}

}  // namespace

std::optional<Region> inkIn(const Page& page, Region band, int minHeight) {
  const PixPtr marks = marksIn(page, band, minHeight);
  if (!marks) return std::nullopt;
  BOX* found = nullptr;
  if (pixClipBoxToForeground(marks.get(), nullptr, nullptr, &found) != 0 || !found)
    return std::nullopt;
  BoxPtr owned(found);
  l_int32 x = 0, y = 0, w = 0, h = 0;
  boxGetGeometry(owned.get(), &x, &y, &w, &h);
  return Region{band.x0 + x, band.y0 + y, band.x0 + x + w, band.y0 + y + h};
}

std::vector<bool> inkColumns(const Page& page, Region band, int minHeight) {
  const PixPtr marks = marksIn(page, band, minHeight);
  if (!marks) return {};
  const NumaPtr counts(pixCountPixelsByColumn(marks.get()));
  if (!counts) return {};
  std::vector<bool> columns(static_cast<size_t>(band.x1 - band.x0), false);
  const l_int32 width = std::min(numaGetCount(counts.get()), static_cast<l_int32>(columns.size()));
  for (l_int32 x = 0; x < width; ++x) {
    l_int32 count = 0;
    numaGetIValue(counts.get(), x, &count);
    columns[static_cast<size_t>(x)] = count > 0;
  }
  return columns;
}

}  // namespace cabut::scan
