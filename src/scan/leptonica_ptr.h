// RAII owners for the Leptonica handles scan/ uses (internal to scan/).
#pragma once

#include <leptonica/allheaders.h>

#include <memory>

namespace cabut::scan {

struct PixDestroy {
  void operator()(PIX* pix) const { pixDestroy(&pix); }
};
struct BoxaDestroy {
  void operator()(BOXA* boxa) const { boxaDestroy(&boxa); }
};

using PixPtr = std::unique_ptr<PIX, PixDestroy>;
using BoxaPtr = std::unique_ptr<BOXA, BoxaDestroy>;

}  // namespace cabut::scan
