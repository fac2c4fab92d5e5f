// Talking to the city's PostgreSQL server with libpq (see CityPush.hpp).
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CityPush.hpp"

#include "CitySchema.hpp"
#include "LibPq.hpp"

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <set>
#include <vector>

namespace esprit::city {
namespace {

using storage::Error;
using storage::ErrorKind;

// Any fixed number will do: it only has to be the same on every PC.
constexpr const char* kMigrationLock = "SELECT pg_advisory_xact_lock(4501020304)";

constexpr int kAnswerColumns = 17;
constexpr const char* kInsertAnswers =
    "INSERT INTO esprit_answers (answer_key, device_key, class_code, mode, pack_id, "
    "pack_version, question_id, question_type, form, techniques, first_attempt, correct, "
    "credit, confidence, is_real, says_real, answered_on) VALUES ";

// A parameter of a statement: text, or SQL NULL.
using Parameter = std::optional<std::string>;

class Server {
 public:
  static storage::Result<std::shared_ptr<Server>> connect(const std::string& conninfo) {
    // The defaults come first: anything CONNINFO says overrides them.
    const std::string timeout = std::to_string(kConnectTimeoutSeconds);
    const char* keywords[] = {"connect_timeout", "application_name", "dbname", nullptr};
    const char* values[] = {timeout.c_str(), "esprit", conninfo.c_str(), nullptr};
    auto pq = loadLibPq();
    if (!pq) return pq.error();
    auto server =
        std::shared_ptr<Server>(new Server(**pq, (*pq)->connectdbParams(keywords, values, 1)));
    if (server->connection_ == nullptr ||
        server->pq_.status(server->connection_) != CONNECTION_OK) {
      return Error{ErrorKind::cannot_open,
                   "Could not connect to the PostgreSQL server (" + server->lastError() +
                       "). Check the connection string (host, port, dbname, user), that the "
                       "server runs, and that it lets this PC in.",
                   0};
    }
    // The server's notices ("table exists, skipping") are not the teacher's business.
    server->pq_.setNoticeProcessor(
        server->connection_, [](void*, const char*) {}, nullptr);
    return server;
  }
  ~Server() {
    if (connection_ != nullptr) pq_.finish(connection_);
  }
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Runs `sql` with its parameters; `doing` completes "… while <doing>".
  storage::Result<std::shared_ptr<PGresult>> run(const std::string& sql,
                                                 const std::vector<Parameter>& parameters,
                                                 const char* doing) {
    std::vector<const char*> values;
    values.reserve(parameters.size());
    for (const auto& parameter : parameters) {
      values.push_back(parameter ? parameter->c_str() : nullptr);
    }
    PGresult* result = parameters.empty() ? pq_.exec(connection_, sql.c_str())
                                          : pq_.execParams(connection_, sql.c_str(),
                                                           static_cast<int>(values.size()), nullptr,
                                                           values.data(), nullptr, nullptr, 0);
    std::shared_ptr<PGresult> held(result, pq_.clear);
    const auto status = pq_.resultStatus(result);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
      const char* message = result != nullptr ? pq_.resultErrorMessage(result) : "";
      return Error{ErrorKind::input_output,
                   std::string("The PostgreSQL server refused a statement while ") + doing + " (" +
                       trimmed(*message != '\0' ? message : lastError().c_str()) +
                       "). Nothing half-done was kept; push again once this is mended.",
                   0};
    }
    return held;
  }
  storage::Status execute(const std::string& sql, const char* doing) {
    auto done = run(sql, {}, doing);
    if (!done) return done.error();
    return {};
  }

  // A result's size and cells.
  int rowCount(const PGresult& result) const { return pq_.ntuples(&result); }
  std::string cell(const PGresult& result, int row) const { return pq_.getvalue(&result, row, 0); }
  int changedRows(PGresult& result) const { return std::atoi(pq_.cmdTuples(&result)); }

 private:
  Server(const LibPq& pq, PGconn* connection) : pq_(pq), connection_(connection) {}
  std::string lastError() const {
    return connection_ != nullptr ? trimmed(pq_.errorMessage(connection_)) : "out of memory";
  }
  static std::string trimmed(std::string text) {
    for (char& character : text) {
      if (character == '\n' || character == '\t') character = ' ';
    }
    while (!text.empty() && text.back() == ' ') text.pop_back();
    return text;
  }

