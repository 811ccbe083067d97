// Page clean-up before OCR (internal to scan/): grey conversion, orientation, deskew,
// background normalisation and blank-page detection, each step recorded.
#pragma once

#include "scan/leptonica_ptr.h"
#include "scan/scan.h"

namespace cabut::scan {

// Fills page.image, width, height, blank and cleanup from a decoded image of any depth.
void cleanPage(PixPtr raw, const Cleanup& cleanup, Page& page);

}  // namespace cabut::scan
