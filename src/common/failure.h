// Errors as values: every stage returns either its result or a Failure that a clerk can read.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace cabut {

// A stable machine code (used in <error code="..."> and metrics) plus a readable reason.
struct Failure {
  std::string code;     // e.g. "empty-file", "encrypted-pdf", "too-many-pixels"
  std::string message;  // English, one sentence, safe to show to a clerk
};

// Either a value or a Failure. Minimal stand-in for std::expected (C++23).
template <typename T>
class Result {
 public:
  Result(T value) : state_(std::move(value)) {}
  Result(Failure failure) : state_(std::move(failure)) {}

  bool ok() const { return std::holds_alternative<T>(state_); }
  explicit operator bool() const { return ok(); }
  T& value() { return std::get<T>(state_); }
  const T& value() const { return std::get<T>(state_); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() { return value(); }
  const T& operator*() const { return value(); }
  const Failure& failure() const { return std::get<Failure>(state_); }

 private:
  std::variant<T, Failure> state_;
};

}  // namespace cabut
