// The store on a real SQLite file and (when scripts/test-postgres gives one) a real
// PostgreSQL server: migrations, duplicate detection, claims and leases, grouping, re-checks.
#include <gtest/gtest.h>

#include <atomic>
#include <filesystem>
#include <set>
#include <thread>

#include "store/store.h"
#include "store_connection.h"

namespace cabut::store {
namespace {

class StoreTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    settings_.connector = GetParam();
    if (GetParam() == "postgresql") {
      settings_.connection = testing::freshPostgresDatabase();
      if (settings_.connection.empty())
        GTEST_SKIP() << "no PostgreSQL server: set CABUT_TEST_POSTGRES (scripts/test does)";
    } else {
      dir_ = testing::makeTempDir("cabut-store");
      settings_.connection = dir_ + "/cabut.db";
    }
  }
  void TearDown() override {
    if (!dir_.empty()) std::filesystem::remove_all(dir_);
  }

  std::unique_ptr<Store> open() {
    auto store = Store::open(settings_);
    EXPECT_TRUE(store.ok()) << (store.ok() ? "" : store.failure().message);
    return store.ok() ? std::move(*store) : nullptr;
  }

  static NewFile newFile(const std::string& name, const std::string& sha) {
    return NewFile{name, name, sha, 100, "", ""};
  }

  // Walks a claimed file to `read` with the given holder NIP as its only letter.
  static void readAs(Store& store, long long id, const std::string& owner, int letters = 1) {
    ASSERT_TRUE(*store.markTaken(id, owner));
    ASSERT_TRUE(*store.markRead(id, owner, "<extraction/>", letters, 1));
  }

  Settings settings_;
  std::string dir_;
};

TEST_P(StoreTest, MigratesOnceAndReopens) {
  { ASSERT_EQ(open()->schemaVersion(), 1); }
  auto again = open();
  EXPECT_EQ(again->schemaVersion(), 1);
  EXPECT_EQ(*again->queueDepth(), 0);
}

TEST_P(StoreTest, SameBytesAreADuplicateButTheSameFileResumes) {
  auto store = open();
  auto first = store->recordFile(newFile("a.pdf", "aa"), "me");
  ASSERT_TRUE(first.ok()) << first.failure().message;
  EXPECT_EQ(first->duplicateOf, 0);
  EXPECT_EQ(first->diskName, std::to_string(first->id) + "-a.pdf");
  auto resumed = store->recordFile(newFile("a.pdf", "aa"), "me");
  EXPECT_EQ(resumed->id, first->id);
  auto copy = store->recordFile(newFile("copy of a.pdf", "aa"), "me");
  EXPECT_NE(copy->id, first->id);
  EXPECT_EQ(copy->duplicateOf, first->id);
  auto other = store->recordFile(newFile("b.pdf", "bb"), "me");
  EXPECT_EQ(other->duplicateOf, 0);
  EXPECT_EQ(store->pendingInboxPaths()->size(), 3u);
}

// Two daemons share an inbox: a file the other daemon finished taking after we looked is
// gone when we hold the intake lock, and no row may be recorded for it.
TEST_P(StoreTest, AFileGoneFromTheInboxUnderTheLockIsNotRecorded) {
  auto store = open();
  int asked = 0;
  auto gone = [&asked](const store::NewFile&) {
    ++asked;
    return false;
  };
  auto row = store->recordFile(newFile("a.pdf", "aa"), "me", gone);
  ASSERT_TRUE(row.ok()) << row.failure().message;
  EXPECT_EQ(row->id, 0);
  auto rows = store->recordFolder("folder:kasus", {newFile("b.pdf", "bb")}, "me", gone);
  ASSERT_TRUE(rows.ok()) << rows.failure().message;
  EXPECT_TRUE(rows->empty());
  EXPECT_EQ(asked, 2);
  EXPECT_TRUE(store->pendingInboxPaths()->empty());
  EXPECT_TRUE(store->looseFiles("")->empty());
  EXPECT_TRUE(store->cases("", false)->empty());
}

