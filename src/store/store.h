// store/: the queue as a state machine in a database (Poco Data; SQLite by default, PostgreSQL
// when several daemons share one queue). Takes what the inbox and the pipeline learned about
// files and cases; gives rows with explicit states. Only store/ includes Poco Data headers.
//
// Every transition is one transaction, made only after its side effect is durable (file
// renamed and fsynced, case XML written): a restart resumes each row from its state.
// Work is claimed with a lease (owner + expiry): on PostgreSQL with SELECT ... FOR UPDATE
// SKIP LOCKED, so several daemons share one queue and a dead daemon's claims come back when
// their lease expires; on SQLite (one daemon) with BEGIN IMMEDIATE.
//
// Methods never throw: database errors come back as Failure{"store", message}.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/failure.h"

namespace cabut::store {

// Where a file is in its life. Terminal: filed, duplicate, quarantined, vanished.
//   received   hashed and recorded; still in the inbox (or being moved out of it)
//   taken      in the work area (work/incoming/), waiting to be read
//   read       OCR and extraction done (documents stored) or failed (reason stored)
//   grouped    assigned to a case, not yet moved into the case folder
//   filed      in its case folder (work/cases/<case>/)
//   duplicate  same bytes as an earlier file; in work/duplicates/ with a note
//   quarantined  unreadable or refused; in work/quarantine/ with a .reason.txt
//   vanished   left the inbox before it could be taken (nothing of it is ours)
enum class FileState { received, taken, read, grouped, filed, duplicate, quarantined, vanished };
const char* fileStateName(FileState state);
std::optional<FileState> fileStateFromName(std::string_view name);
bool isTerminal(FileState state);

// Where a case is in the SOP. Later issues add the sign-off steps, approved, sent, revoked,
// rejected.
//   received          its files are still being read
//   waiting-letter    checked, a required letter is missing; waits a while for it
//   waiting-signoff   checked; queued for the verifier
//   duplicate         every file of it duplicated an earlier one (a folder dropped twice)
enum class CaseState { received, waitingLetter, waitingSignoff, duplicate };
const char* caseStateName(CaseState state);
std::optional<CaseState> caseStateFromName(std::string_view name);

struct FileRow {
  long long id = 0;
  std::string sha256;     // hex; empty when refused before hashing (symlink, FIFO, too big)
  std::string name;       // the file's name as dropped (made XML-safe)
  std::string inboxPath;  // relative to the inbox, as found
  std::string diskName;   // its name in the work area: "<id>-<name>"
  long long size = 0;
  FileState state = FileState::received;
  long long caseId = 0;       // 0: not in a case (yet)
  long long duplicateOf = 0;  // file id of the first copy of the same bytes
  std::string reasonCode;     // why it is (to be) quarantined; empty otherwise
  std::string reason;         // readable, Bahasa Indonesia / English
  std::string documents;      // <extraction> XML of what was read
  int letters = 0, pages = 0;
  long long received = 0;  // unix seconds
};

struct CaseRow {
  long long id = 0;
  CaseState state = CaseState::received;
  std::string verdict = "unchecked";
  std::string origin;       // "folder:NAME", "bundle", "loose"
  std::string holderNips;   // space separated
  std::string holderNames;  // '|' separated
  std::string missing;      // what a waiting case lacks, readable
  long long created = 0, updated = 0, waitUntil = 0;
  std::string xml;  // the case document
};

// A file found in the inbox, about to be recorded.
struct NewFile {
  std::string name, inboxPath, sha256;
  long long size = 0;
  std::string reasonCode, reason;  // set: refused at the door, goes straight to quarantine
};

struct Settings {
  std::string connector = "sqlite";  // "sqlite" or "postgresql"
  std::string connection;            // SQLite: file path; PostgreSQL: libpq connection string
  int leaseSeconds = 300;            // how long a claim holds without renewal
  int poolSize = 8;                  // sessions (PostgreSQL); SQLite uses one
};

// What the pipeline decided about a case, written in the same transaction that finishes a file.
struct CaseCheck {
  CaseState state = CaseState::received;
  std::string verdict = "unchecked";
  std::string holderNips, holderNames, missing;
  long long waitUntil = 0;
  std::string xml;
};
// Given the case row and all its files (in id order), decides the case's new check. Called
// inside the transaction that holds the case; must not touch the store.
using CaseChecker = std::function<CaseCheck(const CaseRow&, const std::vector<FileRow>&)>;

// Keys a loose one-letter file is matched on, and how similar two names must be.
struct GroupingKeys {
  std::vector<std::string> nips, names;
};
using NamesSimilar = std::function<bool(const std::string&, const std::string&)>;

struct StateCount {
  std::string state;
  long long count = 0;
};

class Store {
 public:
  // Connects and applies the migrations the database has not seen yet. Failure "store".
  static Result<std::unique_ptr<Store>> open(const Settings& settings);
  virtual ~Store() = default;

