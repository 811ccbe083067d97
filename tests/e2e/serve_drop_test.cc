// End-to-end on real scans (real OCR): a case folder, a bundled two-letter PDF, two loose
// letters of one holder, a file written in 100-byte chunks over 20 s, and a letter that
// arrives after its case was queued. Every verdict must be the one `cabut check` (the fixed
// contract command) gives for the same files.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <map>
#include <mutex>
#include <regex>
#include <thread>

#include "daemon_support.h"

namespace cabut::e2e {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> filesIn(const std::string& folder) {
  std::vector<std::string> files;
  for (const auto& item : fs::directory_iterator(folder)) files.push_back(item.path().string());
  std::sort(files.begin(), files.end());
  return files;
}

// The verdict `cabut check` gives these files (cached: OCR is not cheap).
std::string checkVerdict(const std::vector<std::string>& files) {
  static std::mutex mutex;
  static std::map<std::vector<std::string>, std::string> cache;
  std::lock_guard lock(mutex);
  if (auto hit = cache.find(files); hit != cache.end()) return hit->second;
  std::string command = std::string(CABUT_BINARY) + " check --today 2024-06-01";
  for (const auto& file : files) command += " '" + file + "'";
  std::string output;
  if (std::FILE* pipe = ::popen(command.c_str(), "r")) {
    char buffer[4096];
    while (std::size_t got = std::fread(buffer, 1, sizeof buffer, pipe)) output.append(buffer, got);
    ::pclose(pipe);
  }
  std::smatch match;
  std::string verdict = std::regex_search(output, match, std::regex("<case verdict=\"(\\w+)\""))
                            ? match[1].str()
                            : "no-output";
  return cache[files] = verdict;
}

std::optional<store::FileRow> rowNamed(store::Store& store, const std::string& inboxPath) {
  auto cases = store.cases("", false);
  if (!cases) return std::nullopt;
  for (const auto& c : *cases) {
    const auto files = store.filesOfCase(c.id);
    for (const auto& f : *files)
      if (f.inboxPath == inboxPath) return f;
  }
  const auto loose = store.looseFiles("");
  for (const auto& f : *loose)
    if (f.inboxPath == inboxPath) return f;
  return std::nullopt;
}

std::optional<store::CaseRow> caseOf(store::Store& store, const std::string& inboxPath) {
  auto row = rowNamed(store, inboxPath);
  if (!row || row->caseId == 0) return std::nullopt;
  const auto cases = store.cases("", false);
  for (const auto& c : *cases)
    if (c.id == row->caseId) return c;
  return std::nullopt;
}

class DropTest : public PerDatabaseTest {};

TEST_P(DropTest, ScansBecomeCheckedCasesWithTheVerdictsOfCabutCheck) {
  const std::string cases = generatedSet("cases");
  const std::string clean = generatedSet("clean", 6);
  const int port = freePort();
  auto defines = baseDefines(folders_, port);
  defines.push_back("grouping.waitSeconds=8");
  for (const auto& define : storeDefines()) defines.push_back(define);
  Daemon daemon(folders_, defines);
  ASSERT_TRUE(daemon.waitHealthy(std::chrono::seconds(60))) << daemon.log();
  std::multiset<std::string> dropped;
  auto drop = [&](const std::string& from, const std::string& to) {
    copyFile(from, to);
    dropped.insert(sha256(from));
  };

  // A case folder, prepared beside the inbox and moved in whole.
  const auto officeFiles = filesIn(cases + "/complete-office");
  for (const auto& file : officeFiles)
    drop(file, folders_.root + "/kasus kantor/" + fs::path(file).filename().string());
  fs::rename(folders_.root + "/kasus kantor", folders_.inbox + "/kasus kantor");
  // One PDF holding both letters.
  const auto combined = filesIn(cases + "/complete-combined-pdf");
  drop(combined.at(0), folders_.inbox + "/gabungan.pdf");
  // Two loose letters of one holder.
  const auto pair = filesIn(clean + "/case03");
  drop(pair.at(0), folders_.inbox + "/surat-a.png");
  drop(pair.at(1), folders_.inbox + "/surat-b.png");
  // A request whose recommendation comes late.
  const auto personal = filesIn(cases + "/complete-personal");
  drop(personal.at(0), folders_.inbox + "/permohonan pribadi.pdf");
  // A slow network copy: 100-byte chunks over 20 s.
  const auto slow = filesIn(clean + "/case05");
  dropped.insert(sha256(slow.at(0)));
  std::thread copier([&] {
    copySlowly(slow.at(0), folders_.inbox + "/lambat.pdf", 100, std::chrono::seconds(20));
  });
  copier.join();

  auto store = openStore();
  ASSERT_TRUE(waitFor([&] { return settled(*store, folders_); }, std::chrono::seconds(300)))
      << daemon.log();
  // The request alone waits for its recommendation, then is queued anyway.
  ASSERT_TRUE(waitFor(
      [&] {
        auto c = caseOf(*store, "permohonan pribadi.pdf");
        return c && c->state == store::CaseState::waitingSignoff;
      },
      std::chrono::seconds(60)));
  const auto lonely = *caseOf(*store, "permohonan pribadi.pdf");
  EXPECT_EQ(lonely.verdict, "incomplete");
  EXPECT_FALSE(lonely.missing.empty());

  // ... and its recommendation, arriving later, joins it and the case is checked again.
  drop(personal.at(1), folders_.inbox + "/rekomendasi pribadi.pdf");
  ASSERT_TRUE(waitFor(
      [&] {
        auto f = rowNamed(*store, "rekomendasi pribadi.pdf");
        return f && f->state == store::FileState::filed && settled(*store, folders_);
      },
      std::chrono::seconds(120)))
      << daemon.log();
  const auto joined = *caseOf(*store, "rekomendasi pribadi.pdf");
  EXPECT_EQ(joined.id, lonely.id);
  EXPECT_EQ(joined.verdict, checkVerdict(personal));

  const auto office =
      *caseOf(*store, "kasus kantor/" + fs::path(officeFiles[0]).filename().string());
  EXPECT_EQ(office.origin, "folder:kasus kantor");
  EXPECT_EQ(store->filesOfCase(office.id)->size(), officeFiles.size());
  EXPECT_EQ(office.verdict, checkVerdict(officeFiles));

  const auto bundle = *caseOf(*store, "gabungan.pdf");
  EXPECT_EQ(bundle.origin, "bundle");
  EXPECT_EQ(bundle.verdict, checkVerdict(combined));

  const auto a = caseOf(*store, "surat-a.png"), b = caseOf(*store, "surat-b.png");
  ASSERT_TRUE(a && b);
  EXPECT_EQ(a->id, b->id) << "two letters of one holder belong to one case";
  EXPECT_EQ(a->verdict, checkVerdict(pair));

  // Taken only once complete: the bytes read are the whole file.
  const auto slowRow = *rowNamed(*store, "lambat.pdf");
  EXPECT_EQ(slowRow.state, store::FileState::filed);
  EXPECT_EQ(slowRow.sha256, sha256(slow.at(0)));
  EXPECT_EQ(caseOf(*store, "lambat.pdf")->verdict, checkVerdict(slow));

  // Each case folder holds the case document the store holds.
  EXPECT_TRUE(fs::exists(folders_.work + "/cases/" + std::to_string(office.id) + "/case.xml"));
  std::string metrics;
  EXPECT_EQ(httpGet(port, "/metrics", &metrics), 200);
  EXPECT_NE(metrics.find("cabut_files_received_total 8"), std::string::npos) << metrics;
  EXPECT_NE(metrics.find("cabut_cases{state=\"waiting-signoff\"}"), std::string::npos);
  EXPECT_EQ(metrics.find("cabut_pages_read_total 0\n"), std::string::npos);
  EXPECT_NE(metrics.find("cabut_ocr_page_seconds_count"), std::string::npos);
  EXPECT_EQ(httpGet(port, "/nothing-here"), 404);

  EXPECT_EQ(daemon.terminate(), 0);
  EXPECT_EQ(expectStoreAgreesWithFolders(*store, folders_, dropped), 0);
}

CABUT_FOR_EACH_DATABASE(DropTest);

}  // namespace
}  // namespace cabut::e2e
