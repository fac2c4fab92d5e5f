// A thin, owning layer over SQLite's C API for the storage module only:
// a connection with a cache of prepared statements, statements that reset
// themselves after use, immediate transactions that roll back unless
// committed, and SQLite result codes turned into storage::Error values.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StorageResult.hpp"

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace esprit::storage {

// A prepared statement borrowed from the connection's cache. Going out of
// scope resets it and clears its bindings, so no read transaction is left
// open by a query that stopped early.
class Statement {
 public:
  Statement(sqlite3_stmt* statement, class Connection* connection)
      : statement_(statement), connection_(connection) {}
  Statement(Statement&& other) noexcept;
  Statement& operator=(Statement&&) = delete;
  Statement(const Statement&) = delete;
  ~Statement();

  // Parameters are numbered from 1, as in SQLite.
  Statement& bind(int index, std::int64_t value);
  Statement& bind(int index, double value);
  Statement& bind(int index, std::string_view text);
  Statement& bind(int index, const std::optional<double>& value);
  Statement& bindNull(int index);

  // True when a row is ready to read, false when the statement is done.
  Result<bool> step();
  // Runs a statement that returns no rows.
  Status run();
  // Makes the statement ready to bind and run again, as in a loop.
  void reset();

  // Columns are numbered from 0, as in SQLite.
  std::int64_t integer(int column) const;
  double real(int column) const;
  std::string text(int column) const;
  bool isNull(int column) const;
  std::optional<double> optionalReal(int column) const;

  // Reads the columns from `first` on into `fields`, one column each, by the
  // field's type: text, a whole number, a real, 0 or 1 as a bool, and NULL
  // as an empty optional.
  template <class... Fields>
  void readColumns(int first, Fields&... fields) const {
    int column = first;
    (readColumn(column++, fields), ...);
  }

 private:
  void readColumn(int column, std::string& field) const { field = text(column); }
  void readColumn(int column, std::int64_t& field) const { field = integer(column); }
  void readColumn(int column, int& field) const { field = static_cast<int>(integer(column)); }
  void readColumn(int column, double& field) const { field = real(column); }
  void readColumn(int column, bool& field) const { field = integer(column) != 0; }
  void readColumn(int column, std::optional<double>& field) const { field = optionalReal(column); }
  void readColumn(int column, std::optional<bool>& field) const;

  sqlite3_stmt* statement_;
  Connection* connection_;
};

class Connection {
 public:
  // flags are SQLite's SQLITE_OPEN_* flags.
  static Result<Connection> open(const std::filesystem::path& file, int flags);
  Connection(Connection&& other) noexcept;
  Connection& operator=(Connection&& other) noexcept;
  Connection(const Connection&) = delete;
  ~Connection();

  // The statement for this SQL text, prepared once and then reused.
  Result<Statement> prepare(std::string_view sql);
  // Runs one or more statements that return no rows.
  Status execute(const char* sql);
  // Runs a statement that returns no rows with `values` bound to ?1, ?2, …
  // in order.
  template <class... Values>
  Status run(std::string_view sql, const Values&... values) {
    auto statement = prepare(sql);
    if (!statement) return statement.error();
    int index = 0;
    (statement->bind(++index, values), ...);
    return statement->run();
  }
  // The first column of the first row of a query, such as a PRAGMA.
  Result<std::int64_t> queryInteger(const char* sql);
  Result<std::string> queryText(const char* sql);

  // Caps the file at `pages` pages, so tests meet a full disk without
  // filling a real one; 0 removes the cap.
  Status limitPages(std::int64_t pages);

  std::int64_t lastInsertId() const;
  int changes() const;
  const std::filesystem::path& file() const { return file_; }

  // Turns an SQLite result code into an error whose message names the file
  // and says what to do. `doing` completes "… while <doing>".
  Error error(int code, std::string_view doing) const;
  sqlite3* handle() const { return database_; }

 private:
  Connection(sqlite3* database, std::filesystem::path file)
      : database_(database), file_(std::move(file)) {}
  void close();

  sqlite3* database_ = nullptr;
  std::filesystem::path file_;
  std::map<std::string, sqlite3_stmt*, std::less<>> statements_;
};

// Every row the statement returns, in order, each made by `read(statement)`
// while the statement stands on it; SQLite's first error ends the reading.
template <class ReadRow>
auto readRows(Statement& statement, ReadRow read)
    -> Result<std::vector<std::invoke_result_t<ReadRow&, const Statement&>>> {
  std::vector<std::invoke_result_t<ReadRow&, const Statement&>> rows;
  while (true) {
    auto step = statement.step();
    if (!step) return step.error();
    if (!*step) return rows;
    rows.push_back(read(static_cast<const Statement&>(statement)));
  }
}

// The same for a query that takes no parameters.
template <class ReadRow>
auto readRows(Connection& connection, std::string_view sql, ReadRow read) {
  auto statement = connection.prepare(sql);
  using Rows = decltype(readRows(*statement, read));
  if (!statement) return Rows(statement.error());
  return readRows(*statement, read);
}

// BEGIN IMMEDIATE takes the write lock up front (waiting up to the busy
// timeout), so a transaction never fails half-way because another instance
// wrote in between. Rolls back on destruction unless committed.
class Transaction {
 public:
  static Result<Transaction> begin(Connection& connection);
  Transaction(Transaction&& other) noexcept : connection_(other.connection_) {
    other.connection_ = nullptr;
  }
  Transaction& operator=(Transaction&&) = delete;
  Transaction(const Transaction&) = delete;
  ~Transaction();

  Status commit();

 private:
  explicit Transaction(Connection& connection) : connection_(&connection) {}
  Connection* connection_;
};

// Classifies an SQLite result code (primary or extended).
ErrorKind errorKindOf(int sqlite_code);

}  // namespace esprit::storage