TEST_P(StoreTest, TransitionsNeedTheRightStateAndOwner) {
  auto store = open();
  auto row = *store->recordFile(newFile("a.pdf", "aa"), "me");
  EXPECT_FALSE(*store->markTaken(row.id, "someone else"));
  EXPECT_FALSE(*store->markRead(row.id, "me", "<extraction/>", 1, 1));  // not taken yet
  EXPECT_TRUE(*store->markTaken(row.id, "me"));
  EXPECT_FALSE(*store->markTaken(row.id, "me"));
  EXPECT_TRUE(*store->markUnreadable(row.id, "me", {"corrupt-pdf", "rusak / corrupt"}));
  EXPECT_TRUE(*store->finishFile(row.id, "me", FileState::quarantined, {}));
  auto stored = **store->file(row.id);
  EXPECT_EQ(stored.state, FileState::quarantined);
  EXPECT_EQ(stored.reasonCode, "corrupt-pdf");
  EXPECT_EQ(*store->queueDepth(), 0);
}

TEST_P(StoreTest, ClaimsAreExclusiveUntilReleasedOrExpired) {
  settings_.leaseSeconds = 1;
  auto store = open();
  auto row = *store->recordFile(newFile("a.pdf", "aa"), "intake");
  ASSERT_TRUE(*store->releaseClaim(row.id, "intake"));
  auto claimed = *store->claimFile("worker-1");
  ASSERT_TRUE(claimed.has_value());
  EXPECT_EQ(claimed->id, row.id);
  EXPECT_FALSE(store->claimFile("worker-2")->has_value());
  ASSERT_TRUE(*store->releaseClaim(row.id, "worker-1"));
  EXPECT_TRUE(store->claimFile("worker-2")->has_value());
  // worker-2 dies holding it: the lease runs out and the file comes back.
  std::this_thread::sleep_for(std::chrono::milliseconds(2100));
  auto back = *store->claimFile("worker-3");
  ASSERT_TRUE(back.has_value());
  EXPECT_FALSE(*store->markTaken(row.id, "worker-2"));
  EXPECT_TRUE(*store->markTaken(row.id, "worker-3"));
}

TEST_P(StoreTest, ConcurrentWorkersClaimEachFileOnce) {
  auto store = open();
  constexpr int kFiles = 40;
  for (int i = 0; i < kFiles; ++i) {
    auto row =
        *store->recordFile(newFile("f" + std::to_string(i), "sha" + std::to_string(i)), "in");
    ASSERT_TRUE(*store->releaseClaim(row.id, "in"));
  }
  std::mutex mutex;
  std::multiset<long long> claimed;
  std::vector<std::thread> workers;
  for (int w = 0; w < 4; ++w)
    workers.emplace_back([&, w] {
      const std::string owner = "w" + std::to_string(w);
      for (;;) {
        auto file = store->claimFile(owner);
        if (!file.ok() || !file->has_value()) return;
        ASSERT_TRUE(*store->markTaken((*file)->id, owner));
        std::lock_guard lock(mutex);
        claimed.insert((*file)->id);
      }
    });
  for (auto& worker : workers) worker.join();
  EXPECT_EQ(claimed.size(), static_cast<std::size_t>(kFiles));
  EXPECT_EQ(std::set<long long>(claimed.begin(), claimed.end()).size(), claimed.size());
}

TEST_P(StoreTest, LooseLettersOfOneHolderShareACase) {
  auto store = open();
  auto similar = [](const std::string& a, const std::string& b) { return a == b; };
  std::vector<long long> ids;
  for (const char* sha : {"r", "c", "x", "n", "b"}) {
    auto row = *store->recordFile(newFile(std::string(sha) + ".png", sha), "me");
    ids.push_back(row.id);
    readAs(*store, row.id, "me", std::string(sha) == "b" ? 2 : 1);
  }
  const auto request =
      *store->groupFile(ids[0], "me", {{"199003152015031002"}, {"rizal"}}, 3600, similar);
  const auto recommendation =
      *store->groupFile(ids[1], "me", {{"199003152015031002"}, {"rizal"}}, 3600, similar);
  const auto other =
      *store->groupFile(ids[2], "me", {{"198001012005011001"}, {"ani"}}, 3600, similar);
  const auto byName = *store->groupFile(ids[3], "me", {{}, {"ani"}}, 3600, similar);
  const auto bundle = *store->groupFile(ids[4], "me", {{"199003152015031002"}, {}}, 3600, similar);
  EXPECT_EQ(request, recommendation);
  EXPECT_NE(other, request);
  EXPECT_EQ(byName, other);
  EXPECT_NE(bundle, request);
  EXPECT_EQ(store->cases("", false)->size(), 3u);
  EXPECT_EQ(store->filesOfCase(request)->size(), 2u);
}

