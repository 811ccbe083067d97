// The Store on a SQL database through Poco Data (SQLite or PostgreSQL, same statements).
#include <Poco/Exception.h>

#include <chrono>
#include <set>
#include <sstream>

#include "store/database.h"
#include "store/migrations.h"
#include "store/store.h"

namespace cabut::store {

long long nowSeconds() {
  return std::chrono::duration_cast<std::chrono::seconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

namespace {

using I = Poco::Int64;

const char* const kFileColumns =
    "id, sha256, name, inbox_path, disk_name, size, state, case_id, duplicate_of, reason_code, "
    "reason, documents, letters, pages, received";
const char* const kCaseColumns =
    "id, state, verdict, origin, holder_nips, holder_names, missing, created, updated, "
    "wait_until, xml";
const char* const kOpenFileStates = "('received','taken','read','grouped')";

long long num(const std::string& text) {
  return text.empty() ? 0 : std::stoll(text);
}

FileRow fileFrom(const Row& r) {
  FileRow f;
  f.id = num(r[0]);
  f.sha256 = r[1];
  f.name = r[2];
  f.inboxPath = r[3];
  f.diskName = r[4];
  f.size = num(r[5]);
  f.state = fileStateFromName(r[6]).value_or(FileState::received);
  f.caseId = num(r[7]);
  f.duplicateOf = num(r[8]);
  f.reasonCode = r[9];
  f.reason = r[10];
  f.documents = r[11];
  f.letters = static_cast<int>(num(r[12]));
  f.pages = static_cast<int>(num(r[13]));
  f.received = num(r[14]);
  return f;
}

CaseRow caseFrom(const Row& r) {
  CaseRow c;
  c.id = num(r[0]);
  c.state = caseStateFromName(r[1]).value_or(CaseState::received);
  c.verdict = r[2];
  c.origin = r[3];
  c.holderNips = r[4];
  c.holderNames = r[5];
  c.missing = r[6];
  c.created = num(r[7]);
  c.updated = num(r[8]);
  c.waitUntil = num(r[9]);
  if (r.size() > 10) c.xml = r[10];
  return c;
}

// A file's name in the work area: "<id>-<name>", the name cut to stay well under NAME_MAX
// (at a UTF-8 character boundary).
std::string diskNameFor(long long id, const std::string& name) {
  std::string cut = name.substr(0, std::min<std::size_t>(name.size(), 200));
  while (!cut.empty() && cut.size() < name.size() &&
         (static_cast<unsigned char>(name[cut.size()]) & 0xC0) == 0x80)
    cut.pop_back();
  if (cut.empty() || cut == "." || cut == "..") cut = "file";
  return std::to_string(id) + "-" + cut;
}

std::vector<std::string> split(const std::string& text, char separator) {
  std::vector<std::string> parts;
  std::string part;
  std::istringstream in(text);
  while (std::getline(in, part, separator))
    if (!part.empty()) parts.push_back(part);
  return parts;
}

std::string join(const std::vector<std::string>& parts, char separator) {
  std::string out;
  for (const auto& part : parts) {
    if (!out.empty()) out += separator;
    out += part;
  }
  return out;
}

// Adds the keys not yet in `existing` (order kept).
std::string merged(const std::string& existing, const std::vector<std::string>& added,
                   char separator) {
  auto parts = split(existing, separator);
  std::set<std::string> seen(parts.begin(), parts.end());
  for (const auto& key : added)
    if (!key.empty() && seen.insert(key).second) parts.push_back(key);
  return join(parts, separator);
}

class SqlStore final : public Store {
 public:
  SqlStore(const Settings& settings)
      : settings_(settings), database_(settings.connector, settings.connection, settings.poolSize) {
    version_ = migrate(database_);
  }

  int schemaVersion() override { return version_; }
  const std::string& connector() const override { return database_.connector(); }

  Result<FileRow> recordFile(const NewFile& file, const std::string& owner,
                             const InboxCheck& stillInInbox) override {
    return guard<FileRow>([&] {
      Transaction tx(database_, true);
      lockIntake(tx);
      if (stillInInbox && !stillInInbox(file)) return FileRow{};  // id 0: not ours
      FileRow row = insertFile(tx, file, owner, 0);
      tx.commit();
      return row;
    });
  }

  Result<std::vector<FileRow>> recordFolder(const std::string& origin,
                                            const std::vector<NewFile>& files,
                                            const std::string& owner,
                                            const InboxCheck& stillInInbox) override {
    return guard<std::vector<FileRow>>([&] {
      Transaction tx(database_, true);
      lockIntake(tx);
      if (stillInInbox)
        for (const auto& file : files)
          if (!stillInInbox(file)) return std::vector<FileRow>{};  // not ours
      const long long caseId = insertCase(tx, origin);
      std::vector<FileRow> rows;
      for (const auto& file : files) {
        rows.push_back(insertFile(tx, file, owner, caseId));
        if (rows.back().id == 0) return std::vector<FileRow>{};  // rolled back: busy
      }
      tx.commit();
      return rows;
    });
  }

  Result<std::vector<std::string>> pendingInboxPaths() override {
    return guard<std::vector<std::string>>([&] {
      Transaction tx(database_, false);
      std::vector<std::string> paths;
      for (const auto& row : tx.query("SELECT inbox_path FROM files WHERE state = 'received'"))
        paths.push_back(row[0]);
      tx.commit();
      return paths;
    });
  }

  Result<std::optional<FileRow>> claimFile(const std::string& owner) override {
    return guard<std::optional<FileRow>>([&]() -> std::optional<FileRow> {
      Transaction tx(database_, true);
      const long long now = nowSeconds();
      std::string select = std::string("SELECT ") + kFileColumns + " FROM files WHERE state IN " +
                           kOpenFileStates + " AND lease_until < ? ORDER BY id LIMIT 1";
      if (tx.postgres()) select += " FOR UPDATE SKIP LOCKED";
      auto rows = tx.query(select, {I(now)});
      if (rows.empty()) return std::nullopt;
      FileRow row = fileFrom(rows[0]);
      tx.exec("UPDATE files SET owner = ?, lease_until = ? WHERE id = ?",
              {owner, I(now + settings_.leaseSeconds), I(row.id)});
      tx.commit();
      return row;
    });
  }

  Result<bool> renewLease(long long fileId, const std::string& owner) override {
    return update("UPDATE files SET lease_until = ? WHERE id = ? AND owner = ?",
                  {I(nowSeconds() + settings_.leaseSeconds), I(fileId), owner});
  }

  Result<bool> releaseClaim(long long fileId, const std::string& owner) override {
    return update("UPDATE files SET owner = '', lease_until = 0 WHERE id = ? AND owner = ?",
                  {I(fileId), owner});
  }

  Result<bool> releaseAllClaims() override {
    return update("UPDATE files SET owner = '', lease_until = 0 WHERE lease_until <> 0", {}, true);
  }

  Result<long long> queueDepth() override {
    return guard<long long>([&] {
      Transaction tx(database_, false);
      const auto depth =
          tx.scalar(std::string("SELECT COUNT(*) FROM files WHERE state IN ") + kOpenFileStates);
      tx.commit();
      return num(depth.value_or("0"));
    });
  }

  Result<bool> markTaken(long long fileId, const std::string& owner) override {
    return transition(fileId, owner, "received", "taken", "", {});
  }

  Result<bool> markRead(long long fileId, const std::string& owner, const std::string& documentsXml,
                        int letters, int pages) override {
    return transition(fileId, owner, "taken", "read", ", documents = ?, letters = ?, pages = ?",
                      {documentsXml, I(letters), I(pages)});
  }

  Result<bool> markUnreadable(long long fileId, const std::string& owner,
                              const Failure& reason) override {
    return transition(fileId, owner, "taken", "read", ", reason_code = ?, reason = ?",
                      {reason.code, reason.message});
  }

  Result<long long> groupFile(long long fileId, const std::string& owner, const GroupingKeys& keys,
                              long long windowSeconds, const NamesSimilar& namesSimilar) override {
    return guard<long long>([&]() -> long long {
      Transaction tx(database_, true);
      // Loose letters of one holder read at the same moment must not open two cases.
      if (tx.postgres()) tx.query("SELECT pg_advisory_xact_lock(4615001)");
      auto rows = tx.query(std::string("SELECT ") + kFileColumns +
                               " FROM files WHERE id = ? AND state = 'read' AND owner = ?",
                           {I(fileId), owner});
      if (rows.empty()) return 0;
      const FileRow file = fileFrom(rows[0]);
      long long caseId = file.caseId;
      if (caseId == 0 && file.letters < 2)
        caseId = openCaseFor(tx, keys, windowSeconds, namesSimilar);
      if (caseId == 0) caseId = insertCase(tx, file.letters >= 2 ? "bundle" : "loose");
      auto current =
          tx.query("SELECT holder_nips, holder_names FROM cases WHERE id = ?", {I(caseId)});
      if (!current.empty())
        tx.exec("UPDATE cases SET holder_nips = ?, holder_names = ?, updated = ? WHERE id = ?",
                {merged(current[0][0], keys.nips, ' '), merged(current[0][1], keys.names, '|'),
                 I(nowSeconds()), I(caseId)});
      tx.exec("UPDATE files SET state = 'grouped', case_id = ?, updated = ? WHERE id = ?",
              {I(caseId), I(nowSeconds()), I(fileId)});
      tx.commit();
      return caseId;
    });
  }

  Result<bool> finishFile(long long fileId, const std::string& owner, FileState terminal,
                          const CaseChecker& checker) override {
    return guard<bool>([&] {
      Transaction tx(database_, true);
      const std::string from =
          terminal == FileState::filed ? "('grouped')" : "('received','taken','read','grouped')";
      auto rows = tx.query(std::string("SELECT ") + kFileColumns +
                               " FROM files WHERE id = ? AND owner = ? AND state IN " + from,
                           {I(fileId), owner});
      if (rows.empty()) return false;
      const FileRow file = fileFrom(rows[0]);
      const long long now = nowSeconds();
      tx.exec("UPDATE files SET state = ?, updated = ? WHERE id = ?",
              {std::string(fileStateName(terminal)), I(now), I(fileId)});
      if (file.caseId != 0 && checker) recheck(tx, file.caseId, checker, now);
      tx.commit();
      return true;
    });
  }

  Result<int> queueOverdueCases(long long now) override {
    return guard<int>([&] {
      Transaction tx(database_, true);
      const auto changed = tx.exec(
          "UPDATE cases SET state = 'waiting-signoff', updated = ? "
          "WHERE state = 'waiting-letter' AND wait_until <= ?",
          {I(now), I(now)});
      tx.commit();
      return static_cast<int>(changed);
    });
  }

  Result<std::optional<FileRow>> file(long long fileId) override {
    return guard<std::optional<FileRow>>([&]() -> std::optional<FileRow> {
      auto rows =
          read(std::string("SELECT ") + kFileColumns + " FROM files WHERE id = ?", {I(fileId)});
      if (rows.empty()) return std::nullopt;
      return fileFrom(rows[0]);
    });
  }

  Result<std::vector<FileRow>> filesOfCase(long long caseId) override {
    return files(" WHERE case_id = ? ORDER BY id", {I(caseId)});
  }

  Result<std::vector<FileRow>> duplicatesOf(long long fileId) override {
    return files(" WHERE duplicate_of = ? AND state = 'duplicate' ORDER BY id", {I(fileId)});
  }

  Result<std::vector<CaseRow>> cases(const std::string& state, bool withXml) override {
    return guard<std::vector<CaseRow>>([&] {
      std::string columns = kCaseColumns;
      if (!withXml) columns = columns.substr(0, columns.rfind(", xml"));
      std::string sql = "SELECT " + columns + " FROM cases";
      std::vector<Param> params;
      if (!state.empty()) {
        sql += " WHERE state = ?";
        params.push_back(state);
      }
      std::vector<CaseRow> out;
      for (const auto& row : read(sql + " ORDER BY id", params)) out.push_back(caseFrom(row));
      return out;
    });
  }

  Result<std::vector<FileRow>> looseFiles(const std::string& state) override {
    if (state.empty()) return files(" WHERE case_id = 0 ORDER BY id", {});
    return files(" WHERE case_id = 0 AND state = ? ORDER BY id", {state});
  }

  Result<std::vector<StateCount>> caseCounts() override { return counts("cases"); }
  Result<std::vector<StateCount>> fileCounts() override { return counts("files"); }

 private:
  template <typename T, typename Fn>
  Result<T> guard(Fn&& fn) {
    try {
      return Result<T>(fn());
    } catch (const Poco::Exception& e) {
      return Failure{"store", e.displayText()};
    } catch (const std::exception& e) {
      return Failure{"store", e.what()};
    }
  }

  std::vector<Row> read(const std::string& sql, const std::vector<Param>& params) {
    Transaction tx(database_, false);
    auto rows = tx.query(sql, params);
    tx.commit();
    return rows;
  }

  Result<std::vector<FileRow>> files(const std::string& where, const std::vector<Param>& params) {
    return guard<std::vector<FileRow>>([&] {
      std::vector<FileRow> out;
      for (const auto& row :
           read(std::string("SELECT ") + kFileColumns + " FROM files" + where, params))
        out.push_back(fileFrom(row));
      return out;
    });
  }

  Result<std::vector<StateCount>> counts(const std::string& table) {
    return guard<std::vector<StateCount>>([&] {
      std::vector<StateCount> out;
      for (const auto& row :
           read("SELECT state, COUNT(*) FROM " + table + " GROUP BY state ORDER BY state", {}))
        out.push_back({row[0], num(row[1])});
      return out;
    });
  }

  Result<bool> update(const std::string& sql, const std::vector<Param>& params,
                      bool anyCount = false) {
    return guard<bool>([&] {
      Transaction tx(database_, true);
      const auto changed = tx.exec(sql, params);
      tx.commit();
      return anyCount || changed == 1;
    });
  }

  // One guarded state change of a file we hold; `set` adds "col = ?" pairs for `values`.
  Result<bool> transition(long long fileId, const std::string& owner, const std::string& from,
                          const std::string& to, const std::string& set,
                          std::vector<Param> values) {
    std::vector<Param> params = {to, I(nowSeconds()), I(nowSeconds() + settings_.leaseSeconds)};
    params.insert(params.end(), values.begin(), values.end());
    params.insert(params.end(), {I(fileId), from, owner});
    return update("UPDATE files SET state = ?, updated = ?, lease_until = ?" + set +
                      " WHERE id = ? AND state = ? AND owner = ?",
                  params);
  }

  // Daemons sharing a PostgreSQL queue (and an inbox) record files one at a time, so each
  // sees what the other recorded (SQLite: BEGIN IMMEDIATE already serialises).
  static void lockIntake(Transaction& tx) {
    if (tx.postgres()) tx.query("SELECT pg_advisory_xact_lock(4615002)");
  }

  long long insertCase(Transaction& tx, const std::string& origin) {
    const long long now = nowSeconds();
    return num(tx.scalar("INSERT INTO cases (state, origin, created, updated) "
                         "VALUES ('received', ?, ?, ?) RETURNING id",
                         {origin, I(now), I(now)})
                   .value());
  }

  FileRow insertFile(Transaction& tx, const NewFile& file, const std::string& owner,
                     long long caseId) {
    const long long now = nowSeconds();
    if (!file.sha256.empty()) {
      // The same file met again before its intake finished: after a restart it is resumed
      // by whoever holds it now; while another daemon holds it, it is left to that daemon.
      auto same = tx.query(std::string("SELECT ") + kFileColumns +
                               ", owner, lease_until FROM files WHERE sha256 = ? AND "
                               "inbox_path = ? AND state IN " +
                               kOpenFileStates,
                           {file.sha256, file.inboxPath});
      if (!same.empty()) {
        FileRow row = fileFrom(same[0]);
        const bool free = same[0][15] == owner || num(same[0][16]) < now;
        if (row.state != FileState::received || !free) return FileRow{};  // id 0: busy
        tx.exec("UPDATE files SET owner = ?, lease_until = ? WHERE id = ?",
                {owner, I(now + settings_.leaseSeconds), I(row.id)});
        return row;
      }
    }
    const long long id = num(
        tx.scalar("INSERT INTO files (sha256, name, inbox_path, size, state, case_id, "
                  "reason_code, reason, owner, lease_until, received, updated) "
                  "VALUES (?, ?, ?, ?, 'received', ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                  {file.sha256, file.name, file.inboxPath, I(file.size), I(caseId), file.reasonCode,
                   file.reason, owner, I(now + settings_.leaseSeconds), I(now), I(now)})
            .value());
    long long duplicateOf = 0;
    if (!file.sha256.empty()) {
      tx.exec("INSERT INTO contents (sha256, file_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
              {file.sha256, I(id)});
      const long long first =
          num(tx.scalar("SELECT file_id FROM contents WHERE sha256 = ?", {file.sha256}).value());
      if (first != id) duplicateOf = first;
    }
    const std::string diskName = diskNameFor(id, file.name);
    tx.exec("UPDATE files SET disk_name = ?, duplicate_of = ? WHERE id = ?",
            {diskName, I(duplicateOf), I(id)});
    auto rows =
        tx.query(std::string("SELECT ") + kFileColumns + " FROM files WHERE id = ?", {I(id)});
    return fileFrom(rows.at(0));
  }

  // The open case a loose letter of these holders belongs to, or 0.
  long long openCaseFor(Transaction& tx, const GroupingKeys& keys, long long windowSeconds,
                        const NamesSimilar& namesSimilar) {
    if (keys.nips.empty() && keys.names.empty()) return 0;
    auto candidates = tx.query(
        "SELECT id, holder_nips, holder_names FROM cases WHERE state IN "
        "('received','waiting-letter','waiting-signoff') AND created >= ? ORDER BY id",
        {I(nowSeconds() - windowSeconds)});
    for (const auto& candidate : candidates)
      for (const auto& nip : split(candidate[1], ' '))
        for (const auto& wanted : keys.nips)
          if (nip == wanted) return num(candidate[0]);
    if (!namesSimilar) return 0;
    for (const auto& candidate : candidates)
      for (const auto& name : split(candidate[2], '|'))
        for (const auto& wanted : keys.names)
          if (namesSimilar(name, wanted)) return num(candidate[0]);
    return 0;
  }

  void recheck(Transaction& tx, long long caseId, const CaseChecker& checker, long long now) {
    std::string select = std::string("SELECT ") + kCaseColumns + " FROM cases WHERE id = ?";
    if (tx.postgres()) select += " FOR UPDATE";
    auto caseRows = tx.query(select, {I(caseId)});
    if (caseRows.empty()) return;
    std::vector<FileRow> members;
    for (const auto& row : tx.query(
             std::string("SELECT ") + kFileColumns + " FROM files WHERE case_id = ? ORDER BY id",
             {I(caseId)}))
      members.push_back(fileFrom(row));
    const CaseCheck check = checker(caseFrom(caseRows[0]), members);
    tx.exec(
        "UPDATE cases SET state = ?, verdict = ?, holder_nips = ?, holder_names = ?, "
        "missing = ?, wait_until = ?, xml = ?, updated = ? WHERE id = ?",
        {std::string(caseStateName(check.state)), check.verdict, check.holderNips,
         check.holderNames, check.missing, I(check.waitUntil), check.xml, I(now), I(caseId)});
  }

  Settings settings_;
  Database database_;
  int version_ = 0;
};

}  // namespace

Result<std::unique_ptr<Store>> Store::open(const Settings& settings) {
  try {
    return std::unique_ptr<Store>(std::make_unique<SqlStore>(settings));
  } catch (const Poco::Exception& e) {
    return Failure{"store", "cannot open the " + settings.connector + " store: " + e.displayText()};
  } catch (const std::exception& e) {
    return Failure{"store", std::string("cannot open the store: ") + e.what()};
  }
}

}  // namespace cabut::store
