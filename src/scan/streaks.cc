// Streak removal before OCR (part of the page clean-up; see cleanup.h).
#include <algorithm>

#include "scan/cleanup.h"

namespace cabut::scan {
namespace {

// Scanner and copier streaks: thin dark lines down the (upright) page. Tesseract's
// threshold falls between them and the paper, and faint print goes with the paper. A thin
// dark vertical line over a quarter of the page's height that no horizontal rule meets is
// no letter and no table: it is filled with the paper beside it. (Dark areas, such as the
// table a phone photo was taken on, are not thin and stay.)
constexpr int kStreakThreshold = 170;  // on the background-normalised page (paper at 200)

// Dark areas wider than a tenth of an inch and the margin around them, as scanned (the
// background normalisation makes such an area paper and leaves its edges dark).
PixPtr darkAreas(PIX* grey, int dpi) {
  PixPtr dark(pixThresholdToBinary(grey, 128));
  if (!dark) return nullptr;
  PixPtr wide(pixOpenCompBrick(nullptr, dark.get(), dpi / 10, 1));
  if (!wide) return nullptr;
  return PixPtr(pixDilateCompBrick(nullptr, wide.get(), dpi / 5, dpi / 10));
}

// Of the vertical runs, those long enough to be streaks (`minHeight`) that no horizontal
// rule meets: a table's vertical rules meet its horizontal ones, and the table's columns
// are read apart by them.
PixPtr streaksAmong(PIX* runs, PIX* horizontalRules, int minHeight) {
  PIXA* found = nullptr;
  BoxaPtr boxes(pixConnComp(runs, &found, 8));
  PixaPtr pieces(found);
  PixPtr streaks(pixCreateTemplate(runs));
  PixPtr nearRules(horizontalRules ? pixDilateBrick(nullptr, horizontalRules, 17, 17) : nullptr);
  if (!boxes || !pieces || !streaks || !nearRules) return nullptr;
  for (int i = 0; i < pixaGetCount(pieces.get()); ++i) {
    l_int32 x = 0, y = 0, w = 0, h = 0;
    boxaGetBoxGeometry(boxes.get(), i, &x, &y, &w, &h);
    if (h < minHeight) continue;
    PixPtr piece(pixaGetPix(pieces.get(), i, L_CLONE));
    BoxPtr area(boxCreate(x, y, w, h));
    PixPtr rulesThere(pixClipRectangle(nearRules.get(), area.get(), nullptr));
    if (!piece || !rulesThere) continue;
    PixPtr meeting(pixAnd(nullptr, rulesThere.get(), piece.get()));
    l_int32 met = 0;
    if (meeting) pixCountPixels(meeting.get(), &met, nullptr);
    if (met > 0) continue;
    pixRasterop(streaks.get(), x, y, w, h, PIX_PAINT, piece.get(), 0, 0);
  }
  return streaks;
}

}  // namespace

void removeStreaks(PixPtr& grey, Page& page) {
  PixPtr normalised(pixBackgroundNormSimple(grey.get(), nullptr, nullptr));
  if (!normalised) return;
  PixPtr dark(pixThresholdToBinary(normalised.get(), kStreakThreshold));
  normalised.reset();
  PixPtr areas = darkAreas(grey.get(), page.dpi);
  if (!dark || !areas) return;
  pixSubtract(dark.get(), dark.get(), areas.get());
  // Bridged and widened first: noise breaks a thin streak into dashes, and a streak on a
  // skewed page drifts sideways (2 px over a third of an inch at 1.5 degrees).
  // (Less than the gap between two lines of text, whose letters would stack up.)
  PixPtr bridged(pixCloseBrick(nullptr, dark.get(), 3, std::max(1, page.dpi / 60)));
  if (!bridged) return;
  PixPtr runs(pixOpenCompBrick(nullptr, bridged.get(), 1, page.dpi / 3));
  if (!runs) return;
  PixPtr rules(pixOpenCompBrick(nullptr, bridged.get(), page.dpi / 3, 1));
  PixPtr streaks = streaksAmong(runs.get(), rules.get(), pixGetHeight(grey.get()) / 4);
  if (!streaks) return;
  l_int32 count = 0;
  pixCountPixels(streaks.get(), &count, nullptr);
  if (count == 0) return;
  PixPtr covered(pixDilateCompBrick(nullptr, streaks.get(), 7, 3));
  // A grey closing across the streak: each pixel the brightest of its row's neighbours.
  PixPtr paper(pixCloseGray(grey.get(), 15, 1));
  if (!covered || !paper) return;
  pixCombineMasked(grey.get(), paper.get(), covered.get());
  page.cleanup.push_back("streaks removed");
}

}  // namespace cabut::scan
