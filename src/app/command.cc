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

template <typename AppBase>
BasicCommand<AppBase>::BasicCommand(std::string name, std::string usageArgs,
                                    std::string description)
    : name_(std::move(name)),
      usageArgs_(std::move(usageArgs)),
      description_(std::move(description)) {
  this->setUnixOptions(true);
}

template <typename AppBase>
void BasicCommand<AppBase>::defineOptions(Poco::Util::OptionSet& options) {
  AppBase::defineOptions(options);
  options.addOption(
      Poco::Util::Option("help", "h", "show this help and exit")
          .required(false)
          .repeatable(false)
          .callback(Poco::Util::OptionCallback<BasicCommand>(this, &BasicCommand::handleHelp)));
  options.addOption(
      Poco::Util::Option("config", "c", "read configuration from FILE (XML)")
          .required(false)
          .repeatable(false)
          .argument("FILE")
          .callback(Poco::Util::OptionCallback<BasicCommand>(this, &BasicCommand::handleConfig)));
  options.addOption(
      Poco::Util::Option("define", "D", "override a configuration key: -Dkey=value")
          .required(false)
          .repeatable(true)
          .argument("key=value")
          .callback(Poco::Util::OptionCallback<BasicCommand>(this, &BasicCommand::handleDefine)));
}

template <typename AppBase>
void BasicCommand<AppBase>::handleHelp(const std::string&, const std::string&) {
  helpRequested_ = true;
  this->stopOptionsProcessing();
}

template <typename AppBase>
void BasicCommand<AppBase>::handleConfig(const std::string&, const std::string& value) {
  // Loaded here, during option processing, so a bad file is a usage error (exit 2).
  configFile_ = value;
  this->config().add(new Poco::Util::XMLConfiguration(configFile_), 0, false);
}

template <typename AppBase>
void BasicCommand<AppBase>::handleDefine(const std::string&, const std::string& value) {
  const auto eq = value.find('=');
  if (eq == std::string::npos || eq == 0)
    throw Poco::Util::InvalidArgumentException("-D expects key=value, got: " + value);
  overrides_.emplace_back(value.substr(0, eq), value.substr(eq + 1));
}

template <typename AppBase>
void BasicCommand<AppBase>::initialize(Poco::Util::Application& self) {
  // Priorities: -D overrides (-100, highest) > --config file (0, added while parsing options)
  // > embedded defaults (100).
  Poco::AutoPtr<Poco::Util::MapConfiguration> defaults(new Poco::Util::MapConfiguration);
  loadDefaults(*defaults);
  this->config().add(defaults, 100, false);
  if (!overrides_.empty()) {
    Poco::AutoPtr<Poco::Util::MapConfiguration> defined(new Poco::Util::MapConfiguration);
    for (const auto& [key, value] : overrides_) defined->setString(key, value);
    this->config().add(defined, -100, false);
  }
  AppBase::initialize(self);
}

template <typename AppBase>
void BasicCommand<AppBase>::printHelp() {
  Poco::Util::HelpFormatter formatter(this->options());
  formatter.setCommand("cabut " + name_);
  formatter.setUsage("[OPTIONS] " + usageArgs_);
  formatter.setHeader(description_);
  formatter.setUnixStyle(true);
  formatter.format(std::cout);
}

template <typename AppBase>
int BasicCommand<AppBase>::main(const std::vector<std::string>& args) {
  if (helpRequested_) {
    printHelp();
    return kExitOk;
  }
  return run(args);
}

template class BasicCommand<Poco::Util::Application>;
template class BasicCommand<Poco::Util::ServerApplication>;

}  // namespace cabut::app
