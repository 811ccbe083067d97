#include <array>

#include "store/store.h"

namespace cabut::store {
namespace {

constexpr std::array<const char*, 8> kFileStateNames = {
    "received", "taken", "read", "grouped", "filed", "duplicate", "quarantined", "vanished"};
constexpr std::array<const char*, 4> kCaseStateNames = {"received", "waiting-letter",
                                                        "waiting-signoff", "duplicate"};

template <typename Enum, std::size_t N>
std::optional<Enum> fromName(const std::array<const char*, N>& names, std::string_view name) {
  for (std::size_t i = 0; i < N; ++i)
    if (name == names[i]) return static_cast<Enum>(i);
  return std::nullopt;
}

}  // namespace

const char* fileStateName(FileState state) {
  return kFileStateNames[static_cast<std::size_t>(state)];
}
std::optional<FileState> fileStateFromName(std::string_view name) {
  return fromName<FileState>(kFileStateNames, name);
}
bool isTerminal(FileState state) {
  return state == FileState::filed || state == FileState::duplicate ||
         state == FileState::quarantined || state == FileState::vanished;
}

const char* caseStateName(CaseState state) {
  return kCaseStateNames[static_cast<std::size_t>(state)];
}
std::optional<CaseState> caseStateFromName(std::string_view name) {
  return fromName<CaseState>(kCaseStateNames, name);
}

}  // namespace cabut::store
