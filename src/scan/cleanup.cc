#include "scan/cleanup.h"

#include <cmath>
#include <cstdio>
#include <numbers>
#include <string>

namespace cabut::scan {
namespace {

// Leptonica's orientation detector counts ascender/descender shapes; below these confidences
// it says "unknown" and the page is left as it is. Stricter than Leptonica's defaults (8, 2.5)
// because turning an upright page over is far worse than leaving a rare rotated one.
constexpr float kMinUpConfidence = 10.0f;
constexpr float kMinUpToLeftRatio = 3.0f;
// pixFindSkew's confidence below which the measured angle is noise.
constexpr float kMinSkewConfidence = 3.0f;
constexpr float kMinSkewDegrees = 0.1f;
// A page with fewer glyph-sized marks than this has no letter on it.
constexpr int kMinGlyphsForText = 25;
// Threshold on the background-normalised image (background maps to 200, ink near 0).
constexpr int kAnalysisThreshold = 130;

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
    page.cleanup.push_back("grey from brightest channel");
    return PixPtr(pixConvertRGBToGrayMinMax(source, L_CHOOSE_MAX));
  }
  return PixPtr(pixConvertTo8(source, 0));
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

// Quarter turns (clockwise) that bring the text upright, 0 when unsure.
int uprightQuarterTurns(PIX* binary) {
  l_float32 upConfidence = 0, leftConfidence = 0;
  if (pixOrientDetect(binary, &upConfidence, &leftConfidence, 0, 0) != 0) return 0;
  l_int32 orientation = L_TEXT_ORIENT_UNKNOWN;
  makeOrientDecision(upConfidence, leftConfidence, kMinUpConfidence, kMinUpToLeftRatio,
                     &orientation, 0);
  switch (orientation) {
    case L_TEXT_ORIENT_LEFT:
      return 1;
    case L_TEXT_ORIENT_DOWN:
      return 2;
    case L_TEXT_ORIENT_RIGHT:
      return 3;
    default:
      return 0;
  }
}

void rotateQuarters(PixPtr& pix, int quarters) {
  pix.reset(pixRotateOrth(pix.get(), quarters));
}

std::string formatDegrees(float degrees) {
  char text[48];
  std::snprintf(text, sizeof text, "deskewed %.2f deg", static_cast<double>(degrees));
  return text;
}

}  // namespace

void cleanPage(PixPtr raw, const Cleanup& cleanup, Page& page) {
  PixPtr grey = toGrey(raw.get(), page);
  raw.reset();
  if (!grey) return;

  PixPtr normalised(pixBackgroundNormSimple(grey.get(), nullptr, nullptr));
  if (!normalised) normalised.reset(pixClone(grey.get()));
  PixPtr binary(pixThresholdToBinary(normalised.get(), kAnalysisThreshold));
  // Analysis at half resolution is as good and four times cheaper.
  PixPtr analysis(pixReduceRankBinaryCascade(binary.get(), 1, 0, 0, 0));
  binary.reset();
  const int analysisDpi = page.dpi / 2;

  PixPtr ocrImage;
  switch (cleanup.background) {
    case Cleanup::Background::keep:
      ocrImage = std::move(grey);
      break;
    case Cleanup::Background::normalise:
      ocrImage = std::move(normalised);
      page.cleanup.push_back("background normalised");
      break;
    case Cleanup::Background::whiten:
      ocrImage.reset(pixCleanBackgroundToWhite(grey.get(), nullptr, nullptr, 1.0, 70, 190));
      if (!ocrImage) ocrImage = std::move(normalised);
      page.cleanup.push_back("background whitened");
      break;
  }
  grey.reset();
  normalised.reset();

  if (countGlyphs(analysis.get(), analysisDpi) < kMinGlyphsForText) {
    page.blank = true;
    page.cleanup.push_back("blank");
  } else {
    if (cleanup.orient) {
      const int quarters = uprightQuarterTurns(analysis.get());
      if (quarters != 0) {
        rotateQuarters(ocrImage, quarters);
        rotateQuarters(analysis, quarters);
        page.cleanup.push_back("rotated " + std::to_string(quarters * 90));
      }
    }
    if (cleanup.deskew) {
      l_float32 angle = 0, confidence = 0;
      if (pixFindSkew(analysis.get(), &angle, &confidence) == 0 &&
          confidence >= kMinSkewConfidence && std::fabs(angle) >= kMinSkewDegrees) {
        const float radians = angle * std::numbers::pi_v<float> / 180.0f;
        PixPtr straight(
            pixRotate(ocrImage.get(), radians, L_ROTATE_AREA_MAP, L_BRING_IN_WHITE, 0, 0));
        if (straight) {
          ocrImage = std::move(straight);
          page.cleanup.push_back(formatDegrees(angle));
        }
      }
    }
  }
  pixSetResolution(ocrImage.get(), page.dpi, page.dpi);
  page.width = static_cast<int>(pixGetWidth(ocrImage.get()));
  page.height = static_cast<int>(pixGetHeight(ocrImage.get()));
  page.image = Image(ocrImage.release());
}

}  // namespace cabut::scan
