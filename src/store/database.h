// Internal to store/: one SQL dialect-neutral way to run statements in a transaction over a
// Poco Data session. Statements are written with `?` placeholders; for PostgreSQL they become
// $1, $2, ... Values come back as text (NULL as empty).
#pragma once

#include <Poco/Data/Session.h>
#include <Poco/Data/SessionPool.h>
#include <Poco/Types.h>

#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace cabut::store {

using Param = std::variant<Poco::Int64, std::string>;
using Row = std::vector<std::string>;

class Database;

// One transaction: BEGIN (IMMEDIATE on SQLite) at construction, ROLLBACK unless commit() was
// called. Holds its session (and, on SQLite, the one connection's lock) until destroyed.
class Transaction {
 public:
  Transaction(Database& database, bool writes);
  ~Transaction();
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;

  // Rows affected.
  std::size_t exec(const std::string& sql, const std::vector<Param>& params = {});
  std::vector<Row> query(const std::string& sql, const std::vector<Param>& params = {});
  // The first column of the first row, or nothing.
  std::optional<std::string> scalar(const std::string& sql, const std::vector<Param>& params = {});
  void commit();

  bool postgres() const;

 private:
  Database& database_;
  std::unique_lock<std::mutex> lock_;
  std::optional<Poco::Data::Session> session_;
  bool done_ = false;
};

class Database {
 public:
  // Throws Poco::Exception when the database cannot be opened.
  Database(const std::string& connector, const std::string& connection, int poolSize);
  ~Database();

  bool postgres() const { return postgres_; }
  const std::string& connector() const { return connector_; }
  // `?` -> `$n` on PostgreSQL; unchanged on SQLite.
  std::string translate(const std::string& sql) const;

 private:
  friend class Transaction;
  std::string connector_;
  bool postgres_ = false;
  std::mutex sqliteLock_;  // SQLite: one connection, one transaction at a time
  std::optional<Poco::Data::Session> sqlite_;
  std::unique_ptr<Poco::Data::SessionPool> pool_;
};

}  // namespace cabut::store
