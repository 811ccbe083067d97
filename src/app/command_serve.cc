// `cabut serve`: the inbox daemon. Wires the subsystems (store, inbox loop, workers, HTTP)
// and waits for SIGTERM/SIGINT; see README "cabut serve".
#include <Poco/AutoPtr.h>
#include <Poco/ConsoleChannel.h>
#include <Poco/FileChannel.h>
#include <Poco/FormattingChannel.h>
#include <Poco/Net/DNS.h>
#include <Poco/PatternFormatter.h>
#include <Poco/Process.h>
#include <Poco/SplitterChannel.h>

#include <csignal>
#include <filesystem>
#include <iostream>
#include <random>

#include "app/command.h"
#include "app/serve_http.h"
#include "app/serve_pipeline.h"

namespace cabut::app {
namespace {

// Console and a rotating file, one line per event, for every logger under "cabut".
void setUpLogging(const ServeSettings& settings) {
  Poco::AutoPtr<Poco::SplitterChannel> splitter(new Poco::SplitterChannel);
  splitter->addChannel(Poco::AutoPtr<Poco::Channel>(new Poco::ConsoleChannel(std::cerr)));
  std::error_code error;
  std::filesystem::create_directories(std::filesystem::path(settings.logFile).parent_path(), error);
  Poco::AutoPtr<Poco::FileChannel> file(new Poco::FileChannel(settings.logFile));
  file->setProperty("rotation", "10 M");
  file->setProperty("archive", "number");
  file->setProperty("purgeCount", "10");
  splitter->addChannel(file);
  Poco::AutoPtr<Poco::PatternFormatter> pattern(
      new Poco::PatternFormatter("%Y-%m-%d %H:%M:%S.%i %p %s: %t"));
  pattern->setProperty("times", "local");
  Poco::AutoPtr<Poco::FormattingChannel> formatted(new Poco::FormattingChannel(pattern, splitter));
  Poco::Logger::root().setChannel(formatted);
  Poco::Logger::root().setLevel(settings.logLevel);
}

// host:pid:random, so claims of a previous run of the same pid are never mistaken as ours.
std::string ownerId() {
  std::random_device random;
  std::string host = "localhost";
  try {
    host = Poco::Net::DNS::hostName();
  } catch (...) {
  }
  return host + ":" + std::to_string(Poco::Process::id()) + ":" + std::to_string(random() % 100000);
}

class ServeCommand final : public ServerCommand {
 public:
  ServeCommand()
      : ServerCommand("serve", "",
                      "Run the inbox daemon: take scans dropped into inbox.path, read and group "
                      "them into cases, check each case and queue it in the store for sign-off. "
                      "GET /healthz and /metrics on http.address:http.port. Stops cleanly on "
                      "SIGTERM or SIGINT. Exit 2 on bad configuration.") {}

 protected:
  int run(const std::vector<std::string>& args) override {
    if (!args.empty()) {
      std::cerr << "cabut serve: takes no arguments (see --help)\n";
      return kExitUsage;
    }
    // Before any thread starts: only waitForTerminationRequest() receives these signals.
    sigset_t signals;
    sigemptyset(&signals);
    for (int s : {SIGINT, SIGTERM, SIGQUIT}) sigaddset(&signals, s);
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);

    try {
      return serve(readServeSettings(config()));
    } catch (const Poco::Exception& e) {
      std::cerr << "cabut serve: configuration error: " << e.displayText() << "\n";
      return kExitUsage;
    }
  }

 private:
  int serve(const ServeSettings& settings) {
    setUpLogging(settings);
    Poco::Logger& log = Poco::Logger::get("cabut.serve");

    inbox::WorkArea work(settings.inbox.workPath);
    std::error_code error;
    std::filesystem::create_directories(settings.inbox.inboxPath, error);
    if (auto failure = work.prepare()) {
      log.critical(failure->message);
      return kExitUsage;
    }
    auto store = store::Store::open(settings.store);
    if (!store) {
      log.critical(store.failure().message);
      return kExitUsage;
    }
    // SQLite is one daemon's queue: claims left by an earlier run died with it.
    if ((*store)->connector() == "sqlite") (*store)->releaseAllClaims();
    log.information("store: " + settings.store.connector + ", schema version " +
                    std::to_string((*store)->schemaVersion()));

    // Rules, checklist and vocabulary are refused here, before anything is taken in.
    const CaseJudge judge(config(), work, settings.letterWaitSeconds);
    auto reader = makeFileReader(config());
    Metrics metrics;
    const std::string owner = ownerId();
    inbox::Intake intake(settings.inbox, **store, owner + ":intake", judge.checker());
    Pipeline pipeline{
        settings, **store, intake, *reader, judge, metrics, Poco::Logger::get("cabut.pipeline"),
        owner};

    std::atomic<bool> ready{false};
    auto routes = std::make_shared<HttpRoutes>();
    routes->add("GET", "/healthz", [&](auto&, auto& response) {
      const bool up = ready;
      respond(
          response,
          up ? Poco::Net::HTTPResponse::HTTP_OK : Poco::Net::HTTPResponse::HTTP_SERVICE_UNAVAILABLE,
          "text/plain; charset=utf-8", up ? "ok\n" : "starting\n");
    });
    routes->add("GET", "/metrics", [&](auto&, auto& response) {
      respond(response, Poco::Net::HTTPResponse::HTTP_OK, "text/plain; version=0.0.4",
              metrics.render(**store));
    });
    std::unique_ptr<HttpService> http;
    try {
      http = std::make_unique<HttpService>(settings.httpAddress, settings.httpPort, routes, 4);
    } catch (const Poco::Exception& e) {
      log.critical("http: cannot listen on " + settings.httpAddress + ":" +
                   std::to_string(settings.httpPort) + ": " + e.displayText());
      return kExitUsage;
    }
    log.information("http: listening on " + settings.httpAddress + ":" +
                    std::to_string(http->port()));

    Workers workers(pipeline, settings.workers);
    InboxLoop inboxLoop(pipeline, workers);
    while (!inboxLoop.started()) std::this_thread::sleep_for(std::chrono::milliseconds(20));
    ready = true;
    log.information("ready: inbox " + settings.inbox.inboxPath + ", work " +
                    settings.inbox.workPath + ", " + std::to_string(settings.workers) +
                    " worker(s)");

    waitForTerminationRequest();
    log.information("stopping: finishing the steps in flight");
    ready = false;
    inboxLoop.stop();
    workers.stop();
    http.reset();
    log.information("stopped");
    return kExitOk;
  }
};

int runServe(int argc, char** argv) {
  ServeCommand command;
  // --daemon forks before initialising (Poco's ServerApplication::run(argc, argv)); the
  // foreground path goes through runApplication for the usual exit codes.
  for (int i = 1; i < argc; ++i)
    if (std::string(argv[i]) == "--daemon") return command.ServerApplication::run(argc, argv);
  return runApplication(command, argc, argv);
}

const RegisterCommand registration("serve", {"run the inbox daemon", runServe});

}  // namespace
}  // namespace cabut::app
