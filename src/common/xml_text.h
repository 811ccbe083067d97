// Text from scans is attacker-controlled: make any byte string safe to put into XML 1.0.
#pragma once

#include <string>
#include <string_view>

namespace cabut {

// Returns valid UTF-8 holding only characters XML 1.0 allows: invalid UTF-8 sequences become
// U+FFFD, C0 controls other than tab/newline/CR, U+FFFE/U+FFFF and surrogates are dropped.
std::string xmlSafeText(std::string_view bytes);

}  // namespace cabut
