// Opening the results database: folder, connection settings, migrations, and
// setting a damaged file aside (see ResultStore.hpp).
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResultStore.hpp"

#include "DamagedFile.hpp"
#include "ResultStoreState.hpp"
#include "Schema.hpp"

#include "core/AssetPaths.hpp"

#include <sqlite3.h>

#include <system_error>

namespace esprit::storage {
namespace {

// Every connection gets the same settings, in this order: the busy timeout
// first, so the other statements already wait for a busy file.
//
// synchronous=FULL rather than NORMAL: with WAL, NORMAL keeps the file
// consistent and survives a killed program, but a power cut or an OS crash may
// roll back the last answers, because the WAL is only synced at checkpoints.
// Classroom PCs get switched off at the wall. FULL syncs the WAL at every
// commit. On the project's machines that costs 0.5 to 6 ms per answer (the
// fsync, measured by bench/storage; a NORMAL commit takes about 15 µs), against one
// answer every few seconds: invisible, and an answer given is never lost.
Status configure(Connection& connection) {
  sqlite3_busy_timeout(connection.handle(), kBusyTimeoutMilliseconds);
  if (auto done = connection.execute("PRAGMA foreign_keys = ON"); !done) return done;
  auto journal = connection.queryText("PRAGMA journal_mode = WAL");
  if (!journal) return journal.error();
  if (auto done = connection.execute("PRAGMA synchronous = FULL"); !done) return done;
  // A kiosk or a class PC adds answers all day: SQLite's default 2 MB page
  // cache per connection would fill over thousands of rounds and show as
  // growth in the long-run memory benchmark; what a round or a report reads
  // fits in far less, and the rest comes from the system's file cache.
  if (auto done = connection.execute("PRAGMA cache_size = -512"); !done) return done;
  // Deleted rows are overwritten with zeros, so an erased player's answers do
  // not linger in free pages of the file.
  return connection.execute("PRAGMA secure_delete = ON");
}

// Reading every page is what finds a damaged file before it loses answers
// mid-game; quick_check skips the slow index cross-checks.
Status checkReadable(Connection& connection) {
  auto verdict = connection.queryText("PRAGMA quick_check");
  if (!verdict) return verdict.error();
  if (*verdict != "ok") {
    return Error{
        ErrorKind::damaged,
        "The results file " + connection.file().string() + " is damaged (" + *verdict + ").",
        SQLITE_CORRUPT};
  }
  return {};
}

Result<Connection> openConfigured(const std::filesystem::path& file, bool allow_create) {
  const int flags = SQLITE_OPEN_READWRITE | (allow_create ? SQLITE_OPEN_CREATE : 0);
  auto connection = Connection::open(file, flags);
  if (!connection) return connection.error();
  if (auto configured = configure(*connection); !configured) return configured.error();
  if (auto readable = checkReadable(*connection); !readable) return readable.error();
  if (auto migrated = migrate(*connection, schemaMigrations()); !migrated) return migrated.error();
  return std::move(connection).value();
}

}  // namespace

std::filesystem::path ResultStore::defaultDatabaseFile() {
  return userDataDirectory() / kDatabaseFileName;
}

Result<ResultStore> ResultStore::openInFolder(const std::filesystem::path& folder,
                                              const OpenOptions& options) {
  if (folder.empty()) return open(defaultDatabaseFile(), options);
  return open(folder / kDatabaseFileName, options);
}

Result<ResultStore> ResultStore::open(const std::filesystem::path& database_file,
                                      const OpenOptions& options) {
  std::error_code error;
  const bool existed = std::filesystem::exists(database_file, error);
  if (!existed && !options.create_if_missing) {
    return Error{ErrorKind::cannot_open,
                 "There is no results file at " + database_file.string() +
                     " yet. Play a round first, or give the folder that holds results.sqlite.",
                 0};
  }
  if (!existed && database_file.has_parent_path()) {
    std::filesystem::create_directories(database_file.parent_path(), error);
    if (error) {
      return Error{ErrorKind::cannot_open,
                   "Esprit cannot create the folder " + database_file.parent_path().string() +
                       " for its results (" + error.message() + ").",
                   0};
    }
  }

  std::vector<std::string> notices;
  auto connection = openConfigured(database_file, options.create_if_missing);
  if (!connection && options.set_aside_if_damaged &&
      worthSettingAside(connection.error(), database_file)) {
    const std::string why = connection.error().message;
    // Close our handle before renaming, so SQLite does not write to the old file.
    connection = Error{};
    auto aside = setDamagedFileAside(database_file, "results file");
    if (!aside) return aside.error();
    notices.push_back(why + " It was moved aside to " + aside->string() +
                      " and a new, empty results file was started. The old file is kept, in "
                      "case someone can repair it (sqlite3 has a .recover command).");
    connection = openConfigured(database_file, true);
  }
  if (!connection) return connection.error();

  auto state = std::make_unique<State>(State{std::move(connection).value(), std::move(notices), 0});
  auto version = state->connection.queryInteger("PRAGMA user_version");
  if (!version) return version.error();
  state->schema_version = static_cast<int>(*version);
  return ResultStore(std::move(state));
}

ResultStore::ResultStore(std::unique_ptr<State> state) : state_(std::move(state)) {}
ResultStore::ResultStore(ResultStore&&) noexcept = default;
ResultStore& ResultStore::operator=(ResultStore&&) noexcept = default;
ResultStore::~ResultStore() = default;

const std::filesystem::path& ResultStore::file() const { return state_->connection.file(); }
const std::vector<std::string>& ResultStore::notices() const { return state_->notices; }
int ResultStore::schemaVersion() const { return state_->schema_version; }

Result<std::string> ResultStore::checkIntegrity() {
  return state_->connection.queryText("PRAGMA integrity_check");
}

Status ResultStore::limitSizeForTesting(std::int64_t pages) {
  return state_->connection.limitPages(pages);
}

}  // namespace esprit::storage
