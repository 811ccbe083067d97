// The command lines of `cabut serve` and `cabut cases`: usage errors, clean shutdown, and the
// listing of a store a daemon filled (from extraction XML files, no OCR needed).
#include <gtest/gtest.h>

#include <signal.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "daemon_support.h"

namespace cabut::e2e {
namespace {

struct Run {
  int status = -1;
  std::string output;
};

Run run(const std::string& args) {
  Run result;
  const std::string command = std::string(CABUT_BINARY) + " " + args + " 2>&1";
  if (std::FILE* pipe = ::popen(command.c_str(), "r")) {
    char buffer[4096];
    while (std::size_t got = std::fread(buffer, 1, sizeof buffer, pipe))
      result.output.append(buffer, got);
    const int status = ::pclose(pipe);
    result.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  }
  return result;
}

void writeExtraction(const std::string& path, const std::string& kind, const std::string& nip) {
  std::ofstream(path)
      << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<extraction><document source=\"x\" "
         "pages=\"1\" kind=\""
      << kind << "\"><holder><name>Muhammad Rizal, S.Kom.</name><nip>" << nip
      << "</nip><reason>affiliationChanged</reason></holder></document></extraction>\n";
}

TEST(ServeCliTest, UsageAndConfigurationErrorsExitTwo) {
  EXPECT_EQ(run("serve --help").status, 0);
  EXPECT_NE(run("serve --help").output.find("--pidfile"), std::string::npos);
  EXPECT_EQ(run("serve --config /nonexistent/cabut.xml").status, 2);
  EXPECT_EQ(run("serve extra-argument").status, 2);
  EXPECT_EQ(run("serve -Dworkers=0 -Dwork.path=/tmp/cabut-cli-unused").status, 2);
  EXPECT_EQ(run("cases --format json").status, 2);
  EXPECT_EQ(run("cases --state nonsense").status, 2);
  Folders folders;
  EXPECT_EQ(run("serve -Dinbox.path=" + folders.inbox + " -Dwork.path=" + folders.work +
                " -Dstore.connector=oracle")
                .status,
            2);
}

TEST(ServeCliTest, DaemonModeWritesItsPidfileAndStopsOnSigterm) {
  Folders folders;
  const int port = freePort();
  const std::string pidfile = folders.root + "/cabut.pid";
  std::string args = "serve --daemon --pidfile " + pidfile;
  for (const auto& define : baseDefines(folders, port)) args += " -D" + define;
  EXPECT_EQ(run(args).status, 0) << "the foreground process returns once the daemon forked";
  ASSERT_TRUE(waitFor([&] { return httpGet(port, "/healthz") == 200; }, std::chrono::seconds(60)));
  std::ifstream in(pidfile);
  pid_t pid = 0;
  in >> pid;
  ASSERT_GT(pid, 0);
  ASSERT_EQ(::kill(pid, SIGTERM), 0);
  EXPECT_TRUE(waitFor([&] { return ::kill(pid, 0) != 0; }, std::chrono::seconds(60)));
  EXPECT_FALSE(std::filesystem::exists(pidfile)) << "the pidfile goes with the daemon";
}

TEST(ServeCliTest, CasesListsWhatTheDaemonStored) {
  Folders folders;
  const int port = freePort();
  auto defines = baseDefines(folders, port);
  defines.insert(defines.begin(), "grouping.waitSeconds=3600");
  Daemon daemon(folders, defines);
  ASSERT_TRUE(daemon.waitHealthy(std::chrono::seconds(60))) << daemon.log();
  writeExtraction(folders.root + "/permohonan.xml", "request", "199003152015031002");
  writeExtraction(folders.root + "/lain.xml", "request", "198001012005011001");
  std::rename((folders.root + "/permohonan.xml").c_str(),
              (folders.inbox + "/permohonan.xml").c_str());
  std::rename((folders.root + "/lain.xml").c_str(), (folders.inbox + "/lain.xml").c_str());
  { std::ofstream(folders.inbox + "/rusak.pdf") << "not a pdf"; }
  auto store = openSqliteStore(folders);
  ASSERT_TRUE(waitFor(
      [&] {
        auto depth = store->queueDepth();
        return filesBelow(folders.inbox).empty() && depth && *depth == 0;
      },
      std::chrono::seconds(60)));
  EXPECT_EQ(daemon.terminate(), 0) << "SIGTERM is a clean shutdown";

  // The shipped configuration file, with -D on top (as an operator runs a second instance).
  const std::string where = " --config " + std::string(CABUT_SOURCE_DIR) +
                            "/config/cabut.xml -Dwork.path=" + folders.work;
  const auto table = run("cases" + where);
  EXPECT_EQ(table.status, 0);
  EXPECT_NE(table.output.find("waiting-letter"), std::string::npos) << table.output;
  EXPECT_NE(table.output.find("199003152015031002"), std::string::npos);
  EXPECT_NE(table.output.find("rusak.pdf"), std::string::npos);
  const auto xml = run("cases --format xml" + where);
  EXPECT_EQ(xml.status, 0);
  EXPECT_NE(xml.output.find("<cases>"), std::string::npos);
  EXPECT_NE(xml.output.find("<holder-nip>198001012005011001</holder-nip>"), std::string::npos);
  EXPECT_NE(xml.output.find("state=\"quarantined\""), std::string::npos);
  const auto waiting = run("cases --state waiting-letter --format xml" + where);
  EXPECT_EQ(std::count(waiting.output.begin(), waiting.output.end(), '\n') > 3, true);
  EXPECT_EQ(waiting.output.find("rusak.pdf"), std::string::npos) << "a case state lists cases only";
  const auto quarantined = run("cases --state quarantined" + where);
  EXPECT_NE(quarantined.output.find("rusak.pdf"), std::string::npos);
  EXPECT_EQ(quarantined.output.find("199003152015031002"), std::string::npos);
}

}  // namespace
}  // namespace cabut::e2e
