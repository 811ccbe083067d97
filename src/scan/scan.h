// scan/: turning a scan file into clean page images. Takes a path; gives a Document whose
// pages are decoded one at a time (a 50-page PDF is never all in memory), each turned upright,
// deskewed and background-normalised, with what was done recorded. PDF pages that carry a
// real text layer give its words instead of an image. Only scan/ sees Leptonica and poppler.
//
// Fails with a Failure whose code is stable: "not-found", "unreadable", "not-a-file",
// "empty-file", "file-too-large", "unsupported-type", "corrupt-pdf", "encrypted-pdf",
// "corrupt-image", "empty-image", "too-many-pixels", "too-many-pages"; Document::page() also
// "no-such-page" for a number outside 1..pageCount().
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "common/failure.h"

struct Pix;  // Leptonica's image; only borrowed outside scan/ (by the OCR engine)

namespace cabut::scan {

struct Limits {
  long long maxFileBytes = 512LL << 20;  // larger files are refused before reading
  long long maxPixels = 150000000;       // per page, checked from the header before decoding
  int maxPages = 50;                     // a file with more pages is refused
  int rasterDpi = 300;                   // PDF pages rasterised without a text layer
};

// Which clean-up steps run (all on by default; switches exist to measure each one).
struct Cleanup {
  enum class Background {
    keep,       // give the grey image as scanned
    normalise,  // flatten uneven / grey background (Leptonica's background normalisation)
    whiten,     // normalise, then push background to white and text to black
  };
  bool orient = true;  // turn 90/180/270-degree pages upright
  bool deskew = true;  // straighten small skews
  // Erase long horizontal lines (underlines, table rules). Off: it raises OCR recall but the
  // extraction's table reading relies on the rules as read (bench/README.md).
  bool removeRules = false;
  Background background = Background::keep;  // measured best: see bench/README.md
};

enum class FileType { pdf, tiff, png, jpeg, unknown };

// Owns one Leptonica image. Move-only.
class Image {
 public:
  Image() = default;
  explicit Image(Pix* owned) : pix_(owned) {}
  Pix* pix() const { return pix_.get(); }  // borrowed; valid while this Image lives
  bool empty() const { return !pix_; }
  int width() const;
  int height() const;

 private:
  struct Destroy {
    void operator()(Pix* pix) const;
  };
  std::unique_ptr<Pix, Destroy> pix_;
};

// One word of a PDF text layer, its box in pixels at the page's dpi (origin top-left).
struct LayerWord {
  std::string text;  // UTF-8 as stored in the PDF (not yet XML-safe)
  int x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  bool spaceAfter = true;
};

struct Page {
  int number = 0;  // 1-based
  int dpi = 300;
  int width = 0, height = 0;         // pixels (of the cleaned image, or the page at dpi)
  Image image;                       // cleaned 8-bit grey image; empty for a text-layer page
                                     // when no image was asked for
  std::vector<LayerWord> textLayer;  // non-empty: the page's own text, use it instead of OCR
  bool blank = false;                // nothing written on it (duplex back, empty scan)
  // False when the clean-up could not tell whether the page is upright (sideways pages,
  // sparse text): the OCR stage then asks its own detector and calls turn().
  bool orientationKnown = true;
  std::vector<std::string> cleanup;  // "rotated 180", "deskewed -1.40 deg", ...
};

// An opened scan file. page() is thread-safe (PDF access is serialised inside).
class Document {
 public:
  virtual ~Document() = default;
  virtual FileType type() const = 0;
  virtual int pageCount() const = 0;
  // Decodes and cleans page `number` (1-based). A text-layer PDF page is rasterised only
  // when `needImage` is true (for a searchable PDF); its words are always given.
  virtual Result<Page> page(int number, bool needImage) const = 0;
};

// Turns page.image clockwise by `degrees` (0, 90, 180, 270), then deskews it when the
// clean-up allows, records both and marks the orientation known.
void turn(Page& page, int degrees, const Cleanup& cleanup);

// A copy of `page` whose image has its background flattened (Leptonica's background
// normalisation), recorded in its clean-up list. For a page OCR found (almost) no text on
// as scanned: a faint grey scan whose ink is too close to its background. The copy's image
// is empty when `page` has none or normalisation fails.
Page withNormalisedBackground(const Page& page);
// The same for a page that still reads (almost) empty normalised: a phone photo of thin,
// faint print whose grain is as strong as the print. The grain is smoothed, the background
// flattened and the darkest print stretched to black.
Page withStretchedContrast(const Page& page);

// A copy of `page` that keeps only ink about as dark as its print's core: in a grey scan a
// stamp or a signature (blue, purple or thin pen ink turned grey) is lighter than the black
// print it crosses, and goes white. For reading again the regions a stamp or a scribble
// made the layout analysis pass over. Its image is empty when `page` has too little dark
// ink to tell the print's level (a faded page), or none.
Page withDarkInkOnly(const Page& page);

// A copy of `page` turned by `degrees` (90, 180, 270 clockwise), recorded in its clean-up
// list with `why`: for a page whose upright reading is all guesses (the orientation
// detector can be sure and wrong on a grainy page) or lies on its side. Its image is empty
// when `page` has none.
Page turnedCopy(const Page& page, int degrees, const std::string& why);

// A rectangle of a page image, in pixels (x1, y1 exclusive).
struct Region {
  int x0 = 0, y0 = 0, x1 = 0, y1 = 0;
};

// Where a page has marks lighter than its print and taller than a line of letters: in a
// grey scan, a stamp's rings and a signature's strokes (not a table's rules, not a copier's
// streaks). None when the page has no image or too little dark ink to tell its print.
std::vector<Region> lightMarks(const Page& page);

// The print's dark core around `area` (with room for the background's estimate), black on
// white: thinner than the print, without the lighter marks over it. For reading again the
// lines those marks cross.
struct PrintCore {
  Image image;
  Region at;  // where the image lies on the page
};
std::optional<PrintCore> printCoreIn(const Page& page, Region area);

// The bounding box of the marks in `band` of page.image that are at least `minHeight`
// pixels tall (print, a stamp, a scribble; not the grain of the paper), or nothing when
// the band holds none or the page has no image.
std::optional<Region> inkIn(const Page& page, Region band, int minHeight);

// For each column of `band` (clipped to the page; x from its left edge), whether it holds
// part of such a mark. Empty when the band is empty or the page has no image.
std::vector<bool> inkColumns(const Page& page, Region band, int minHeight);

// Opens `path`: checks it exists, is readable, non-empty and within the limits, and detects
// its type from its first bytes (never from its name). Cheap: pages are decoded by page().
Result<std::unique_ptr<Document>> open(const std::string& path, const Limits& limits,
                                       const Cleanup& cleanup = {});

}  // namespace cabut::scan
