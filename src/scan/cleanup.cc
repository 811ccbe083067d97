#include "scan/cleanup.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numbers>
#include <optional>
#include <string>
#include <vector>

namespace cabut::scan {
namespace {

// Leptonica's orientation detector counts ascender/descender shapes (upConfidence > 0:
// upright, < 0: upside down; leftConfidence the same for sideways text). It is cheap and on
// letters sure of upright and upside-down pages, but weak on sideways ones: only a clear
// answer is taken here; anything else is left to Tesseract's detector (turn()). Measured on
// generated letters: upright pages score 13..26 with |left| under a quarter of that.
constexpr float kMinSureConfidence = 10.0f;
constexpr float kMinSureRatio = 2.5f;
// pixFindSkew's confidence below which the measured angle is noise.
constexpr float kMinSkewConfidence = 3.0f;
constexpr float kMinSkewDegrees = 0.1f;
// A page with fewer glyph-sized marks than this has no letter on it.
constexpr int kMinGlyphsForText = 25;
// Thresholds on the background-normalised image (background maps to 200, ink near 0). Faded
// scans print at 150..180: when the dark threshold finds no text, the light one is tried
// before a page is called blank (bleed-through from a duplex back stays above it).
constexpr int kAnalysisThreshold = 130;
constexpr int kFadedThreshold = 180;
// Faint pages (withStretchedContrast): the share of pixels taken for the darkest print,
// the paper's level after normalisation, and a margin under it that becomes white.
constexpr float kFaintInkRank = 0.005f;
constexpr int kNormalisedPaper = 200;
constexpr int kStretchMargin = 8;
constexpr l_uint32 kMinStretch = 10;
// Colour dropout (toGrey): chroma (max - min channel) that black print keeps under JPEG
// noise, and how much lighter each further level of chroma makes a pixel.
constexpr int kChromaOfBlackInk = 20;
constexpr float kChromaLightening = 6.0f;
// Dark ink only (withDarkInkOnly), on the background-normalised image (paper at 200): ink
// is what is darker than kDarkInk; a page with less than kMinDarkInkShare of its pixels that
// dark is faded and left alone. Ink up to kPrintCoreMargin lighter than the darkest quarter
// of it stays. Measured on degraded seeds 12 and 15 (region re-reads only): margins 10 / 20 /
// 35 gave +1 / +13 / +10 fields of 1231.
constexpr int kDarkInk = 128;
constexpr double kMinDarkInkShare = 0.005;
constexpr double kPrintCoreRank = 0.25;
constexpr int kPrintCoreMargin = 20;
// Marks lighter than the print (lightMarks, on the page at half resolution): ink under
// kMarkInk on the normalised image, lighter than the print's darkest (the level
// kPrintDarkestRank of the dark ink is darker than) by kMarkMargin, more than a pixel from
// print, in a piece at least kMinMarkInches tall (taller than a line of letters) and not
// kStreakShape times taller than wide, once straight runs (rules) are gone. The core of
// withDarkInkOnly takes in the strokes' grey edges, where a stamp's and a pen's ink lie too.
// The print's core (printCoreIn) is what is darker than the darkest by kReadMargin: on
// degraded seed 11, margins 22 / 30 / 40 read a stamped title with 81 / 82 / 70 sure
// letters (59 as scanned).
constexpr double kPrintDarkestRank = 0.05;
constexpr int kMarkInk = 150;
constexpr int kMarkMargin = 15;
constexpr int kReadMargin = 30;
constexpr int kPrintHalo = 3;  // at half resolution
constexpr double kMinMarkInches = 0.3;
constexpr int kStreakShape = 8;

// Colour scans: the brightest channel keeps black ink dark but turns blue, red or purple
// stamps and signatures light, so text under a stamp stays readable.
PixPtr toGrey(PIX* raw, Page& page) {
  PixPtr decoded;
  PIX* source = raw;
  if (pixGetColormap(raw)) {
    decoded.reset(pixRemoveColormap(raw, REMOVE_CMAP_BASED_ON_SRC));
    source = decoded.get();
  }
  if (pixGetDepth(source) == 32) {
    PixPtr grey(pixConvertRGBToGrayMinMax(source, L_CHOOSE_MAX));
    PixPtr chroma(pixConvertRGBToGrayMinMax(source, L_CHOOSE_MAXDIFF));
    if (!grey || !chroma) return grey;
    // Colour dropout: black print has next to no chroma, a blue or purple stamp or
    // signature plenty, even where it is dark (navy ink is dark in every channel). Each
    // pixel is lightened by its chroma beyond what JPEG noise gives black text, so the
    // marks fade while the print under them (darkened by them, not coloured) stays.
    pixAddConstantGray(chroma.get(), -kChromaOfBlackInk);
    pixMultConstantGray(chroma.get(), kChromaLightening);
    pixAddGray(grey.get(), grey.get(), chroma.get());
    page.cleanup.push_back("grey from brightest channel, colour dropped");
    return grey;
  }
  return PixPtr(pixConvertTo8(source, 0));
}

PixPtr binaryOf(PIX* grey) {
  PixPtr normalised(pixBackgroundNormSimple(grey, nullptr, nullptr));
  return PixPtr(pixThresholdToBinary(normalised ? normalised.get() : grey, kAnalysisThreshold));
}

// Marks sized like letters (not specks, not rules or photos), away from the page edges.
int countGlyphs(PIX* binary, int dpi) {
  BoxaPtr boxes(pixConnCompBB(binary, 8));
  if (!boxes) return 0;
  const int width = pixGetWidth(binary), height = pixGetHeight(binary);
  const int marginX = width / 20, marginY = height / 20;
  const double minHeight = dpi * 0.03, maxHeight = dpi * 0.5, maxWidth = dpi * 1.0;
  int glyphs = 0;
  for (int i = 0; i < boxaGetCount(boxes.get()); ++i) {
    l_int32 x = 0, y = 0, w = 0, h = 0;
    boxaGetBoxGeometry(boxes.get(), i, &x, &y, &w, &h);
    if (x < marginX || y < marginY || x + w > width - marginX || y + h > height - marginY) {
      continue;
    }
    if (h >= minHeight && h <= maxHeight && w >= 2 && w <= maxWidth) ++glyphs;
  }
  return glyphs;
}

enum class Orientation { upright, upsideDown, unsure };

Orientation detectOrientation(PIX* binary) {
  l_float32 up = 0, left = 0;
  if (pixOrientDetect(binary, &up, &left, 0, 0) != 0) return Orientation::unsure;
  if (std::fabs(up) < kMinSureConfidence || std::fabs(up) < kMinSureRatio * std::fabs(left)) {
    return Orientation::unsure;
  }
  return up > 0 ? Orientation::upright : Orientation::upsideDown;
}

void rotateQuarters(PixPtr& pix, int quarters) {
  if (quarters % 4 != 0) pix.reset(pixRotateOrth(pix.get(), quarters % 4));
}

void deskew(PixPtr& image, PIX* binary, Page& page) {
  l_float32 angle = 0, confidence = 0;
  if (pixFindSkew(binary, &angle, &confidence) != 0 || confidence < kMinSkewConfidence ||
      std::fabs(angle) < kMinSkewDegrees) {
    return;
  }
  const float radians = angle * std::numbers::pi_v<float> / 180.0f;
  PixPtr straight(pixRotate(image.get(), radians, L_ROTATE_AREA_MAP, L_BRING_IN_WHITE, 0, 0));
  if (!straight) return;
  image = std::move(straight);
  char note[48];
  std::snprintf(note, sizeof note, "deskewed %.2f deg", static_cast<double>(angle));
  page.cleanup.push_back(note);
}

// Underlined signatory names and table rules make Tesseract's layout analysis take the
// text for a picture; a horizontal line longer than a third of an inch is no letter.
void removeRules(PixPtr& image, Page& page) {
  PixPtr binary(pixConvertTo1(image.get(), kFadedThreshold));
  if (!binary) return;
  PixPtr rules(pixOpenBrick(nullptr, binary.get(), page.dpi / 3, 1));
  if (!rules) return;
  l_int32 count = 0;
  pixCountPixels(rules.get(), &count, nullptr);
  if (count == 0) return;
  PixPtr covered(pixDilateBrick(nullptr, rules.get(), 3, 5));
  PixPtr cleaned(pixCopy(nullptr, image.get()));
  if (!covered || !cleaned) return;
  pixPaintThroughMask(cleaned.get(), covered.get(), 0, 0, 255);
  image = std::move(cleaned);
  page.cleanup.push_back("rules removed");
}

void setImage(Page& page, PixPtr image) {
  pixSetResolution(image.get(), page.dpi, page.dpi);
  page.width = static_cast<int>(pixGetWidth(image.get()));
  page.height = static_cast<int>(pixGetHeight(image.get()));
  page.image = Image(image.release());
}

}  // namespace

void cleanPage(PixPtr raw, const Cleanup& cleanup, Page& page) {
  PixPtr grey = toGrey(raw.get(), page);
  raw.reset();
  if (!grey) return;

  PixPtr normalised(pixBackgroundNormSimple(grey.get(), nullptr, nullptr));
  if (!normalised) normalised.reset(pixClone(grey.get()));
  PixPtr binary(pixThresholdToBinary(normalised.get(), kAnalysisThreshold));
  PixPtr analysisSource(pixClone(normalised.get()));

  // Measured on degraded letters (bench/ocr/accuracy.py, README there): the grey image as
  // scanned reads best; Tesseract's own Otsu binarisation copes with grey and faded pages,
  // and its orientation detector fails on normalised (low-contrast) images.
  PixPtr image;
  switch (cleanup.background) {
    case Cleanup::Background::keep:
      image = std::move(grey);
      break;
    case Cleanup::Background::normalise:
      image = std::move(normalised);
      page.cleanup.push_back("background normalised");
      break;
    case Cleanup::Background::whiten:
      image.reset(pixCleanBackgroundToWhite(grey.get(), nullptr, nullptr, 1.0, 70, 190));
      if (!image) image = std::move(normalised);
      page.cleanup.push_back("background whitened");
      break;
  }
  grey.reset();
  normalised.reset();

  if (countGlyphs(binary.get(), page.dpi) < kMinGlyphsForText) {
    PixPtr faded(pixThresholdToBinary(analysisSource.get(), kFadedThreshold));
    if (faded && countGlyphs(faded.get(), page.dpi) >= kMinGlyphsForText) {
      binary = std::move(faded);
      page.cleanup.push_back("faded text");
    }
  }
  analysisSource.reset();
  if (countGlyphs(binary.get(), page.dpi) < kMinGlyphsForText) {
    page.blank = true;
    page.cleanup.push_back("blank");
    setImage(page, std::move(image));
    return;
  }
  if (cleanup.orient) {
    switch (detectOrientation(binary.get())) {
      case Orientation::upright:
        break;
      case Orientation::upsideDown:
        rotateQuarters(image, 2);
        rotateQuarters(binary, 2);
        page.cleanup.push_back("rotated 180");
        break;
      case Orientation::unsure:
        // Deskewing waits for turn(): a sideways page has no horizontal lines to measure.
        page.orientationKnown = false;
        break;
    }
  }
  // Streaks run down an upright page; on a sideways one the text lines would pass for them.
  if (page.orientationKnown) removeStreaks(image, page);
  if (cleanup.deskew && page.orientationKnown) deskew(image, binary.get(), page);
  if (cleanup.removeRules && page.orientationKnown) removeRules(image, page);
  setImage(page, std::move(image));
}

namespace {

Page emptyCopy(const Page& page) {
  Page copy;
  copy.number = page.number;
  copy.dpi = page.dpi;
  copy.width = page.width;
  copy.height = page.height;
  copy.blank = page.blank;
  copy.orientationKnown = page.orientationKnown;
  copy.cleanup = page.cleanup;
  return copy;
}

}  // namespace

Page withNormalisedBackground(const Page& page) {
  Page flat = emptyCopy(page);
  if (page.image.empty()) return flat;
  PixPtr normalised(pixBackgroundNormSimple(page.image.pix(), nullptr, nullptr));
  if (!normalised) return flat;
  setImage(flat, std::move(normalised));
  flat.cleanup.push_back("background normalised (no text as scanned)");
  return flat;
}

Page turnedCopy(const Page& page, int degrees, const std::string& why) {
  Page turned = emptyCopy(page);
  if (page.image.empty()) return turned;
  const int quarters = ((degrees / 90) % 4 + 4) % 4;
  PixPtr image(quarters == 0 ? pixCopy(nullptr, page.image.pix())
                             : pixRotateOrth(page.image.pix(), quarters));
  if (!image) return turned;
  setImage(turned, std::move(image));
  turned.cleanup.push_back("turned " + std::to_string(quarters * 90) + " (" + why + ")");
  return turned;
}

Page withStretchedContrast(const Page& page) {
  Page stretched = emptyCopy(page);
  if (page.image.empty()) return stretched;
  // A 3x3 mean evens out the grain and keeps strokes two pixels wide.
  PixPtr smoothed(pixBlockconv(page.image.pix(), 1, 1));
  if (!smoothed) return stretched;
  PixPtr normalised(pixBackgroundNormSimple(smoothed.get(), nullptr, nullptr));
  if (!normalised) return stretched;
  l_uint32 darkest = 0;
  if (pixGetRankValue(normalised.get(), 2, kFaintInkRank, &darkest) != 0 ||
      darkest + kMinStretch >= kNormalisedPaper)
    return stretched;
  pixGammaTRC(normalised.get(), normalised.get(), 1.0f, static_cast<l_int32>(darkest),
              kNormalisedPaper - kStretchMargin);
  setImage(stretched, std::move(normalised));
  stretched.cleanup.push_back("grain smoothed, contrast stretched (no text as scanned)");
  return stretched;
}

namespace {

// The print's core on a background-normalised image: the level a quarter of the dark ink is
// darker than (the rest is the strokes' grey edges and the marks over them); nothing on an
// image with too little dark ink to tell (a faded page).
std::optional<int> printCore(PIX* normalised, double rank = kPrintCoreRank) {
  NumaPtr histogram(pixGetGrayHistogram(normalised, 1));
  if (!histogram) return std::nullopt;
  std::vector<double> counts(kDarkInk, 0.0);
  double ink = 0;
  for (int level = 0; level < kDarkInk; ++level) {
    l_float32 count = 0;
    numaGetFValue(histogram.get(), level, &count);
    counts[static_cast<size_t>(level)] = count;
    ink += count;
  }
  const double pixels = static_cast<double>(pixGetWidth(normalised)) * pixGetHeight(normalised);
  if (ink < pixels * kMinDarkInkShare) return std::nullopt;
  int core = 0;
  for (double seen = counts[0]; seen < ink * rank; seen += counts[static_cast<size_t>(core)])
    ++core;
  return core;
}

}  // namespace

Page withDarkInkOnly(const Page& page) {
  Page dark = emptyCopy(page);
  if (page.image.empty()) return dark;
  PixPtr normalised(pixBackgroundNormSimple(page.image.pix(), nullptr, nullptr));
  if (!normalised) return dark;
  const std::optional<int> core = printCore(normalised.get());
  if (!core) return dark;
  PixPtr dropped(pixGammaTRC(nullptr, normalised.get(), 1.0f, 0, *core + kPrintCoreMargin));
  if (!dropped) return dark;
  setImage(dark, std::move(dropped));
  dark.cleanup.push_back("only ink as dark as the print (level " + std::to_string(*core) + ")");
  return dark;
}

std::vector<Region> lightMarks(const Page& page) {
  if (page.image.empty()) return {};
  // Half the resolution is plenty to find marks a third of an inch tall, at a quarter of the
  // cost.
  PixPtr half(pixScaleAreaMap2(page.image.pix()));
  if (!half) return {};
  PixPtr normalised(pixBackgroundNormSimple(half.get(), nullptr, nullptr));
  if (!normalised) return {};
  const std::optional<int> darkest = printCore(normalised.get(), kPrintDarkestRank);
  if (!darkest) return {};
  PixPtr ink(pixThresholdToBinary(normalised.get(), kMarkInk));
  PixPtr print(pixThresholdToBinary(normalised.get(), *darkest + kMarkMargin));
  if (!ink || !print) return {};
  PixPtr halo(pixDilateBrick(nullptr, print.get(), kPrintHalo, kPrintHalo));
  if (!halo) return {};
  PixPtr light(pixSubtract(nullptr, ink.get(), halo.get()));
  if (!light) return {};
  // A table's thin rules and an underline are lighter than the print's core as well: straight
  // runs of a quarter inch go first, so that a grid falls apart into specks.
  const int rule = page.dpi / 8;
  PixPtr across(pixOpenBrick(nullptr, light.get(), rule, 1));
  PixPtr down(pixOpenBrick(nullptr, light.get(), 1, rule));
  if (!across || !down) return {};
  pixOr(across.get(), across.get(), down.get());
  PixPtr rules(pixDilateBrick(nullptr, across.get(), 3, 3));
  if (!rules) return {};
  pixSubtract(light.get(), light.get(), rules.get());
  l_int32 changed = 0;
  const int minHeight = static_cast<int>(page.dpi * kMinMarkInches / 2);
  PixPtr marks(
      pixSelectBySize(light.get(), 0, minHeight, 8, L_SELECT_HEIGHT, L_SELECT_IF_GTE, &changed));
  if (!marks) return {};
  BoxaPtr pieces(pixConnCompBB(marks.get(), 8));
  const int count = pieces ? boxaGetCount(pieces.get()) : 0;
  std::vector<Region> found;
  for (int i = 0; i < count; ++i) {
    l_int32 x = 0, y = 0, w = 0, h = 0;
    boxaGetBoxGeometry(pieces.get(), i, &x, &y, &w, &h);
    // A copier's streak down the page crosses every line and hides none.
    if (w * kStreakShape < h) continue;
    found.push_back(Region{2 * x, 2 * y, std::min(page.width, 2 * (x + w)),
                           std::min(page.height, 2 * (y + h))});
  }
  return found;
}

std::optional<PrintCore> printCoreIn(const Page& page, Region area) {
  if (page.image.empty()) return std::nullopt;
  // Room around the area for the background estimate.
  const int room = page.dpi / 4;
  const int x0 = std::max(0, area.x0 - room), y0 = std::max(0, area.y0 - room);
  const int x1 = std::min(page.width, area.x1 + room), y1 = std::min(page.height, area.y1 + room);
  if (x1 <= x0 || y1 <= y0) return std::nullopt;
  BoxPtr box(boxCreate(x0, y0, x1 - x0, y1 - y0));
  PixPtr clip(pixClipRectangle(page.image.pix(), box.get(), nullptr));
  if (!clip) return std::nullopt;
  PixPtr normalised(pixBackgroundNormSimple(clip.get(), nullptr, nullptr));
  if (!normalised) return std::nullopt;
  const std::optional<int> darkest = printCore(normalised.get(), kPrintDarkestRank);
  if (!darkest) return std::nullopt;
  PixPtr kept(pixThresholdToBinary(normalised.get(), *darkest + kReadMargin));
  if (!kept) return std::nullopt;
  PixPtr image(pixConvert1To8(nullptr, kept.get(), 255, 0));
  if (!image) return std::nullopt;
  pixSetResolution(image.get(), page.dpi, page.dpi);
  return PrintCore{Image(image.release()), Region{x0, y0, x1, y1}};
}

void turn(Page& page, int degrees, const Cleanup& cleanup) {
  page.orientationKnown = true;
  if (page.image.empty()) return;
  PixPtr image(pixClone(page.image.pix()));
  page.image = Image();
  const int quarters = ((degrees / 90) % 4 + 4) % 4;
  if (quarters != 0) {
    rotateQuarters(image, quarters);
    page.cleanup.push_back("rotated " + std::to_string(quarters * 90));
  }
  removeStreaks(image, page);
  if (cleanup.deskew) {
    PixPtr binary = binaryOf(image.get());
    if (binary) deskew(image, binary.get(), page);
  }
  if (cleanup.removeRules) removeRules(image, page);
  setImage(page, std::move(image));
}

}  // namespace cabut::scan
