// Which databases the store tests run on: SQLite always (a file in a temp folder), PostgreSQL
// when scripts/test-postgres exported CABUT_TEST_POSTGRES (a libpq connection string).
#pragma once

#include <string>

#include "store/store.h"

namespace cabut::testing {

// A fresh temp folder under $TMPDIR, removed by the caller if it likes.
std::string makeTempDir(const std::string& prefix);

// The PostgreSQL connection string for tests, or empty (the test then skips).
std::string postgresConnection();

// Drops every table of the test database, so each test starts from an empty schema.
void resetPostgres(const std::string& connection);

}  // namespace cabut::testing
