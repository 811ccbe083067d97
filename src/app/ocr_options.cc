#include "app/ocr_options.h"

namespace cabut::app {

ocr::Options ocrOptionsFrom(const Poco::Util::AbstractConfiguration& config) {
  ocr::Options options;
  options.languages = config.getString("ocr.languages", options.languages);
  options.pageDeadlineSeconds = config.getInt("ocr.deadlineSeconds", options.pageDeadlineSeconds);
  options.maxPixels = static_cast<long long>(
      config.getDouble("ocr.maxPixels", static_cast<double>(options.maxPixels)));
  options.maxPages = config.getInt("scan.maxPages", options.maxPages);
  options.rasterDpi = config.getInt("scan.rasterDpi", options.rasterDpi);
  options.jobs = config.getInt("workers", options.jobs);
  return options;
}

}  // namespace cabut::app
