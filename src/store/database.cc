#include "store/database.h"

#include <Poco/Data/PostgreSQL/Connector.h>
#include <Poco/Data/RecordSet.h>
#include <Poco/Data/SQLite/Connector.h>
#include <Poco/Data/Statement.h>

namespace cabut::store {

using Poco::Data::Keywords::bind;

Database::Database(const std::string& connector, const std::string& connection, int poolSize)
    : connector_(connector), postgres_(connector == "postgresql") {
  if (postgres_) {
    Poco::Data::PostgreSQL::Connector::registerConnector();
    pool_ = std::make_unique<Poco::Data::SessionPool>("postgresql", connection, 1,
                                                      std::max(2, poolSize), 60);
    Poco::Data::Session probe(pool_->get());  // fail now, not at the first claim
    return;
  }
  if (connector != "sqlite")
    throw Poco::InvalidArgumentException("store.connector must be sqlite or postgresql, not " +
                                         connector);
  Poco::Data::SQLite::Connector::registerConnector();
  sqlite_.emplace("SQLite", connection);
  // busy_timeout first: another process (`cabut cases`, a second start) may hold the lock.
  // WAL: readers never block the daemon. FULL: a committed transition survives power loss.
  Poco::Data::Statement(*sqlite_) << "PRAGMA busy_timeout=30000", Poco::Data::Keywords::now;
  Poco::Data::Statement(*sqlite_) << "PRAGMA journal_mode=WAL", Poco::Data::Keywords::now;
  Poco::Data::Statement(*sqlite_) << "PRAGMA synchronous=FULL", Poco::Data::Keywords::now;
}

Database::~Database() = default;

std::string Database::translate(const std::string& sql) const {
  if (!postgres_) return sql;
  std::string out;
  int n = 0;
  bool quoted = false;
  for (char ch : sql) {
    if (ch == '\'') quoted = !quoted;
    if (ch == '?' && !quoted)
      out += "$" + std::to_string(++n);
    else
      out += ch;
  }
  return out;
}

Transaction::Transaction(Database& database, bool writes) : database_(database) {
  if (database_.postgres_) {
    session_.emplace(database_.pool_->get());
    Poco::Data::Statement(*session_) << "BEGIN", Poco::Data::Keywords::now;
  } else {
    lock_ = std::unique_lock(database_.sqliteLock_);
    session_.emplace(*database_.sqlite_);
    Poco::Data::Statement(*session_) << (writes ? "BEGIN IMMEDIATE" : "BEGIN"),
        Poco::Data::Keywords::now;
  }
}

Transaction::~Transaction() {
  if (done_) return;
  try {
    Poco::Data::Statement(*session_) << "ROLLBACK", Poco::Data::Keywords::now;
  } catch (...) {
    // The connection is broken; the server rolls back by itself.
  }
}

bool Transaction::postgres() const {
  return database_.postgres_;
}

namespace {

void bindAll(Poco::Data::Statement& statement, const std::vector<Param>& params) {
  for (const auto& param : params)
    std::visit([&](const auto& value) { statement, bind(value); }, param);
}

}  // namespace

std::size_t Transaction::exec(const std::string& sql, const std::vector<Param>& params) {
  Poco::Data::Statement statement(*session_);
  statement << database_.translate(sql);
  bindAll(statement, params);
  return statement.execute();
}

std::vector<Row> Transaction::query(const std::string& sql, const std::vector<Param>& params) {
  Poco::Data::Statement statement(*session_);
  statement << database_.translate(sql);
  bindAll(statement, params);
  statement.execute();
  Poco::Data::RecordSet records(statement);
  std::vector<Row> rows;
  const std::size_t columns = records.columnCount();
  for (std::size_t r = 0; r < records.rowCount(); ++r) {
    Row row;
    row.reserve(columns);
    for (std::size_t c = 0; c < columns; ++c) {
      const Poco::Dynamic::Var value = records.value(c, r);
      row.push_back(value.isEmpty() ? std::string() : value.convert<std::string>());
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

std::optional<std::string> Transaction::scalar(const std::string& sql,
                                               const std::vector<Param>& params) {
  auto rows = query(sql, params);
  if (rows.empty() || rows[0].empty()) return std::nullopt;
  return rows[0][0];
}

void Transaction::commit() {
  Poco::Data::Statement(*session_) << "COMMIT", Poco::Data::Keywords::now;
  done_ = true;
}

}  // namespace cabut::store
