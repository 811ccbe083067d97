// Checks a rule's XPath before libxml2 compiles it, for what the compiler does not catch at
// compile time (unknown functions and variables are only found when evaluated) or must not
// be given (expressions nested deep enough to exhaust the stack). Internal to rules/.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <string_view>

#include "common/failure.h"

namespace cabut::rules {

inline constexpr size_t kMaxExpressionLength = 4000;
inline constexpr int kMaxExpressionNesting = 32;  // ( and [ levels

// Nothing when the expression only calls XPath 1.0 core functions or `c:NAME` with NAME in
// `projectFunctions`, only reads variables in `variables`, and stays within the limits.
// Else Failure code "unknown-function", "unknown-variable" or "too-complex".
std::optional<Failure> lintXPath(std::string_view expression,
                                 const std::set<std::string>& projectFunctions,
                                 const std::set<std::string>& variables);

}  // namespace cabut::rules
