#include "store_connection.h"

#include <Poco/Data/PostgreSQL/Connector.h>
#include <Poco/Data/Session.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <random>
#include <regex>
#include <stdexcept>

namespace cabut::testing {

std::string makeTempDir(const std::string& prefix) {
  std::string pattern = (std::filesystem::temp_directory_path() / (prefix + "-XXXXXX")).string();
  if (!mkdtemp(pattern.data())) throw std::runtime_error("mkdtemp failed");
  return pattern;
}

std::string freshPostgresDatabase() {
  const char* server = std::getenv("CABUT_TEST_POSTGRES");
  if (!server || !*server) return "";
  static std::atomic<int> counter{0};
  std::random_device random;
  const std::string name = "cabut_t" + std::to_string(::getpid()) + "_" +
                           std::to_string(++counter) + "_" + std::to_string(random() % 100000);
  Poco::Data::PostgreSQL::Connector::registerConnector();
  Poco::Data::Session session("postgresql", server);
  session << "CREATE DATABASE " + name, Poco::Data::Keywords::now;
  const std::string base = server;
  const std::regex dbname("dbname=\\S+");
  return std::regex_search(base, dbname) ? std::regex_replace(base, dbname, "dbname=" + name)
                                         : base + " dbname=" + name;
}

}  // namespace cabut::testing
