#include "daemon_support.h"

#include "store/store_connection.h"

#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/StreamCopier.h>
#include <fcntl.h>
#include <gtest/gtest.h>
#include <openssl/evp.h>
#include <signal.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

namespace cabut::e2e {

namespace fs = std::filesystem;

Folders::Folders() {
  std::string pattern = (fs::temp_directory_path() / "cabut-e2e-XXXXXX").string();
  if (!mkdtemp(pattern.data())) throw std::runtime_error("mkdtemp");
  root = pattern;
  inbox = root + "/inbox";
  work = root + "/work";
  fs::create_directories(inbox);
}

Folders::~Folders() {
  if (std::getenv("CABUT_KEEP_TEST_DIRS")) return;
  std::error_code error;
  // Files made unreadable by a test must not stop the clean-up.
  for (const auto& item : fs::recursive_directory_iterator(root, error))
    if (!item.is_symlink(error)) ::chmod(item.path().c_str(), 0755);
  fs::remove_all(root, error);
}

std::string generatedSet(const std::string& set, int count) {
  const std::string out =
      std::string(CABUT_TEST_DATA) + "/e2e-" + set + (count ? "-" + std::to_string(count) : "");
  // Test binaries run in parallel: one generates, the others wait for it (flock).
  fs::create_directories(CABUT_TEST_DATA);
  const int lock = ::open((out + ".lock").c_str(), O_CREAT | O_RDWR | O_CLOEXEC, 0644);
  if (lock < 0 || ::flock(lock, LOCK_EX) != 0) throw std::runtime_error("cannot lock " + out);
  struct Unlock {
    int fd;
    ~Unlock() { ::close(fd); }
  } unlock{lock};
  if (fs::exists(out + "/.done")) return out;
  std::string command = "/usr/bin/python3 " + std::string(CABUT_SOURCE_DIR) +
                        "/samples/generator/generate.py --quiet --jobs 1 --out '" + out +
                        "' --set " + set;
  if (count) command += " --count " + std::to_string(count);
  if (std::system((command + " >/dev/null").c_str()) != 0)
    throw std::runtime_error("sample generator failed: " + command);
  std::ofstream(out + "/.done") << "ok\n";
  return out;
}

int freePort() {
  Poco::Net::ServerSocket socket(Poco::Net::SocketAddress("127.0.0.1", 0));
  return socket.address().port();
}

std::vector<std::string> baseDefines(const Folders& folders, int port) {
  return {"inbox.path=" + folders.inbox, "work.path=" + folders.work,
          "inbox.stableSeconds=0.5",     "http.port=" + std::to_string(port),
          "check.today=2024-06-01",      "workers=2",
          "logging.level=information"};
}

Daemon::Daemon(const Folders& folders, std::vector<std::string> defines, const std::string& name)
    : logPath_(folders.root + "/daemon-" + name + ".out") {
  for (const auto& define : defines)
    if (define.starts_with("http.port=")) port_ = std::stoi(define.substr(10));
  std::vector<std::string> args = {CABUT_BINARY, "serve"};
  for (const auto& define : defines) args.push_back("-D" + define);
  pid_ = ::fork();
  if (pid_ == 0) {
    std::FILE* out = std::fopen(logPath_.c_str(), "a");
    if (out) {
      ::dup2(fileno(out), 1);
      ::dup2(fileno(out), 2);
    }
    ::setenv("OMP_THREAD_LIMIT", "1", 1);
    std::vector<char*> argv;
    for (auto& arg : args) argv.push_back(arg.data());
    argv.push_back(nullptr);
    ::execv(argv[0], argv.data());
    ::_exit(127);
  }
}

Daemon::~Daemon() {
  if (running()) kill9();
}

bool Daemon::running() {
  if (pid_ <= 0) return false;
  int status = 0;
  if (::waitpid(pid_, &status, WNOHANG) == pid_) {
    pid_ = -1;
    return false;
  }
  return true;
}

bool Daemon::waitHealthy(std::chrono::seconds timeout) {
  return waitFor([&] { return running() && httpGet(port_, "/healthz") == 200; }, timeout);
}

int Daemon::terminate() {
  if (pid_ <= 0) return -1;
  ::kill(pid_, SIGTERM);
  int status = 0;
  ::waitpid(pid_, &status, 0);
  pid_ = -1;
  return WIFEXITED(status) ? WEXITSTATUS(status) : -WTERMSIG(status);
}

void Daemon::kill9() {
  if (pid_ <= 0) return;
  ::kill(pid_, SIGKILL);
  int status = 0;
  ::waitpid(pid_, &status, 0);
  pid_ = -1;
}

std::string Daemon::log() const {
  std::ifstream in(logPath_);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

int httpGet(int port, const std::string& path, std::string* body) {
  try {
    Poco::Net::HTTPClientSession session("127.0.0.1", static_cast<Poco::UInt16>(port));
    session.setTimeout(Poco::Timespan(5, 0));
    Poco::Net::HTTPRequest request(Poco::Net::HTTPRequest::HTTP_GET, path);
    session.sendRequest(request);
    Poco::Net::HTTPResponse response;
    std::istream& in = session.receiveResponse(response);
    std::string text;
    Poco::StreamCopier::copyToString(in, text);
    if (body) *body = text;
    return response.getStatus();
  } catch (const Poco::Exception&) {
    return 0;
  }
}

bool waitFor(const std::function<bool()>& done, std::chrono::seconds timeout) {
  const auto until = std::chrono::steady_clock::now() + timeout;
  while (std::chrono::steady_clock::now() < until) {
    if (done()) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
  }
  return done();
}

std::string sha256(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(),
                                                                  &EVP_MD_CTX_free);
  EVP_DigestInit_ex(context.get(), EVP_sha256(), nullptr);
  char buffer[65536];
  while (in.read(buffer, sizeof buffer) || in.gcount() > 0)
    EVP_DigestUpdate(context.get(), buffer, static_cast<size_t>(in.gcount()));
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  EVP_DigestFinal_ex(context.get(), digest, &length);
  std::string hex;
  for (unsigned int i = 0; i < length; ++i) {
    static const char* digits = "0123456789abcdef";
    hex += digits[digest[i] >> 4];
    hex += digits[digest[i] & 15];
  }
  return hex;
}

void copyFile(const std::string& from, const std::string& to) {
  fs::create_directories(fs::path(to).parent_path());
  fs::copy_file(from, to, fs::copy_options::overwrite_existing);
}

void copySlowly(const std::string& from, const std::string& to, std::size_t chunk,
                std::chrono::milliseconds over) {
  std::ifstream in(from, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const std::size_t chunks = (bytes.size() + chunk - 1) / chunk;
  const auto pause = over / std::max<std::size_t>(chunks, 1);
  std::ofstream out(to, std::ios::binary);
  for (std::size_t at = 0; at < bytes.size(); at += chunk) {
    out.write(bytes.data() + at, static_cast<std::streamsize>(std::min(chunk, bytes.size() - at)));
    out.flush();
    std::this_thread::sleep_for(pause);
  }
}

std::vector<std::string> filesBelow(const std::string& folder) {
  std::vector<std::string> files;
  std::error_code error;
  for (auto it = fs::recursive_directory_iterator(folder, error);
       it != fs::recursive_directory_iterator(); it.increment(error)) {
    if (it->is_directory(error) && !it->is_symlink(error)) continue;
    files.push_back(it->path().lexically_relative(folder).string());
  }
  return files;
}

std::unique_ptr<store::Store> openStoreAt(const std::string& connector,
                                          const std::string& connection) {
  store::Settings settings;
  settings.connector = connector;
  settings.connection = connection;
  auto opened = store::Store::open(settings);
  if (!opened) throw std::runtime_error(opened.failure().message);
  return std::move(*opened);
}

std::unique_ptr<store::Store> openSqliteStore(const Folders& folders) {
  return openStoreAt("sqlite", folders.work + "/cabut.db");
}

bool settled(store::Store& store, const Folders& folders) {
  auto depth = store.queueDepth();
  auto pending = store.cases("received", false);
  return filesBelow(folders.inbox).empty() && depth && *depth == 0 && pending && pending->empty();
}

std::map<std::string, store::FileRow> rowsByPath(store::Store& store) {
  std::map<std::string, store::FileRow> rows;
  const auto cases = store.cases("", false);
  for (const auto& c : *cases) {
    const auto files = store.filesOfCase(c.id);
    for (const auto& f : *files) rows[f.inboxPath] = f;
  }
  const auto loose = store.looseFiles("");
  for (const auto& f : *loose) rows[f.inboxPath] = f;
  return rows;
}

void PerDatabaseTest::SetUp() {
  if (GetParam() != "postgresql") return;
  postgres_ = testing::freshPostgresDatabase();
  if (postgres_.empty())
    GTEST_SKIP() << "no PostgreSQL server: set CABUT_TEST_POSTGRES (scripts/test does)";
}

std::vector<std::string> PerDatabaseTest::storeDefines() const {
  if (GetParam() != "postgresql") return {};
  return {"store.connector=postgresql", "store.connection=" + postgres_};
}

std::unique_ptr<store::Store> PerDatabaseTest::openStore() const {
  return GetParam() == "postgresql" ? openStoreAt("postgresql", postgres_)
                                    : openSqliteStore(folders_);
}

int expectStoreAgreesWithFolders(store::Store& store, const Folders& folders,
                                 const std::multiset<std::string>& droppedShas) {
  int problems = 0;
  auto problem = [&](const std::string& what) {
    ++problems;
    ADD_FAILURE() << what;
  };
  for (const auto& left : filesBelow(folders.inbox)) problem("left in the inbox: " + left);
  for (const auto& left : filesBelow(folders.work + "/incoming"))
    problem("left in work/incoming: " + left);

  // Every row, from the cases and from the loose list.
  std::vector<store::FileRow> rows;
  auto cases = store.cases("", false);
  if (!cases) {
    problem(cases.failure().message);
    return problems;
  }
  std::map<std::string, int> folderCases;
  for (const auto& c : *cases) {
    if (c.origin.starts_with("folder:")) ++folderCases[c.origin];
    auto files = store.filesOfCase(c.id);
    rows.insert(rows.end(), files->begin(), files->end());
    if (c.state == store::CaseState::received)
      problem("case " + std::to_string(c.id) + " never checked");
  }
  auto loose = store.looseFiles("");
  rows.insert(rows.end(), loose->begin(), loose->end());

  std::set<std::string> expectedPaths;
  std::multiset<std::string> storedShas;
  for (const auto& row : rows) {
    const std::string id = "file #" + std::to_string(row.id) + " (" + row.inboxPath + ")";
    std::string place;
    switch (row.state) {
      case store::FileState::filed:
        place = "cases/" + std::to_string(row.caseId) + "/" + row.diskName;
        break;
      case store::FileState::duplicate:
        place = "duplicates/" + row.diskName;
        expectedPaths.insert(place + ".note.txt");
        break;
      case store::FileState::quarantined:
        place = "quarantine/" + row.diskName;
        expectedPaths.insert(place + ".reason.txt");
        break;
      default:
        problem(id + " ended in state " + store::fileStateName(row.state));
        continue;
    }
    expectedPaths.insert(place);
    if (!row.sha256.empty()) {
      storedShas.insert(row.sha256);
      struct stat info {};
      if (::lstat((folders.work + "/" + place).c_str(), &info) == 0 && S_ISREG(info.st_mode) &&
          sha256(folders.work + "/" + place) != row.sha256)
        problem(id + ": bytes at " + place + " differ from the recorded SHA-256");
    }
  }
  std::set<std::string> actualPaths;
  for (const char* area : {"cases", "duplicates", "quarantine"})
    for (const auto& file : filesBelow(folders.work + "/" + area)) {
      const std::string path = std::string(area) + "/" + file;
      if (std::string(area) == "cases" && path.ends_with("/case.xml")) continue;
      actualPaths.insert(path);
    }
  for (const auto& path : expectedPaths)
    if (!actualPaths.count(path)) problem("the store says " + path + " exists; it does not");
  for (const auto& path : actualPaths)
    if (!expectedPaths.count(path)) problem(path + " is in the work area but not in the store");
  for (const auto& [origin, count] : folderCases)
    if (count > 1) problem(origin + " became " + std::to_string(count) + " cases");
  if (storedShas != droppedShas)
    problem("the stored files' SHA-256 (" + std::to_string(storedShas.size()) +
            ") are not exactly those dropped (" + std::to_string(droppedShas.size()) + ")");
  return problems;
}

}  // namespace cabut::e2e
