// Finding the project's shipped data (rules/, config/) whatever the current directory is.
#pragma once

#include <string>

namespace cabut {

// The folder holding rules/ and config/: $CABUT_HOME if set; else next to the binary
// (<exe>/.. in a build tree inside the checkout, <exe>/../share/cabut when installed);
// else the source tree the binary was built from. Never empty; may not exist.
std::string dataDir();

// dataDir() + "/rules" and dataDir() + "/config".
std::string defaultRulesDir();
std::string defaultConfigDir();

}  // namespace cabut
