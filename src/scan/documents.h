// The two kinds of Document (internal to scan/): images read by Leptonica, PDFs by poppler.
#pragma once

#include <memory>
#include <string>

#include "scan/scan.h"

namespace cabut::scan {

// TIFF (one or many pages), PNG, JPEG. Checks page count and every page's header.
Result<std::unique_ptr<Document>> openImage(const std::string& path, FileType type,
                                            const Limits& limits, const Cleanup& cleanup);

Result<std::unique_ptr<Document>> openPdf(const std::string& path, const Limits& limits,
                                          const Cleanup& cleanup);

}  // namespace cabut::scan
