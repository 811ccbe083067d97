// scan/: type detection, the bad inputs of issue 2, limits, and the page clean-up (no OCR).
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>

#include <leptonica/allheaders.h>

#include "scan/file_type.h"
#include "scan/fixtures.h"
#include "scan/leptonica_ptr.h"
#include "scan/scan.h"

namespace cabut::scan {
namespace {

using cabut::testing::fixture;
namespace fs = std::filesystem;

bool hasNote(const Page& page, const std::string& prefix) {
  return std::any_of(page.cleanup.begin(), page.cleanup.end(),
                     [&](const std::string& note) { return note.starts_with(prefix); });
}

std::unique_ptr<Document> openOk(const std::string& path, const Limits& limits = {}) {
  auto document = open(path, limits);
  EXPECT_TRUE(document.ok()) << path << ": " << (document.ok() ? "" : document.failure().message);
  return document.ok() ? std::move(*document) : nullptr;
}

void expectRefused(const std::string& path, const Limits& limits, const std::string& code) {
  auto refused = open(path, limits);
  ASSERT_FALSE(refused.ok()) << path;
  EXPECT_EQ(refused.failure().code, code) << path;
}

Page pageOk(const Document& document, int number, bool needImage = false) {
  auto page = document.page(number, needImage);
  EXPECT_TRUE(page.ok()) << (page.ok() ? "" : page.failure().message);
  return page.ok() ? std::move(*page) : Page{};
}

TEST(ScanFileType, DetectedFromMagicBytesNotName) {
  EXPECT_EQ(detectType(std::string("\x89PNG\r\n\x1a\n\0\0", 10)), FileType::png);
  EXPECT_EQ(detectType("\xff\xd8\xff\xe0rest"), FileType::jpeg);
  EXPECT_EQ(detectType(std::string("II*\0\x08\0\0\0", 8)), FileType::tiff);
  EXPECT_EQ(detectType(std::string("MM\0*\0\0\0\x08", 8)), FileType::tiff);
  EXPECT_EQ(detectType("%PDF-1.7\n"), FileType::pdf);
  EXPECT_EQ(detectType("\n\n%PDF-1.4"), FileType::pdf);  // junk before the header is allowed
  EXPECT_EQ(detectType("<letter/>"), FileType::unknown);
  EXPECT_EQ(detectType(""), FileType::unknown);
}

TEST(ScanFileType, JpegNamedPdfIsReadAsJpeg) {
  const fs::path copy =
      fs::temp_directory_path() / ("cabut-jpeg-named-" + std::to_string(getpid()) + ".pdf");
  fs::copy_file(fixture("letter.jpg"), copy, fs::copy_options::overwrite_existing);
  auto document = openOk(copy.string());
  ASSERT_TRUE(document);
  EXPECT_EQ(document->type(), FileType::jpeg);
  fs::remove(copy);
}

struct BadInput {
  const char* name;  // under bad/, or a special path
  const char* code;
};

void PrintTo(const BadInput& input, std::ostream* out) {
  *out << input.name;
}

class ScanBadInputs : public ::testing::TestWithParam<BadInput> {};

TEST_P(ScanBadInputs, RefusedWithStableCode) {
  const BadInput& input = GetParam();
  std::string path = std::string(input.name) == "missing" ? fixture("bad/no-such-file.pdf")
                     : std::string(input.name) == "directory"
                         ? fixture("bad")
                         : fixture(std::string("bad/") + input.name);
  auto document = open(path, Limits{});
  Result<Page> page = Failure{};
  if (document.ok()) {
    // Some damage only shows when the page is decoded: that must fail cleanly too.
    page = (*document)->page(1, false);
    ASSERT_FALSE(page.ok()) << path << " was read";
    EXPECT_EQ(page.failure().code, input.code);
    return;
  }
  EXPECT_EQ(document.failure().code, input.code) << document.failure().message;
  EXPECT_FALSE(document.failure().message.empty());
}

INSTANTIATE_TEST_SUITE_P(
    Issue2, ScanBadInputs,
    ::testing::Values(BadInput{"empty.pdf", "empty-file"}, BadInput{"truncated.pdf", "corrupt-pdf"},
                      BadInput{"corrupt.pdf", "corrupt-pdf"},
                      BadInput{"encrypted.pdf", "encrypted-pdf"},
                      BadInput{"random.pdf", "unsupported-type"},
                      BadInput{"huge.png", "too-many-pixels"}, BadInput{"zero.png", "empty-image"},
                      BadInput{"zero.tif", "empty-image"}, BadInput{"beyond.tif", "corrupt-image"},
                      BadInput{"many.pdf", "too-many-pages"},
                      BadInput{"notes.txt", "unsupported-type"}, BadInput{"missing", "not-found"},
                      BadInput{"directory", "not-a-file"}),
    [](const ::testing::TestParamInfo<BadInput>& param) {
      std::string name = param.param.name;
      std::replace_if(
          name.begin(), name.end(), [](char c) { return !std::isalnum(c); }, '_');
      return name;
    });

TEST(ScanLimits, UnreadableFileIsRefused) {
  if (geteuid() == 0) GTEST_SKIP() << "root reads any file; the permission check cannot fail";
  const fs::path copy =
      fs::temp_directory_path() / ("cabut-locked-" + std::to_string(getpid()) + ".png");
  fs::copy_file(fixture("letter.png"), copy, fs::copy_options::overwrite_existing);
  fs::permissions(copy, fs::perms::none);
  expectRefused(copy.string(), Limits{}, "unreadable");
  fs::remove(copy);
}

TEST(ScanLimits, PageLimitIsConfigurable) {
  Limits limits;
  limits.maxPages = 2;
  expectRefused(fixture("pages.tif"), limits, "too-many-pages");
  limits.maxPages = 3;
  auto document = openOk(fixture("pages.tif"), limits);
  ASSERT_TRUE(document);
  EXPECT_EQ(document->pageCount(), 3);
}

TEST(ScanLimits, PixelLimitCheckedBeforeDecoding) {
  Limits limits;
  limits.maxPixels = 1000000;  // the letter is 2480 x 3508
  for (const char* name : {"letter.png", "letter.jpg", "pages.tif", "image.pdf"}) {
    expectRefused(fixture(name), limits, "too-many-pixels");
  }
}

TEST(ScanLimits, FileSizeLimit) {
  Limits limits;
  limits.maxFileBytes = 1000;
  expectRefused(fixture("letter.png"), limits, "file-too-large");
}

TEST(ScanCleanup, UprightPagesAreNeverTurned) {
  for (const char* name : {"letter.png", "letter.jpg", "image.pdf"}) {
    auto document = openOk(fixture(name));
    ASSERT_TRUE(document);
    const Page page = pageOk(*document, 1);
    EXPECT_TRUE(page.orientationKnown) << name;
    EXPECT_FALSE(hasNote(page, "rotated")) << name;
    EXPECT_FALSE(page.blank) << name;
    EXPECT_EQ(page.width, 2480) << name;
    EXPECT_EQ(page.height, 3508) << name;
    EXPECT_EQ(page.dpi, 300) << name;
  }
}

TEST(ScanCleanup, UpsideDownPageIsTurned) {
  auto document = openOk(fixture("letter-r180.png"));
  ASSERT_TRUE(document);
  const Page page = pageOk(*document, 1);
  EXPECT_TRUE(page.orientationKnown);
  EXPECT_TRUE(hasNote(page, "rotated 180"));
}

TEST(ScanCleanup, SidewaysPageIsTurnedWhenTold) {
  auto document = openOk(fixture("letter-r90.png"));
  ASSERT_TRUE(document);
  Page page = pageOk(*document, 1);
  ASSERT_FALSE(page.orientationKnown) << "Leptonica alone should not claim a sideways page";
  EXPECT_GT(page.width, page.height);
  turn(page, 90, Cleanup{});
  EXPECT_TRUE(page.orientationKnown);
  EXPECT_TRUE(hasNote(page, "rotated 90"));
  EXPECT_EQ(page.width, 2480);
  EXPECT_EQ(page.height, 3508);
}

TEST(ScanCleanup, SkewedPageIsStraightened) {
  auto document = openOk(fixture("letter-skew3.png"));
  ASSERT_TRUE(document);
  const Page page = pageOk(*document, 1);
  auto note = std::find_if(page.cleanup.begin(), page.cleanup.end(),
                           [](const std::string& n) { return n.starts_with("deskewed "); });
  ASSERT_NE(note, page.cleanup.end());
  const double degrees = std::stod(note->substr(9));
  EXPECT_NEAR(std::fabs(degrees), 3.0, 0.3);

  Cleanup noDeskew;
  noDeskew.deskew = false;
  auto untouched = open(fixture("letter-skew3.png"), Limits{}, noDeskew);
  ASSERT_TRUE(untouched.ok());
  EXPECT_FALSE(hasNote(pageOk(**untouched, 1), "deskewed"));
}

TEST(ScanCleanup, StraightPageIsNotDeskewed) {
  auto document = openOk(fixture("letter.png"));
  ASSERT_TRUE(document);
  EXPECT_FALSE(hasNote(pageOk(*document, 1), "deskewed"));
}

TEST(ScanCleanup, BlankPageDetected) {
  auto blank = openOk(fixture("blank.png"));
  ASSERT_TRUE(blank);
  EXPECT_TRUE(pageOk(*blank, 1).blank);
  auto letter = openOk(fixture("letter.png"));
  ASSERT_TRUE(letter);
  EXPECT_FALSE(pageOk(*letter, 1).blank);
}

TEST(ScanCleanup, RulesRemovedOnlyWhenAsked) {
  auto plain = openOk(fixture("table.png"));
  ASSERT_TRUE(plain);
  const Page kept = pageOk(*plain, 1);
  EXPECT_FALSE(hasNote(kept, "rules removed"));
  l_uint32 ink = 255;
  pixGetPixel(kept.image.pix(), 1200, 331, &ink);
  EXPECT_LT(ink, 100u);
  Cleanup cleanup;
  cleanup.removeRules = true;
  auto ruled = open(fixture("table.png"), Limits{}, cleanup);
  ASSERT_TRUE(ruled.ok());
  const Page page = pageOk(**ruled, 1);
  EXPECT_TRUE(hasNote(page, "rules removed"));
  // The rule under the header row (y = 330..333) is gone; the text above it stays.
  const Image& image = page.image;
  l_uint32 value = 0;
  pixGetPixel(image.pix(), 1200, 331, &value);
  EXPECT_GT(value, 200u);
}

// Dark pixels of a cleaned page's image.
int inkOf(const Page& page) {
  PixPtr binary(pixThresholdToBinary(page.image.pix(), 128));
  l_int32 count = 0;
  pixCountPixels(binary.get(), &count, nullptr);
  return count;
}

TEST(ScanCleanup, ColouredStampAndSignatureAreDroppedAndThePrintStays) {
  auto plain = openOk(fixture("letter.png"));
  auto stamped = openOk(fixture("stamped.png"));
  ASSERT_TRUE(plain && stamped);
  const Page clean = pageOk(*plain, 1), marked = pageOk(*stamped, 1);
  EXPECT_TRUE(hasNote(marked, "grey from brightest channel, colour dropped"));
  // The marks would add some 40000 dark pixels; the print under them keeps its own.
  EXPECT_NEAR(inkOf(marked), inkOf(clean), inkOf(clean) / 50);
  l_uint32 onRing = 0, onLine = 0;
  pixGetPixel(marked.image.pix(), 1000 + 5, 1750, &onRing);
  pixGetPixel(marked.image.pix(), 2100 - 10, 602, &onLine);
  EXPECT_GT(onRing, 200u);
  EXPECT_GT(onLine, 200u);
}

// A grey scan at 300 dpi, 800 x 600: twelve lines of black print (20) on paper (235).
Page greyPrintedPage(int number) {
  Page page;
  page.number = number;
  page.dpi = 300;
  page.width = 800;
  page.height = 600;
  page.image = Image(pixCreate(page.width, page.height, 8));
  pixSetAllArbitrary(page.image.pix(), 235);
  for (int y = 50; y < 550; y += 40)
    for (int x = 40; x < 700; x += 14)
      pixSetInRectArbitrary(page.image.pix(), BoxPtr(boxCreate(x, y, 4, 24)).get(), 20);
  return page;
}

TEST(ScanCleanup, DarkInkOnlyDropsAGreyStampAndKeepsThePrint) {
  // A grey scan: lines of black print and a stamp ring's grey ink (80).
  Page page = greyPrintedPage(3);
  pixSetInRectArbitrary(page.image.pix(), BoxPtr(boxCreate(300, 200, 200, 8)).get(), 80);
  const Page dark = withDarkInkOnly(page);
  ASSERT_FALSE(dark.image.empty());
  EXPECT_EQ(dark.number, 3);
  EXPECT_TRUE(hasNote(dark, "only ink as dark as the print (level"));
  l_uint32 print = 0, stamp = 0, paper = 0;
  pixGetPixel(dark.image.pix(), 42, 60, &print);
  pixGetPixel(dark.image.pix(), 306, 204, &stamp);
  pixGetPixel(dark.image.pix(), 20, 20, &paper);
  EXPECT_LT(print, 128u);
  EXPECT_GT(stamp, 200u);
  EXPECT_GT(paper, 200u);
  // A faded page has too little dark ink to tell its print's level: no copy.
  pixSetAllArbitrary(page.image.pix(), 235);
  pixSetInRectArbitrary(page.image.pix(), BoxPtr(boxCreate(40, 50, 700, 20)).get(), 160);
  EXPECT_TRUE(withDarkInkOnly(page).image.empty());
}

TEST(ScanCleanup, LightMarksAreFoundAndThePrintCoreLeavesThemOut) {
  // A grey scan: lines of black print, a stamp's ring in grey ink (90) across them and a
  // copier's grey streak down the page.
  Page page = greyPrintedPage(2);
  for (int y = 0; y < page.height; ++y)
    for (int x = 0; x < page.width; ++x) {
      const double r = std::hypot(x - 400.0, y - 300.0);
      if (r >= 150 && r < 158) pixSetPixel(page.image.pix(), x, y, 90);
    }
  pixSetInRectArbitrary(page.image.pix(), BoxPtr(boxCreate(750, 0, 3, 600)).get(), 90);
  const std::vector<Region> marks = lightMarks(page);
  ASSERT_FALSE(marks.empty());
  Region around{page.width, page.height, 0, 0};
  for (const Region& mark : marks) {
    around = {std::min(around.x0, mark.x0), std::min(around.y0, mark.y0),
              std::max(around.x1, mark.x1), std::max(around.y1, mark.y1)};
  }
  // The ring's pieces between the print span the ring (less its flattest edges, which pass
  // for rules); the streak is no mark.
  EXPECT_NEAR(around.x0, 242, 12);
  EXPECT_NEAR(around.x1, 558, 12);
  EXPECT_NEAR(around.y0, 142, 12);
  EXPECT_NEAR(around.y1, 458, 12);
  // The print's core around the ring: the print black, the ring gone, placed on the page.
  const auto core = printCoreIn(page, around);
  ASSERT_TRUE(core);
  EXPECT_LE(core->at.x0, around.x0);
  EXPECT_LE(core->at.y0, around.y0);
  l_uint32 print = 0, ring = 0;
  pixGetPixel(core->image.pix(), 292 - core->at.x0, 290 - core->at.y0, &print);
  pixGetPixel(core->image.pix(), 245 - core->at.x0, 290 - core->at.y0, &ring);
  EXPECT_LT(print, 128u);
  EXPECT_GT(ring, 200u);
  // Print alone: no marks.
  pixSetAllArbitrary(page.image.pix(), 235);
  for (int y = 50; y < 550; y += 40)
    pixSetInRectArbitrary(page.image.pix(), BoxPtr(boxCreate(40, y, 600, 24)).get(), 20);
  EXPECT_TRUE(lightMarks(page).empty());
}

TEST(ScanInk, ColumnsTouchedByTallMarksOnly) {
  // A white band with a stroke as tall as a letter and a speck of noise.
  Page page;
  page.width = 100;
  page.height = 20;
  page.image = Image(pixCreate(page.width, page.height, 8));
  pixSetAllArbitrary(page.image.pix(), 255);
  pixSetInRectArbitrary(page.image.pix(), BoxPtr(boxCreate(10, 2, 3, 16)).get(), 0);
  pixSetInRectArbitrary(page.image.pix(), BoxPtr(boxCreate(50, 9, 2, 2)).get(), 0);
  const auto columns = inkColumns(page, {0, 0, 100, 20}, 8);
  ASSERT_EQ(columns.size(), 100u);
  EXPECT_EQ(std::count(columns.begin(), columns.end(), true), 3);
  EXPECT_TRUE(columns[10] && columns[12]);
  EXPECT_FALSE(columns[9] || columns[13] || columns[50]);
  // A band reaching off the page is clipped to it; x counts from the clipped edge.
  const auto clipped = inkColumns(page, {5, -10, 200, 30}, 8);
  ASSERT_EQ(clipped.size(), 95u);
  EXPECT_TRUE(clipped[5]);
  EXPECT_TRUE(inkColumns(page, {60, 0, 60, 20}, 8).empty());
  EXPECT_TRUE(inkColumns(Page{}, {0, 0, 10, 10}, 8).empty());
}

TEST(ScanCleanup, OnlyThinStreaksAreRemoved) {
  // Thin slanted lines down the page go; dark bands a tenth of an inch wide or more (a
  // copier's, the table under a photographed page), a table's grid and the letters of a
  // clean page stay.
  auto streaked = openOk(fixture("faint-thin-streaks.png"));
  auto banded = openOk(fixture("faint-streaked.png"));
  auto plain = openOk(fixture("letter.png"));
  auto grid = openOk(fixture("table-grid.png"));
  ASSERT_TRUE(streaked && banded && plain && grid);
  EXPECT_FALSE(hasNote(pageOk(*grid, 1), "streaks removed")) << "a table's rules are no streaks";
  const Page page = pageOk(*streaked, 1);
  EXPECT_TRUE(hasNote(page, "streaks removed"));
  EXPECT_FALSE(hasNote(pageOk(*banded, 1), "streaks removed"));
  EXPECT_FALSE(hasNote(pageOk(*plain, 1), "streaks removed"));
  // Halfway down, the first line runs at x = 730: now paper.
  l_uint32 value = 0;
  pixGetPixel(page.image.pix(), 730, 1754, &value);
  EXPECT_GT(value, 150u);
}

TEST(ScanCleanup, FadedPageIsNotBlank) {
  auto faded = openOk(fixture("faded.png"));
  ASSERT_TRUE(faded);
  const Page page = pageOk(*faded, 1);
  EXPECT_FALSE(page.blank);
  EXPECT_TRUE(hasNote(page, "faded text"));
}

TEST(ScanTiff, MultiPageReadPageByPage) {
  auto document = openOk(fixture("pages.tif"));
  ASSERT_TRUE(document);
  EXPECT_EQ(document->type(), FileType::tiff);
  ASSERT_EQ(document->pageCount(), 3);
  const Page first = pageOk(*document, 1);
  EXPECT_FALSE(first.blank);
  EXPECT_FALSE(first.image.empty());
  EXPECT_TRUE(pageOk(*document, 2).blank);
  EXPECT_TRUE(hasNote(pageOk(*document, 3), "rotated 180"));
  EXPECT_FALSE(document->page(4, false).ok());
}

TEST(ScanPdf, TextLayerGivesWordsInPixels) {
  auto document = openOk(fixture("text.pdf"));
  ASSERT_TRUE(document);
  const Page page = pageOk(*document, 1);
  ASSERT_FALSE(page.textLayer.empty());
  EXPECT_TRUE(page.image.empty()) << "no raster needed for a text-layer page";
  EXPECT_EQ(page.width, 2480);
  EXPECT_EQ(page.height, 3508);
  bool found = false;
  for (const LayerWord& word : page.textLayer) {
    found = found || word.text == "Pencabutan";
    EXPECT_GE(word.x0, 0);
    EXPECT_LT(word.x0, word.x1);
    EXPECT_LT(word.y0, word.y1);
    EXPECT_LE(word.x1, page.width);
    EXPECT_LE(word.y1, page.height);
  }
  EXPECT_TRUE(found);
  // The first line is drawn 1 inch (300 px) below the top edge.
  EXPECT_NEAR(page.textLayer.front().y1, 300, 20);

  const Page withImage = pageOk(*document, 1, true);
  EXPECT_FALSE(withImage.image.empty());
  EXPECT_EQ(withImage.image.width(), page.width);
}

TEST(ScanPdf, ImageOnlyPageIsRasterised) {
  auto document = openOk(fixture("image.pdf"));
  ASSERT_TRUE(document);
  const Page page = pageOk(*document, 1);
  EXPECT_TRUE(page.textLayer.empty());
  ASSERT_FALSE(page.image.empty());
  EXPECT_TRUE(hasNote(page, "rasterised 300 dpi"));
  EXPECT_NEAR(page.width, 2480, 2);
}

}  // namespace
}  // namespace cabut::scan
