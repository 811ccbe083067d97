// Test inputs made by make_fixtures.py on first use (shared by tests/scan and tests/ocr).
#pragma once

#include <string>

namespace cabut::testing {

// The folder holding letter.png, letter-r90.png, pages.tif, text.pdf, bad/... (see
// make_fixtures.py). Generated once per build tree; safe when tests run in parallel.
const std::string& fixturesDir();

// fixturesDir() + "/" + name
std::string fixture(const std::string& name);

}  // namespace cabut::testing
