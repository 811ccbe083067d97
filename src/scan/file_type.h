// Telling a scan's format from its first bytes (internal to scan/). Names lie; magic doesn't.
#pragma once

#include <string_view>

#include "scan/scan.h"

namespace cabut::scan {

// `head` is the file's first bytes (16 are enough). PDF may start after a little junk, as
// readers accept a header within the first 1024 bytes; pass that many when available.
FileType detectType(std::string_view head);

}  // namespace cabut::scan
