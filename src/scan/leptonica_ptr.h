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

struct PixaDestroy {
  void operator()(PIXA* pixa) const { pixaDestroy(&pixa); }
};
struct BoxDestroy {
  void operator()(BOX* box) const { boxDestroy(&box); }
};
struct NumaDestroy {
  void operator()(NUMA* numa) const { numaDestroy(&numa); }
};

using PixPtr = std::unique_ptr<PIX, PixDestroy>;
using PixaPtr = std::unique_ptr<PIXA, PixaDestroy>;
using BoxPtr = std::unique_ptr<BOX, BoxDestroy>;
using BoxaPtr = std::unique_ptr<BOXA, BoxaDestroy>;
using NumaPtr = std::unique_ptr<NUMA, NumaDestroy>;

}  // namespace cabut::scan
