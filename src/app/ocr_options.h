// The reading options every command that reads scans takes from the configuration.
#pragma once

#include <Poco/Util/AbstractConfiguration.h>

#include "ocr/ocr.h"

namespace cabut::app {

// ocr.languages, ocr.deadlineSeconds, ocr.maxPixels, scan.maxPages, scan.rasterDpi, workers.
ocr::Options ocrOptionsFrom(const Poco::Util::AbstractConfiguration& config);

}  // namespace cabut::app
