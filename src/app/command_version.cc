// `cabut version`: the versions of cabut and of the engines it reads scans with.
#include <iostream>

#include "app/command.h"

namespace cabut::app {
namespace {

class VersionCommand final : public Command {
 public:
  VersionCommand() : Command("version", "", "Print cabut's version.") {}

 protected:
  int run(const std::vector<std::string>&) override {
    std::cout << "cabut " << CABUT_VERSION << "\n";
    return kExitOk;
  }
};

const RegisterCommand registration("version", {"print the version", runCommand<VersionCommand>});

}  // namespace
}  // namespace cabut::app
