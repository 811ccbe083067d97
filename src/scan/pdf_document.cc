// PDF scans through poppler: the text layer when a page has real text, else the page
// rasterised at the configured dpi and cleaned like any scan.
#include <leptonica/allheaders.h>

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-image.h>
#include <poppler/cpp/poppler-page-renderer.h>
#include <poppler/cpp/poppler-page.h>
#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <mutex>

#include "scan/cleanup.h"
#include "scan/documents.h"
#include "scan/page_checks.h"

namespace cabut::scan {
namespace {

// A scanned PDF often carries a stray glyph or an empty OCR layer; fewer letters and digits
// than this and the page is read from its image instead.
constexpr int kMinLayerAlphanumerics = 20;

void ignorePopplerMessage(const std::string&, void*) {}

void silencePoppler() {
  static std::once_flag once;
  std::call_once(once, [] { poppler::set_debug_error_function(ignorePopplerMessage, nullptr); });
}

using PopplerDocument = std::unique_ptr<poppler::document>;
using PopplerPage = std::unique_ptr<poppler::page>;

std::string utf8(const poppler::ustring& text) {
  const poppler::byte_array bytes = text.to_utf8();
  return std::string(bytes.begin(), bytes.end());
}

std::vector<LayerWord> layerWords(const poppler::page& page, double scale) {
  std::vector<LayerWord> words;
  int alphanumerics = 0;
  for (const poppler::text_box& box : page.text_list()) {
    LayerWord word;
    word.text = utf8(box.text());
    if (word.text.empty()) continue;
    alphanumerics += static_cast<int>(std::count_if(word.text.begin(), word.text.end(), [](char c) {
      return std::isalnum(static_cast<unsigned char>(c)) != 0;
    }));
    const poppler::rectf rect = box.bbox();
    word.x0 = static_cast<int>(std::floor(rect.left() * scale));
    word.y0 = static_cast<int>(std::floor(rect.top() * scale));
    word.x1 = static_cast<int>(std::ceil(rect.right() * scale));
    word.y1 = static_cast<int>(std::ceil(rect.bottom() * scale));
    word.spaceAfter = box.has_space_after();
    words.push_back(std::move(word));
  }
  if (alphanumerics < kMinLayerAlphanumerics) words.clear();
  return words;
}

// Grey from the brightest channel, as for colour image scans (coloured stamps turn light).
PixPtr renderGrey(const poppler::page& page, int dpi) {
  poppler::page_renderer renderer;
  renderer.set_render_hints(poppler::page_renderer::antialiasing |
                            poppler::page_renderer::text_antialiasing);
  renderer.set_image_format(poppler::image::format_argb32);
  const poppler::image image = renderer.render_page(&page, dpi, dpi);
  if (!image.is_valid() || image.width() <= 0 || image.height() <= 0) return nullptr;
  PixPtr pix(pixCreate(image.width(), image.height(), 8));
  if (!pix) return nullptr;
  pixSetResolution(pix.get(), dpi, dpi);
  l_uint32* data = pixGetData(pix.get());
  const int wordsPerLine = pixGetWpl(pix.get());
  for (int y = 0; y < image.height(); ++y) {
    const char* row = image.const_data() + static_cast<std::ptrdiff_t>(y) * image.bytes_per_row();
    l_uint32* line = data + static_cast<std::ptrdiff_t>(y) * wordsPerLine;
    for (int x = 0; x < image.width(); ++x) {
      std::uint32_t argb = 0;
      std::memcpy(&argb, row + 4 * x, 4);
      const auto brightest = std::max({(argb >> 16) & 0xffu, (argb >> 8) & 0xffu, argb & 0xffu});
      SET_DATA_BYTE(line, x, brightest);
    }
  }
  return pix;
}

class PdfDocument final : public Document {
 public:
  PdfDocument(PopplerDocument document, int pages, int dpi, Cleanup cleanup)
      : document_(std::move(document)), pages_(pages), dpi_(dpi), cleanup_(cleanup) {}

  FileType type() const override { return FileType::pdf; }
  int pageCount() const override { return pages_; }

  Result<Page> page(int number, bool needImage) const override {
    if (number < 1 || number > pages_) return Failure{"no-such-page", "Page does not exist"};
    Page page;
    page.number = number;
    page.dpi = dpi_;
    PixPtr raster;
    {
      // poppler's document is not safe for concurrent use: one page at a time.
      std::lock_guard lock(mutex_);
      PopplerPage source(document_->create_page(number - 1));
      if (!source) return Failure{"corrupt-pdf", "PDF page cannot be read"};
      const poppler::rectf size = source->page_rect(poppler::media_box);
      const double scale = dpi_ / 72.0;
      page.width = static_cast<int>(std::lround(size.width() * scale));
      page.height = static_cast<int>(std::lround(size.height() * scale));
      page.textLayer = layerWords(*source, scale);
      if (page.textLayer.empty() || needImage) {
        raster = renderGrey(*source, dpi_);
        if (!raster) return Failure{"corrupt-pdf", "PDF page cannot be rendered"};
      }
    }
    if (!page.textLayer.empty()) {
      // The layer's boxes refer to the page as it is: the image must not be turned.
      page.cleanup.push_back("text layer");
      if (raster) page.image = Image(raster.release());
      return page;
    }
    cleanPage(std::move(raster), cleanup_, page);
    page.cleanup.insert(page.cleanup.begin(), "rasterised " + std::to_string(dpi_) + " dpi");
    return page;
  }

 private:
  mutable std::mutex mutex_;
  PopplerDocument document_;
  int pages_;
  int dpi_;
  Cleanup cleanup_;
};

}  // namespace

Result<std::unique_ptr<Document>> openPdf(const std::string& path, const Limits& limits,
                                          const Cleanup& cleanup) {
  silencePoppler();
  PopplerDocument document(poppler::document::load_from_file(path));
  if (!document) return Failure{"corrupt-pdf", "PDF is damaged or truncated and cannot be opened"};
  if (document->is_locked()) {
    return Failure{"encrypted-pdf", "PDF is protected by a password and cannot be read"};
  }
  const int pages = document->pages();
  if (pages < 1) return Failure{"corrupt-pdf", "PDF has no readable pages"};
  if (auto refused = checkPageCount(pages, limits)) return *refused;
  const double scale = limits.rasterDpi / 72.0;
  for (int index = 0; index < pages; ++index) {
    PopplerPage page(document->create_page(index));
    if (!page)
      return Failure{"corrupt-pdf", "PDF page " + std::to_string(index + 1) + " is damaged"};
    const poppler::rectf size = page->page_rect(poppler::media_box);
    if (auto refused = checkPixels(std::llround(size.width() * scale),
                                   std::llround(size.height() * scale), limits)) {
      return *refused;
    }
  }
  return std::unique_ptr<Document>(
      std::make_unique<PdfDocument>(std::move(document), pages, limits.rasterDpi, cleanup));
}

}  // namespace cabut::scan
