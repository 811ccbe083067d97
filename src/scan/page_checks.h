// Limits every page passes before it is decoded (internal to scan/).
#pragma once

#include <optional>

#include "scan/scan.h"

namespace cabut::scan {

// A Failure ("too-many-pages") when a file has more pages than the limit.
std::optional<Failure> checkPageCount(int pages, const Limits& limits);

// A Failure ("empty-image", "too-many-pixels") for a page of width x height pixels.
std::optional<Failure> checkPixels(long long width, long long height, const Limits& limits);

}  // namespace cabut::scan
