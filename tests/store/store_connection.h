// Which databases the store and daemon tests run on: SQLite always (a file in a temp
// folder), PostgreSQL when scripts/test-postgres exported CABUT_TEST_POSTGRES (a libpq
// connection string).
#pragma once

#include <string>

namespace cabut::testing {

// A fresh temp folder under $TMPDIR, removed by the caller if it likes.
std::string makeTempDir(const std::string& prefix);

// A new, empty database on the test server for one test (ctest runs tests in parallel, so
// they never share one), as a connection string; empty when no server is given.
std::string freshPostgresDatabase();

}  // namespace cabut::testing
