// Opening the results database: its connection settings and what to say
// (the opening itself, migrations and a damaged file: StoreFile.hpp).
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResultStore.hpp"

#include "ResultStoreState.hpp"
#include "Schema.hpp"
#include "StoreFile.hpp"

#include "core/AssetPaths.hpp"

#include <sqlite3.h>

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
  StoreFileSpec spec;
  spec.file = database_file;
  spec.noun = "results file";
  spec.missing = "There is no results file at " + database_file.string() +
                 " yet. Play a round first, or give the folder that holds results.sqlite.";
  spec.cannot_make_folder = "Esprit cannot create the folder " +
                            database_file.parent_path().string() + " for its results";
  spec.started_again =
      " and a new, empty results file was started. The old file is kept, in case someone can "
      "repair it (sqlite3 has a .recover command).";
  spec.configure = configure;
  spec.migrations = schemaMigrations();
  spec.create_if_missing = options.create_if_missing;
  spec.set_aside_if_damaged = options.set_aside_if_damaged;
  auto opened = openStoreFile(spec);
  if (!opened) return opened.error();

  auto state =
      std::make_unique<State>(State{std::move(opened->connection), std::move(opened->notices), 0});
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
