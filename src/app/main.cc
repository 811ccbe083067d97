// cabut: one binary, one Poco application per subcommand (see command.h).
#include <cstring>
#include <iostream>
#include <vector>

#include "app/command.h"

namespace {

void printUsage() {
  std::cout << "cabut: revocation of electronic certificates from scanned letters\n\n"
               "usage: cabut COMMAND [OPTIONS] [ARGS]\n\ncommands:\n";
  for (const auto& [name, info] : cabut::app::commandRegistry())
    std::cout << "  " << name << std::string(name.size() < 10 ? 10 - name.size() : 1, ' ')
              << info.summary << "\n";
  std::cout << "\n`cabut COMMAND --help` describes each command.\n";
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2 || std::strcmp(argv[1], "--help") == 0 || std::strcmp(argv[1], "-h") == 0) {
    printUsage();
    return argc < 2 ? cabut::app::kExitUsage : cabut::app::kExitOk;
  }
  const auto& registry = cabut::app::commandRegistry();
  const auto command = registry.find(argv[1]);
  if (command == registry.end()) {
    std::cerr << "cabut: unknown command '" << argv[1] << "'\n";
    printUsage();
    return cabut::app::kExitUsage;
  }
  // The subcommand sees the binary as argv[0] followed by its own arguments.
  std::vector<char*> args{argv[0]};
  for (int i = 2; i < argc; ++i) args.push_back(argv[i]);
  args.push_back(nullptr);
  return command->second.run(static_cast<int>(args.size() - 1), args.data());
}
