#include "store/migrations.h"

#include <Poco/Exception.h>

#include <string>
#include <vector>

namespace cabut::store {
namespace {

// {ID} is the auto-numbered key: the only type the two dialects spell differently.
const std::vector<std::vector<std::string>> kMigrations = {
    // 1: files and cases as state machines; contents for duplicate detection by SHA-256.
    {
        "CREATE TABLE cases ("
        " id {ID},"
        " state TEXT NOT NULL,"
        " verdict TEXT NOT NULL DEFAULT 'unchecked',"
        " origin TEXT NOT NULL,"
        " holder_nips TEXT NOT NULL DEFAULT '',"
        " holder_names TEXT NOT NULL DEFAULT '',"
        " missing TEXT NOT NULL DEFAULT '',"
        " created BIGINT NOT NULL,"
        " updated BIGINT NOT NULL,"
        " wait_until BIGINT NOT NULL DEFAULT 0,"
        " xml TEXT NOT NULL DEFAULT '')",
        "CREATE INDEX cases_state ON cases(state)",
        "CREATE TABLE files ("
        " id {ID},"
        " sha256 TEXT NOT NULL DEFAULT '',"
        " name TEXT NOT NULL,"
        " inbox_path TEXT NOT NULL,"
        " disk_name TEXT NOT NULL DEFAULT '',"
        " size BIGINT NOT NULL DEFAULT 0,"
        " state TEXT NOT NULL,"
        " case_id BIGINT NOT NULL DEFAULT 0,"
        " duplicate_of BIGINT NOT NULL DEFAULT 0,"
        " reason_code TEXT NOT NULL DEFAULT '',"
        " reason TEXT NOT NULL DEFAULT '',"
        " documents TEXT NOT NULL DEFAULT '',"
        " letters INTEGER NOT NULL DEFAULT 0,"
        " pages INTEGER NOT NULL DEFAULT 0,"
        " owner TEXT NOT NULL DEFAULT '',"
        " lease_until BIGINT NOT NULL DEFAULT 0,"
        " received BIGINT NOT NULL,"
        " updated BIGINT NOT NULL)",
        "CREATE INDEX files_state ON files(state)",
        "CREATE INDEX files_case ON files(case_id)",
        "CREATE INDEX files_sha ON files(sha256)",
        // The first file holding each content; the primary key makes two daemons that hash
        // the same bytes at once agree on which one is the original.
        "CREATE TABLE contents (sha256 TEXT PRIMARY KEY, file_id BIGINT NOT NULL)",
    },
};

}  // namespace

namespace {

// The version the database is at, or -1 when it has no schema yet (read-only: a reader such
// as `cabut cases` never takes the write lock when nothing needs migrating).
int currentVersion(Database& database) {
  try {
    Transaction tx(database, false);
    const int version =
        std::stoi(tx.scalar("SELECT COALESCE(MAX(version), 0) FROM schema_version").value_or("0"));
    tx.commit();
    return version;
  } catch (const Poco::Exception&) {
    return -1;
  }
}

}  // namespace

int migrate(Database& database) {
  if (const int version = currentVersion(database); version == static_cast<int>(kMigrations.size()))
    return version;
  const std::string id = database.postgres() ? "BIGSERIAL PRIMARY KEY" : "INTEGER PRIMARY KEY";
  {
    Transaction tx(database, true);
    tx.exec("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
    tx.commit();
  }
  int version = 0;
  for (;;) {
    Transaction tx(database, true);
    // Serialises daemons migrating one PostgreSQL database at the same start-up.
    if (tx.postgres()) tx.exec("LOCK TABLE schema_version IN EXCLUSIVE MODE");
    version =
        std::stoi(tx.scalar("SELECT COALESCE(MAX(version), 0) FROM schema_version").value_or("0"));
    if (version >= static_cast<int>(kMigrations.size())) break;
    for (std::string statement : kMigrations[version]) {
      if (auto at = statement.find("{ID}"); at != std::string::npos) statement.replace(at, 4, id);
      tx.exec(statement);
    }
    tx.exec("INSERT INTO schema_version (version) VALUES (?)",
            {static_cast<Poco::Int64>(version + 1)});
    tx.commit();
  }
  return version;
}

}  // namespace cabut::store