TEST_P(StoreTest, FinishingAFileRechecksItsCaseInTheSameTransaction) {
  auto store = open();
  auto rows =
      *store->recordFolder("folder:kasus-1", {newFile("a", "a1"), newFile("b", "b1")}, "me");
  ASSERT_EQ(rows.size(), 2u);
  ASSERT_EQ(rows[0].caseId, rows[1].caseId);
  int calls = 0;
  auto checker = [&](const CaseRow& c, const std::vector<FileRow>& files) {
    ++calls;
    CaseCheck check;
    const bool allDone = std::all_of(files.begin(), files.end(),
                                     [](const FileRow& f) { return isTerminal(f.state); });
    check.state = allDone ? CaseState::waitingSignoff : CaseState::received;
    check.verdict = allDone ? "complete" : "unchecked";
    check.xml = "<case id=\"" + std::to_string(c.id) + "\"/>";
    return check;
  };
  readAs(*store, rows[0].id, "me");
  ASSERT_EQ(*store->groupFile(rows[0].id, "me", {}, 60, {}), rows[0].caseId);
  ASSERT_TRUE(*store->finishFile(rows[0].id, "me", FileState::filed, checker));
  EXPECT_EQ(store->cases("received", false)->size(), 1u);
  ASSERT_TRUE(*store->markTaken(rows[1].id, "me"));
  ASSERT_TRUE(*store->markUnreadable(rows[1].id, "me", {"empty-file", "kosong / empty"}));
  ASSERT_TRUE(*store->finishFile(rows[1].id, "me", FileState::quarantined, checker));
  EXPECT_EQ(calls, 2);
  auto done = *store->cases("waiting-signoff", true);
  ASSERT_EQ(done.size(), 1u);
  EXPECT_EQ(done[0].verdict, "complete");
  EXPECT_EQ(done[0].origin, "folder:kasus-1");
  EXPECT_NE(done[0].xml.find("<case id="), std::string::npos);
  EXPECT_TRUE(store->looseFiles("")->empty());
}

TEST_P(StoreTest, OverdueCasesAreQueuedAnyway) {
  auto store = open();
  auto row = *store->recordFile(newFile("r.png", "r"), "me");
  readAs(*store, row.id, "me");
  const auto caseId = *store->groupFile(row.id, "me", {{"1"}, {}}, 60, {});
  ASSERT_TRUE(*store->finishFile(row.id, "me", FileState::filed,
                                 [](const CaseRow&, const std::vector<FileRow>&) {
                                   CaseCheck check;
                                   check.state = CaseState::waitingLetter;
                                   check.verdict = "incomplete";
                                   check.waitUntil = nowSeconds() + 100;
                                   return check;
                                 }));
  EXPECT_EQ(*store->queueOverdueCases(nowSeconds()), 0);
  EXPECT_EQ(*store->queueOverdueCases(nowSeconds() + 101), 1);
  auto queued = *store->cases("waiting-signoff", false);
  ASSERT_EQ(queued.size(), 1u);
  EXPECT_EQ(queued[0].id, caseId);
}

INSTANTIATE_TEST_SUITE_P(Databases, StoreTest, ::testing::Values("sqlite", "postgresql"),
                         [](const ::testing::TestParamInfo<std::string>& p) { return p.param; });

}  // namespace
}  // namespace cabut::store
