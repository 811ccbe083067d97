#include "store_connection.h"

#include <Poco/Data/PostgreSQL/Connector.h>
#include <Poco/Data/Session.h>

#include <cstdlib>
#include <filesystem>
#include <stdexcept>

namespace cabut::testing {

std::string makeTempDir(const std::string& prefix) {
  std::string pattern = (std::filesystem::temp_directory_path() / (prefix + "-XXXXXX")).string();
  if (!mkdtemp(pattern.data())) throw std::runtime_error("mkdtemp failed");
  return pattern;
}

std::string postgresConnection() {
  const char* value = std::getenv("CABUT_TEST_POSTGRES");
  return value ? value : "";
}

void resetPostgres(const std::string& connection) {
  Poco::Data::PostgreSQL::Connector::registerConnector();
  Poco::Data::Session session("postgresql", connection);
  session << "DROP SCHEMA public CASCADE", Poco::Data::Keywords::now;
  session << "CREATE SCHEMA public", Poco::Data::Keywords::now;
}

}  // namespace cabut::testing
