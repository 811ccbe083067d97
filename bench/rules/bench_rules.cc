// Rules benchmark (never run in CI): checklist load time and case evaluations per second for
// the default checklist, on one core.
//   cmake --build BUILD --target bench_rules && BUILD/tests/rules/bench_rules [CASE.xml]
#include <chrono>
#include <cstdio>
#include <string>

#include "rules/identity_numbers.h"
#include "rules/rules.h"

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

}  // namespace

int main(int argc, char** argv) {
  using namespace cabut;
  const std::string rulesDir = std::string(CABUT_SOURCE_DIR) + "/rules";
  const std::string casePath =
      argc > 1 ? argv[1] : rulesDir + "/tests/complete-two-holders.case.xml";

  constexpr int kLoads = 200;
  auto start = Clock::now();
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
    double elapsed = 0;
    while ((elapsed = secondsSince(begin)) < 2.0)
      for (int i = 0; i < 500; ++i, ++count) once();
    std::printf("%-44s %10.0f cases/s  (%.1f us/case)\n", what, count / elapsed,
                elapsed * 1e6 / count);
  };
  std::printf("checklist: %zu rules, load %.2f ms (mean of %d)\n", checklist->rules().size(),
              loadMs, kLoads);
  std::printf("case: %s\n", casePath.c_str());
  measure("evaluate (results only)", [&] { evaluator.evaluate(*loadedCase); });
  measure("check (results written into the case)", [&] { evaluator.check(*loadedCase); });
  return 0;
}
