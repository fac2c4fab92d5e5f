// SQLite's C API behind RAII and error values (see SqliteConnection.hpp).
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqliteConnection.hpp"

#include <sqlite3.h>

#include <utility>

namespace esprit::storage {

namespace {

struct ErrorKindOfCode {
  int code;
  ErrorKind kind;
};

// SQLite's primary result codes that mean something to the player; any
// other is Esprit's own mistake.
constexpr ErrorKindOfCode kErrorKinds[] = {
    {SQLITE_BUSY, ErrorKind::busy},
    {SQLITE_LOCKED, ErrorKind::busy},
    {SQLITE_FULL, ErrorKind::disk_full},
    {SQLITE_CORRUPT, ErrorKind::damaged},
    {SQLITE_NOTADB, ErrorKind::damaged},
    {SQLITE_CANTOPEN, ErrorKind::cannot_open},
    {SQLITE_PERM, ErrorKind::cannot_open},
    {SQLITE_AUTH, ErrorKind::cannot_open},
    {SQLITE_READONLY, ErrorKind::read_only},
    {SQLITE_IOERR, ErrorKind::input_output},
    {SQLITE_NOLFS, ErrorKind::input_output},
    {SQLITE_PROTOCOL, ErrorKind::input_output},
    {SQLITE_CONSTRAINT, ErrorKind::invalid_input},
    {SQLITE_TOOBIG, ErrorKind::invalid_input},
    {SQLITE_MISMATCH, ErrorKind::invalid_input},
};

}  // namespace

ErrorKind errorKindOf(int sqlite_code) {
  const int primary = sqlite_code & 0xff;
  for (const auto& [code, kind] : kErrorKinds) {
    if (code == primary) return kind;
  }
  return ErrorKind::internal;
}

// ---- Statement ----

Statement::Statement(Statement&& other) noexcept
    : statement_(std::exchange(other.statement_, nullptr)), connection_(other.connection_) {}

Statement::~Statement() {
  if (statement_ != nullptr) reset();
}

void Statement::reset() {
  sqlite3_reset(statement_);
  sqlite3_clear_bindings(statement_);
}

Statement& Statement::bind(int index, std::int64_t value) {
  sqlite3_bind_int64(statement_, index, value);
  return *this;
}

Statement& Statement::bind(int index, double value) {
  sqlite3_bind_double(statement_, index, value);
  return *this;
}

Statement& Statement::bind(int index, std::string_view text) {
  // SQLITE_TRANSIENT: SQLite copies the text, so temporaries are safe to pass.
  // An empty view may have no data pointer, which SQLite would bind as NULL.
  const char* characters = text.data() != nullptr ? text.data() : "";
  sqlite3_bind_text64(statement_, index, characters, text.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
  return *this;
}

Statement& Statement::bind(int index, const std::optional<double>& value) {
  return value ? bind(index, *value) : bindNull(index);
}

Statement& Statement::bindNull(int index) {
  sqlite3_bind_null(statement_, index);
  return *this;
}

Result<bool> Statement::step() {
  const int code = sqlite3_step(statement_);
  if (code == SQLITE_ROW) return true;
  if (code == SQLITE_DONE) return false;
  return connection_->error(code, "reading or writing results");
}

Status Statement::run() {
  auto stepped = step();
  if (!stepped) return stepped.error();
  return {};
}

std::int64_t Statement::integer(int column) const {
  return sqlite3_column_int64(statement_, column);
}

double Statement::real(int column) const { return sqlite3_column_double(statement_, column); }

std::string Statement::text(int column) const {
  const auto* characters = sqlite3_column_text(statement_, column);
  if (characters == nullptr) return {};
  const int length = sqlite3_column_bytes(statement_, column);
  return std::string(reinterpret_cast<const char*>(characters), static_cast<std::size_t>(length));
}

bool Statement::isNull(int column) const {
  return sqlite3_column_type(statement_, column) == SQLITE_NULL;
}

std::optional<double> Statement::optionalReal(int column) const {
  if (isNull(column)) return std::nullopt;
  return real(column);
}

void Statement::readColumn(int column, std::optional<bool>& field) const {
  field = isNull(column) ? std::nullopt : std::optional<bool>(integer(column) != 0);
}

// ---- Connection ----

Result<Connection> Connection::open(const std::filesystem::path& file, int flags) {
  sqlite3* database = nullptr;
  const int code = sqlite3_open_v2(file.c_str(), &database, flags, nullptr);
  Connection connection(database, file);
  if (code != SQLITE_OK) {
    if (database == nullptr) {
      return Error{ErrorKind::internal, "SQLite could not allocate memory to open " + file.string(),
                   code};
    }
    return connection.error(code, "opening it");
  }
  // Extended codes tell a full disk from other write failures.
  sqlite3_extended_result_codes(database, 1);
  return connection;
}

Connection::Connection(Connection&& other) noexcept
    : database_(std::exchange(other.database_, nullptr)),
      file_(std::move(other.file_)),
      statements_(std::move(other.statements_)) {
  other.statements_.clear();
}

Connection& Connection::operator=(Connection&& other) noexcept {
  if (this != &other) {
    close();
    database_ = std::exchange(other.database_, nullptr);
    file_ = std::move(other.file_);
    statements_ = std::move(other.statements_);
    other.statements_.clear();
  }
  return *this;
}

Connection::~Connection() { close(); }

void Connection::close() {
  for (auto& [sql, statement] : statements_) sqlite3_finalize(statement);
  statements_.clear();
  if (database_ != nullptr) sqlite3_close_v2(database_);
  database_ = nullptr;
}

Result<Statement> Connection::prepare(std::string_view sql) {
  if (auto found = statements_.find(sql); found != statements_.end()) {
    return Statement(found->second, this);
  }
  sqlite3_stmt* statement = nullptr;
  const int code = sqlite3_prepare_v3(database_, sql.data(), static_cast<int>(sql.size()),
                                      SQLITE_PREPARE_PERSISTENT, &statement, nullptr);
  if (code != SQLITE_OK) return error(code, "preparing a query");
  statements_.emplace(std::string(sql), statement);
  return Statement(statement, this);
}

Status Connection::execute(const char* sql) {
  const int code = sqlite3_exec(database_, sql, nullptr, nullptr, nullptr);
  if (code != SQLITE_OK) return error(code, "updating the database");
  return {};
}

Result<std::int64_t> Connection::queryInteger(const char* sql) {
  auto statement = prepare(sql);
  if (!statement) return statement.error();
  auto row = statement->step();
  if (!row) return row.error();
  if (!*row) return std::int64_t{0};
  return statement->integer(0);
}

Result<std::string> Connection::queryText(const char* sql) {
  auto statement = prepare(sql);
  if (!statement) return statement.error();
  auto row = statement->step();
  if (!row) return row.error();
  if (!*row) return std::string{};
  return statement->text(0);
}

Status Connection::limitPages(std::int64_t pages) {
  // 0 would be read as "no change"; SQLite's own maximum lifts the cap.
  const std::int64_t limit = pages > 0 ? pages : 4294967294LL;
  const std::string sql = "PRAGMA max_page_count = " + std::to_string(limit);
  auto applied = queryInteger(sql.c_str());
  if (!applied) return applied.error();
  return {};
}

std::int64_t Connection::lastInsertId() const { return sqlite3_last_insert_rowid(database_); }

int Connection::changes() const { return sqlite3_changes(database_); }

Error Connection::error(int code, std::string_view doing) const {
  const std::string detail =
      database_ != nullptr ? sqlite3_errmsg(database_) : sqlite3_errstr(code);
  const std::string where = file_.string();
  const std::string while_doing(doing);
  const ErrorKind kind = errorKindOf(code);
  std::string message;
  switch (kind) {
    case ErrorKind::busy:
      message = "The results file " + where +
                " is busy: another copy of Esprit kept it locked for too long while " +
                while_doing + ". Close the other copy or try again.";
      break;
    case ErrorKind::disk_full:
      message = "The disk holding " + where + " is full, so Esprit could not finish " +
                while_doing + ". Free some space on the disk; the answers saved before are kept.";
      break;
    case ErrorKind::damaged:
      message = "The results file " + where + " is damaged or is not an Esprit database (" +
                detail + ").";
      break;
    case ErrorKind::cannot_open:
      message = "Esprit cannot open the results file " + where + " (" + detail +
                "). Check that the folder exists and that you may write in it.";
      break;
    case ErrorKind::read_only:
      message = "Esprit may not write the results file " + where + " (" + detail +
                "). Check the permissions of the file and of its folder.";
      break;
    case ErrorKind::input_output:
      message = "The disk failed while " + while_doing + " in " + where + " (" + detail +
                "). The disk may be failing or was removed.";
      break;
    case ErrorKind::invalid_input:
      message = "The database refused the change while " + while_doing + " (" + detail + ").";
      break;
    default:
      message = "Esprit made a mistake while " + while_doing + " in " + where + " (" + detail +
                "). Please report this bug.";
      break;
  }
  return Error{kind, std::move(message), code};
}

// ---- Transaction ----

Result<Transaction> Transaction::begin(Connection& connection) {
  if (auto begun = connection.execute("BEGIN IMMEDIATE"); !begun) return begun.error();
  return Transaction(connection);
}

Transaction::~Transaction() {
  if (connection_ != nullptr)
    sqlite3_exec(connection_->handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

Status Transaction::commit() {
  auto committed = connection_->execute("COMMIT");
  // A failed COMMIT (a full disk) leaves the transaction open: the destructor
  // rolls it back, and the caller reports the error.
  if (committed) connection_ = nullptr;
  return committed;
}

}  // namespace esprit::storage