  const LibPq& pq_;
  PGconn* connection_;
};

// The version in esprit_schema; 0 on a server Esprit never used.
storage::Result<int> serverVersion(Server& server) {
  auto exists = server.run("SELECT to_regclass('esprit_schema') IS NOT NULL", {},
                           "looking for Esprit's tables");
  if (!exists) return exists.error();
  if (server.cell(**exists, 0) != "t") return 0;
  auto version = server.run("SELECT COALESCE(max(version), 0) FROM esprit_schema", {},
                            "reading the schema version");
  if (!version) return version.error();
  return std::stoi(server.cell(**version, 0));
}

Error newerServer(int version) {
  return Error{ErrorKind::newer_version,
               "The PostgreSQL server's Esprit tables are at version " + std::to_string(version) +
                   ", newer than this Esprit knows (" +
                   std::to_string(latestServerSchemaVersion()) +
                   "). Nothing was sent: update Esprit on this PC.",
               0};
}

storage::Result<int> migrate(Server& server) {
  auto version = serverVersion(server);
  if (!version) return version.error();
  const int latest = latestServerSchemaVersion();
  if (*version == latest) return latest;  // the usual case: no lock, no DDL rights needed
  if (*version > latest) return newerServer(*version);

  if (auto begun = server.execute("BEGIN", "migrating Esprit's tables"); !begun) {
    return begun.error();
  }
  // Another PC may be migrating too: wait for it, then look again.
  const auto rollback = [&server](const Error& error) -> storage::Result<int> {
    (void)server.execute("ROLLBACK", "undoing a migration");
    return error;
  };
  if (auto locked = server.execute(kMigrationLock, "waiting for another PC's migration"); !locked) {
    return rollback(locked.error());
  }
  if (auto made = server.execute("CREATE TABLE IF NOT EXISTS esprit_schema "
                                 "(version integer NOT NULL)",
                                 "creating Esprit's tables");
      !made) {
    return rollback(made.error());
  }
  version = serverVersion(server);
  if (!version) return rollback(version.error());
  if (*version > latest) return rollback(newerServer(*version));
  for (const ServerMigration& migration : serverMigrations()) {
    if (migration.version <= *version) continue;
    if (auto applied = server.execute(migration.sql, "creating Esprit's tables"); !applied) {
      return rollback(applied.error());
    }
  }
  if (auto stamped = server.run("DELETE FROM esprit_schema; ", {}, "migrating Esprit's tables");
      !stamped) {
    return rollback(stamped.error());
  }
  if (auto stamped = server.run("INSERT INTO esprit_schema (version) VALUES ($1)",
                                {std::to_string(latest)}, "migrating Esprit's tables");
      !stamped) {
    return rollback(stamped.error());
  }
  if (auto committed = server.execute("COMMIT", "migrating Esprit's tables"); !committed) {
    return committed.error();
  }
  return latest;
}

// A PostgreSQL array literal: {"clickbait","source-check"}.
std::string arrayLiteral(const std::vector<std::string>& items) {
  std::string literal = "{";
  for (const auto& item : items) {
    if (literal.size() > 1) literal += ',';
    literal += '"';
    for (const char character : item) {
      if (character == '"' || character == '\\') literal += '\\';
      literal += character;
    }
    literal += '"';
  }
  return literal + "}";
}

Parameter boolean(bool value) { return std::string(value ? "true" : "false"); }
Parameter boolean(const std::optional<bool>& value) {
  return value ? boolean(*value) : std::nullopt;
}
Parameter number(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.17g", value);
  return std::string(text);
}

void addAnswer(const storage::CityAnswerRow& row, const std::string& device,
               std::vector<Parameter>& parameters) {
  parameters.insert(parameters.end(),
                    {row.answer_key, device, row.class_code, row.mode, row.pack_id,
                     row.pack_version, row.question_id, row.question_type, row.form,
                     arrayLiteral(row.techniques), boolean(row.first_attempt), boolean(row.correct),
                     number(row.credit), row.confidence ? number(*row.confidence) : std::nullopt,
                     boolean(row.is_real), boolean(row.says_real), row.answered_on});
}

std::string insertStatement(std::size_t rows) {
  std::string sql = kInsertAnswers;
  int parameter = 1;
  for (std::size_t row = 0; row < rows; ++row) {
    sql += row == 0 ? "(" : ", (";
    for (int column = 0; column < kAnswerColumns; ++column) {
      if (column > 0) sql += ", ";
      sql += "$" + std::to_string(parameter++);
    }
    sql += ")";
  }
  return sql + " ON CONFLICT (answer_key) DO NOTHING";
}

}  // namespace

storage::Result<PushSummary> pushToPostgresql(storage::ResultStore& store,
                                              const PushOptions& options) {
  PushSummary summary;
  auto device = deviceKey(store.file().parent_path());
  if (!device) return device.error();
  summary.device_key = *device;
  // The keys are stored locally before the server hears of them.
  auto rows = store.cityRows(options.class_code);
  if (!rows) return rows.error();

  auto connected = Server::connect(options.conninfo);
  if (!connected) return connected.error();
  Server& server = **connected;
  auto version = migrate(server);
  if (!version) return version.error();
  summary.schema_version = *version;

  if (auto registered = server.run("INSERT INTO esprit_devices (device_key) VALUES ($1) "
                                   "ON CONFLICT (device_key) DO UPDATE SET last_push = now()",
                                   {summary.device_key}, "registering this PC");
      !registered) {
    return registered.error();
  }
  auto known = server.run("SELECT answer_key FROM esprit_answers WHERE device_key = $1",
                          {summary.device_key}, "asking which answers it has");
  if (!known) return known.error();
  std::set<std::string> on_server;
  for (int row = 0; row < server.rowCount(**known); ++row) {
    on_server.insert(server.cell(**known, row));
  }

  std::vector<const storage::CityAnswerRow*> missing;
  for (const auto& row : *rows) {
    if (on_server.count(row.answer_key) == 0) missing.push_back(&row);
  }
  const std::size_t batch_size = std::max<std::size_t>(1, options.batch_size);
  for (std::size_t first = 0; first < missing.size(); first += batch_size) {
    const std::size_t count = std::min(batch_size, missing.size() - first);
    std::vector<Parameter> parameters;
    parameters.reserve(count * kAnswerColumns);
    for (std::size_t index = first; index < first + count; ++index) {
      addAnswer(*missing[index], summary.device_key, parameters);
    }
    if (auto begun = server.execute("BEGIN", "sending answers"); !begun) return begun.error();
    auto inserted = server.run(insertStatement(count), parameters, "sending answers");
    if (!inserted) {
      (void)server.execute("ROLLBACK", "undoing a batch");
      return inserted.error();
    }
    if (options.before_commit) options.before_commit(summary.batches + 1);
    if (auto committed = server.execute("COMMIT", "sending answers"); !committed) {
      return committed.error();
    }
    ++summary.batches;
    summary.sent += server.changedRows(**inserted);
  }
  summary.answers = static_cast<int>(on_server.size()) + summary.sent;
  return summary;
}

}  // namespace esprit::city