  virtual int schemaVersion() = 0;
  virtual const std::string& connector() const = 0;

  // ---- intake ----
  // Records one file found in the inbox, claimed by `owner`. The same bytes seen before
  // make it a duplicate (duplicateOf set) unless the earlier row is this very file (same
  // inbox path, not finished): a resumed intake is returned claimed by `owner`; a file
  // another daemon is still taking gives a row with id 0 (leave it alone).
  // `stillInInbox` is asked while the intake lock is held: a file another daemon finished
  // taking between our look at the inbox and the lock is gone by then, so false gives a row
  // with id 0 too (no row is recorded for a file that was never ours).
  using InboxCheck = std::function<bool(const NewFile&)>;
  virtual Result<FileRow> recordFile(const NewFile& file, const std::string& owner,
                                     const InboxCheck& stillInInbox = {}) = 0;
  // Records the files of one inbox sub-folder and their case, in one transaction; empty
  // when another daemon is taking one of them.
  virtual Result<std::vector<FileRow>> recordFolder(const std::string& origin,
                                                    const std::vector<NewFile>& files,
                                                    const std::string& owner,
                                                    const InboxCheck& stillInInbox = {}) = 0;
  // Inbox paths of rows still `received` (being taken): the scanner leaves them alone.
  virtual Result<std::vector<std::string>> pendingInboxPaths() = 0;

  // ---- claims ----
  // Claims the oldest non-terminal file whose lease is free or expired.
  virtual Result<std::optional<FileRow>> claimFile(const std::string& owner) = 0;
  virtual Result<bool> renewLease(long long fileId, const std::string& owner) = 0;
  virtual Result<bool> releaseClaim(long long fileId, const std::string& owner) = 0;
  // Forgets every claim (SQLite start-up: one daemon, so every old claim is dead).
  virtual Result<bool> releaseAllClaims() = 0;
  // Files not terminal: the depth of the work queue.
  virtual Result<long long> queueDepth() = 0;

  // ---- transitions (false: the row was not in `from` or not ours any more) ----
  virtual Result<bool> markTaken(long long fileId, const std::string& owner) = 0;
  virtual Result<bool> markRead(long long fileId, const std::string& owner,
                                const std::string& documentsXml, int letters, int pages) = 0;
  virtual Result<bool> markUnreadable(long long fileId, const std::string& owner,
                                      const Failure& reason) = 0;
  // read -> grouped: keeps the file's case (folder), else a new case for a file of several
  // letters, else joins the open case of the same holder NIP (or similar name) created
  // within `windowSeconds`, else a new case. Returns the case id.
  virtual Result<long long> groupFile(long long fileId, const std::string& owner,
                                      const GroupingKeys& keys, long long windowSeconds,
                                      const NamesSimilar& namesSimilar) = 0;
  // Ends a file's life (its move already done): grouped -> filed; any open state ->
  // quarantined, duplicate or vanished. When the file belongs to a case, the case is
  // re-checked by `checker` in the same transaction.
  virtual Result<bool> finishFile(long long fileId, const std::string& owner, FileState terminal,
                                  const CaseChecker& checker) = 0;

  // Cases waiting for a letter past their wait time go to waiting-signoff; returns how many.
  virtual Result<int> queueOverdueCases(long long now) = 0;

  // ---- reading ----
  virtual Result<std::optional<FileRow>> file(long long fileId) = 0;
  virtual Result<std::vector<FileRow>> filesOfCase(long long caseId) = 0;
  virtual Result<std::vector<FileRow>> duplicatesOf(long long fileId) = 0;
  // Cases, optionally only those in `state`, oldest first (without their XML unless asked).
  virtual Result<std::vector<CaseRow>> cases(const std::string& state, bool withXml) = 0;
  // Files not in a case: everything except filed rows and files of a case.
  virtual Result<std::vector<FileRow>> looseFiles(const std::string& state) = 0;
  virtual Result<std::vector<StateCount>> caseCounts() = 0;
  virtual Result<std::vector<StateCount>> fileCounts() = 0;
};

// Seconds since the epoch (the store's clock for created/lease times).
long long nowSeconds();

}  // namespace cabut::store
