// Internal to store/: the schema as numbered migrations, applied in order at start-up.
// Append new versions; never edit a released one.
#pragma once

#include "store/database.h"

namespace cabut::store {

// Applies every migration newer than the database's version; returns the version reached.
// Throws Poco::Exception on a database error.
int migrate(Database& database);

}  // namespace cabut::store
