// Rules benchmark (never run in CI): checklist load time and case evaluations per second for
// the default checklist, on one core.
//   cmake --build BUILD --target bench_rules && BUILD/tests/rules/bench_rules [CASE.xml]
#include <chrono>
#include <cstdio>
#include <ctime>
#include <string>

#include "rules/identity_numbers.h"
#include "rules/rules.h"

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

// CPU time of this thread: on a shared machine, wall time also counts other people's work.
double threadCpuSeconds() {
  timespec now{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
  return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) * 1e-9;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace cabut;
  const std::string rulesDir = std::string(CABUT_SOURCE_DIR) + "/rules";
  const std::string casePath =
      argc > 1 ? argv[1] : rulesDir + "/tests/complete-two-holders.case.xml";

  constexpr int kLoads = 200;
  auto start = Clock::now();
  const double loadCpuStart = threadCpuSeconds();
  std::shared_ptr<rules::Checklist> checklist;
  for (int i = 0; i < kLoads; ++i) {
    auto loaded = rules::Checklist::load(rulesDir);
    if (!loaded) {
      std::fprintf(stderr, "%s\n", loaded.failure().message.c_str());
      return 2;
    }
    checklist = *loaded;
  }
  const double loadMs = secondsSince(start) * 1000.0 / kLoads;
  const double loadCpuMs = (threadCpuSeconds() - loadCpuStart) * 1000.0 / kLoads;

  auto loadedCase = cases::Case::readFile(casePath);
  if (!loadedCase) {
    std::fprintf(stderr, "%s\n", loadedCase.failure().message.c_str());
    return 2;
  }
  rules::Evaluator evaluator(checklist, *rules::parseIsoDate("2024-06-01"));

  // Warm up, then as many evaluations as fit in about two seconds.
  for (int i = 0; i < 1000; ++i) evaluator.evaluate(*loadedCase);
  auto measure = [&](const char* what, auto&& once) {
    long count = 0;
    const auto begin = Clock::now();
    const double cpuBegin = threadCpuSeconds();
    double elapsed = 0;
    while ((elapsed = secondsSince(begin)) < 2.0)
      for (int i = 0; i < 500; ++i, ++count) once();
    const double cpu = threadCpuSeconds() - cpuBegin;
    std::printf("%-40s %8.0f cases/s wall, %8.0f cases/s CPU (%.1f us CPU/case)\n", what,
                count / elapsed, count / cpu, cpu * 1e6 / count);
  };
  std::printf("checklist: %zu rules, load %.2f ms wall, %.2f ms CPU (mean of %d)\n",
              checklist->rules().size(), loadMs, loadCpuMs, kLoads);
  std::printf("case: %s\n", casePath.c_str());
  measure("evaluate (results only)", [&] { evaluator.evaluate(*loadedCase); });
  measure("check (results written into the case)", [&] { evaluator.check(*loadedCase); });
  return 0;
}
