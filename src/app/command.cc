#include "app/command.h"

#include <Poco/Util/HelpFormatter.h>
#include <Poco/Util/IntValidator.h>
#include <Poco/Util/MapConfiguration.h>
#include <Poco/Util/Option.h>
#include <Poco/Util/OptionException.h>
#include <Poco/Util/OptionSet.h>
#include <Poco/Util/XMLConfiguration.h>

#include <iostream>

#include "app/defaults.h"

namespace cabut::app {

std::map<std::string, CommandInfo>& commandRegistry() {
  static std::map<std::string, CommandInfo> registry;
  return registry;
}

int runApplication(Poco::Util::Application& application, int argc, char** argv) {
  try {
    application.init(argc, argv);
  } catch (const Poco::Util::OptionException& e) {
    std::cerr << "cabut: " << e.displayText() << " (see --help)\n";
    return kExitUsage;
  } catch (const Poco::Exception& e) {
    std::cerr << "cabut: configuration error: " << e.displayText() << "\n";
    return kExitUsage;
  }
  try {
    return application.run();
  } catch (const Poco::Exception& e) {
    std::cerr << "cabut: " << e.displayText() << "\n";
    return kExitUsage;
  }
}

Command::Command(std::string name, std::string usageArgs, std::string description)
    : name_(std::move(name)),
      usageArgs_(std::move(usageArgs)),
      description_(std::move(description)) {
  setUnixOptions(true);
}

void Command::defineOptions(Poco::Util::OptionSet& options) {
  Application::defineOptions(options);
  options.addOption(Poco::Util::Option("help", "h", "show this help and exit")
                        .required(false)
                        .repeatable(false)
                        .callback(Poco::Util::OptionCallback<Command>(this, &Command::handleHelp)));
  options.addOption(
      Poco::Util::Option("config", "c", "read configuration from FILE (XML)")
          .required(false)
          .repeatable(false)
          .argument("FILE")
          .callback(Poco::Util::OptionCallback<Command>(this, &Command::handleConfig)));
  options.addOption(
      Poco::Util::Option("define", "D", "override a configuration key: -Dkey=value")
          .required(false)
          .repeatable(true)
          .argument("key=value")
          .callback(Poco::Util::OptionCallback<Command>(this, &Command::handleDefine)));
}

void Command::handleHelp(const std::string&, const std::string&) {
  helpRequested_ = true;
  stopOptionsProcessing();
}

void Command::handleConfig(const std::string&, const std::string& value) {
  // Loaded here, during option processing, so a bad file is a usage error (exit 2).
  configFile_ = value;
  config().add(new Poco::Util::XMLConfiguration(configFile_), 0, false);
}

void Command::handleDefine(const std::string&, const std::string& value) {
  const auto eq = value.find('=');
  if (eq == std::string::npos || eq == 0)
    throw Poco::Util::InvalidArgumentException("-D expects key=value, got: " + value);
  overrides_.emplace_back(value.substr(0, eq), value.substr(eq + 1));
}

void Command::initialize(Poco::Util::Application& self) {
  // Priorities: -D overrides (-100, highest) > --config file (0, added while parsing options)
  // > embedded defaults (100).
  Poco::AutoPtr<Poco::Util::MapConfiguration> defaults(new Poco::Util::MapConfiguration);
  loadDefaults(*defaults);
  config().add(defaults, 100, false);
  if (!overrides_.empty()) {
    Poco::AutoPtr<Poco::Util::MapConfiguration> defined(new Poco::Util::MapConfiguration);
    for (const auto& [key, value] : overrides_) defined->setString(key, value);
    config().add(defined, -100, false);
  }
  Application::initialize(self);
}

void Command::printHelp() {
  Poco::Util::HelpFormatter formatter(options());
  formatter.setCommand("cabut " + name_);
  formatter.setUsage("[OPTIONS] " + usageArgs_);
  formatter.setHeader(description_);
  formatter.setUnixStyle(true);
  formatter.format(std::cout);
}

int Command::main(const std::vector<std::string>& args) {
  if (helpRequested_) {
    printHelp();
    return kExitOk;
  }
  return run(args);
}

}  // namespace cabut::app
