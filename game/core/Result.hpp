// The one value-or-error type of the core, in the spirit of std::expected
// (not in g++ 12's C++20): every core function that can fail on user input,
// a file or the disk returns one. Failures are values with a message a
// teacher can act on, never exceptions or aborts.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace esprit {

enum class ErrorKind {
  busy,           // another program held the database for too long
  disk_full,      // SQLITE_FULL, or the disk had no room for a file
  damaged,        // the file is not a database, or a damaged one
  cannot_open,    // missing folder, no permission, missing file when it must exist
  read_only,      // the file or folder cannot be written
  newer_version,  // made by a newer Esprit; left untouched
  not_found,      // no such player, session, answer, pack or question
  invalid_input,  // the caller's data was refused (empty nickname, an answer that does not fit)
  input_output,   // any other failure of the disk or the file system
  internal,       // a bug in Esprit: an SQL statement SQLite refused
};

struct Error {
  ErrorKind kind = ErrorKind::internal;
  std::string message;  // complete sentences: what happened and what to do
  int sqlite_code = 0;  // the extended result code, 0 when SQLite was not involved
};

template <class Value>
class [[nodiscard]] Result {
 public:
  Result(Value value) : state_(std::in_place_index<0>, std::move(value)) {}
  Result(Error error) : state_(std::in_place_index<1>, std::move(error)) {}

  bool ok() const { return state_.index() == 0; }
  explicit operator bool() const { return ok(); }

  // Calling value() on an error, or error() on a value, is a programming
  // error: std::get throws std::bad_variant_access rather than reading junk.
  Value& value() & { return std::get<0>(state_); }
  const Value& value() const& { return std::get<0>(state_); }
  Value&& value() && { return std::get<0>(std::move(state_)); }
  Value* operator->() { return &value(); }
  const Value* operator->() const { return &value(); }
  Value& operator*() & { return value(); }
  const Value& operator*() const& { return value(); }

  const Error& error() const { return std::get<1>(state_); }

 private:
  std::variant<Value, Error> state_;
};

// For operations that give nothing back but may fail.
template <>
class [[nodiscard]] Result<void> {
 public:
  Result() = default;
  Result(Error error) : error_(std::move(error)) {}

  bool ok() const { return !error_.has_value(); }
  explicit operator bool() const { return ok(); }
  const Error& error() const { return *error_; }

 private:
  std::optional<Error> error_;
};

using Status = Result<void>;

}  // namespace esprit
