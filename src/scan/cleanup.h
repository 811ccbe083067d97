// Page clean-up before OCR (internal to scan/): grey conversion, orientation, deskew,
// background normalisation and blank-page detection, each step recorded.
#pragma once

#include "scan/leptonica_ptr.h"
#include "scan/scan.h"

namespace cabut::scan {

// Fills page.image, width, height, blank and cleanup from a decoded image of any depth.
void cleanPage(PixPtr raw, const Cleanup& cleanup, Page& page);

// Fills thin dark streaks down an upright 8-bit page with the paper beside them (not a
// table's rules, not dark areas), noting "streaks removed" (streaks.cc).
void removeStreaks(PixPtr& grey, Page& page);

}  // namespace cabut::scan
