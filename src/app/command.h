// The `cabut` binary is one Poco Util application per subcommand. Each subcommand lives in
// its own command_<name>.cc and registers itself here; main() only dispatches.
#pragma once

#include <Poco/Util/Application.h>
#include <Poco/Util/ServerApplication.h>

#include <functional>
#include <map>
#include <memory>
#include <string>

namespace cabut::app {

// Exit codes are part of the documented interface (README): keep them stable.
enum ExitCode : int {
  kExitOk = 0,          // every input read
  kExitSomeFailed = 1,  // output written, but some file could not be read
  kExitUsage = 2,       // bad usage or bad configuration / rules
};

struct CommandInfo {
  std::string summary;                            // one line for `cabut --help`
  std::function<int(int argc, char** argv)> run;  // argv[0] is the binary, then the args
};

std::map<std::string, CommandInfo>& commandRegistry();

struct RegisterCommand {
  RegisterCommand(const std::string& name, CommandInfo info) {
    commandRegistry().emplace(name, std::move(info));
  }
};

// Runs a Poco Application subclass the way every subcommand should: usage errors and
// configuration errors print a readable message and give kExitUsage.
int runApplication(Poco::Util::Application& application, int argc, char** argv);

// CommandInfo::run for a subcommand that is one Application subclass, made fresh per run.
template <typename ApplicationType>
int runCommand(int argc, char** argv) {
  ApplicationType command;
  return runApplication(command, argc, argv);
}

// Common options for every subcommand: --help, --config FILE, -Dkey=value.
// Loads the embedded defaults first, then the configuration file, then -D overrides.
// A template over the Poco base so that one-shot commands (Application) and the daemon
// (ServerApplication, `cabut serve`) share the same option and configuration handling.
template <typename AppBase>
class BasicCommand : public AppBase {
 protected:
  BasicCommand(std::string name, std::string usageArgs, std::string description);

  void defineOptions(Poco::Util::OptionSet& options) override;
  void initialize(Poco::Util::Application& self) override;
  int main(const std::vector<std::string>& args) override;

  // The subcommand's own work, called unless --help was asked for.
  virtual int run(const std::vector<std::string>& args) = 0;

  bool helpRequested() const { return helpRequested_; }
  void printHelp();

 private:
  void handleHelp(const std::string& name, const std::string& value);
  void handleConfig(const std::string& name, const std::string& value);
  void handleDefine(const std::string& name, const std::string& value);

  std::string name_, usageArgs_, description_;
  bool helpRequested_ = false;
  std::string configFile_;
  std::vector<std::pair<std::string, std::string>> overrides_;
};

using Command = BasicCommand<Poco::Util::Application>;
using ServerCommand = BasicCommand<Poco::Util::ServerApplication>;

extern template class BasicCommand<Poco::Util::Application>;
extern template class BasicCommand<Poco::Util::ServerApplication>;

}  // namespace cabut::app
