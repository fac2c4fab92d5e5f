// The kiosk's daily counts in kiosk-usage.sqlite (see KioskUsageStore.hpp).
// SPDX-License-Identifier: GPL-3.0-or-later
#include "KioskUsageStore.hpp"

#include "Schema.hpp"
#include "SqliteConnection.hpp"
#include "StoreFile.hpp"

#include <sqlite3.h>

#include <algorithm>
#include <cctype>

namespace esprit::storage {
namespace {

// Version 1. Counts only: a row per day, per day and pack, per day and
// technique. No timestamp, no visitor, no answer of its own.
constexpr const char* kKioskVersion1 = R"sql(
CREATE TABLE kiosk_days (
  day                TEXT PRIMARY KEY,
  rounds_started     INTEGER NOT NULL DEFAULT 0,
  rounds_finished    INTEGER NOT NULL DEFAULT 0,
  questions_answered INTEGER NOT NULL DEFAULT 0,
  answered_right     INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;

CREATE TABLE kiosk_pack_days (
  day            TEXT NOT NULL,
  pack_id        TEXT NOT NULL,
  pack_language  TEXT NOT NULL,
  pack_title     TEXT NOT NULL DEFAULT '',
  answered       INTEGER NOT NULL DEFAULT 0,
  answered_right INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (day, pack_id, pack_language)
) WITHOUT ROWID;

CREATE TABLE kiosk_technique_days (
  day            TEXT NOT NULL,
  technique      TEXT NOT NULL,
  answered       INTEGER NOT NULL DEFAULT 0,
  answered_right INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (day, technique)
) WITHOUT ROWID;
)sql";

constexpr Migration kKioskMigrations[] = {
    {1, kKioskVersion1},
};

// A rollback journal rather than WAL: the kiosk is the file's only user, and
// no -wal file is left beside it. FULL syncs every count, and secure_delete
// leaves no old page contents in free space.
Status configure(Connection& connection) {
  sqlite3_busy_timeout(connection.handle(), 5000);
  if (auto done = connection.execute("PRAGMA journal_mode = DELETE"); !done) return done;
  if (auto done = connection.execute("PRAGMA synchronous = FULL"); !done) return done;
  return connection.execute("PRAGMA secure_delete = ON");
}

Error notADay(std::string_view day) {
  return Error{ErrorKind::invalid_input,
               "'" + std::string(day) + "' is not a date written YYYY-MM-DD.", 0};
}

}  // namespace

struct KioskUsageStore::State {
  Connection connection;
  std::vector<std::string> notices;
};

bool isCalendarDay(std::string_view day) {
  if (day.size() != 10 || day[4] != '-' || day[7] != '-') return false;
  for (std::size_t index = 0; index < day.size(); ++index) {
    if (index == 4 || index == 7) continue;
    if (!std::isdigit(static_cast<unsigned char>(day[index]))) return false;
  }
  return true;
}

Result<KioskUsageStore> KioskUsageStore::open(const std::filesystem::path& folder,
                                              const KioskUsageOpenOptions& options) {
  StoreFileSpec spec;
  spec.file = folder / kKioskUsageFileName;
  spec.noun = "kiosk's usage file";
  spec.missing = "There are no kiosk usage figures at " + spec.file.string() +
                 " yet. Give the kiosk's data folder (where kiosk-usage.sqlite is), or let the "
                 "kiosk run first.";
  spec.cannot_make_folder = "Esprit cannot create the kiosk's data folder " + folder.string();
  spec.folder_advice = " Make it writable, or name another data folder.";
  spec.started_again = " and new, empty usage figures were started.";
  spec.configure = configure;
  spec.migrations = kKioskMigrations;
  spec.create_if_missing = options.create_if_missing;
  spec.set_aside_if_damaged = options.set_aside_if_damaged;
  auto opened = openStoreFile(spec);
  if (!opened) return opened.error();
  return KioskUsageStore(
      std::make_unique<State>(State{std::move(opened->connection), std::move(opened->notices)}));
}

KioskUsageStore::KioskUsageStore(std::unique_ptr<State> state) : state_(std::move(state)) {}
KioskUsageStore::KioskUsageStore(KioskUsageStore&&) noexcept = default;
KioskUsageStore& KioskUsageStore::operator=(KioskUsageStore&&) noexcept = default;
KioskUsageStore::~KioskUsageStore() = default;

const std::filesystem::path& KioskUsageStore::file() const { return state_->connection.file(); }
const std::vector<std::string>& KioskUsageStore::notices() const { return state_->notices; }

Status KioskUsageStore::countRoundStarted(std::string_view day) {
  if (!isCalendarDay(day)) return notADay(day);
  return state_->connection.run(
      "INSERT INTO kiosk_days (day, rounds_started) VALUES (?1, 1) "
      "ON CONFLICT (day) DO UPDATE SET rounds_started = rounds_started + 1",
      day);
}

Status KioskUsageStore::countAnswer(const KioskAnswerCount& answer) {
  if (!isCalendarDay(answer.day)) return notADay(answer.day);
  Connection& connection = state_->connection;
  auto transaction = Transaction::begin(connection);
  if (!transaction) return transaction.error();
  const std::int64_t right = answer.right ? 1 : 0;

  if (auto done = connection.run(
          "INSERT INTO kiosk_days (day, questions_answered, answered_right, rounds_finished) "
          "VALUES (?1, 1, ?2, ?3) ON CONFLICT (day) DO UPDATE SET "
          "questions_answered = questions_answered + 1, answered_right = answered_right + ?2, "
          "rounds_finished = rounds_finished + ?3",
          answer.day, right, std::int64_t{answer.finishes_round ? 1 : 0});
      !done) {
    return done;
  }
  if (auto done = connection.run(
          "INSERT INTO kiosk_pack_days (day, pack_id, pack_language, pack_title, answered, "
          "answered_right) VALUES (?1, ?2, ?3, ?4, 1, ?5) "
          "ON CONFLICT (day, pack_id, pack_language) DO UPDATE SET pack_title = ?4, "
          "answered = answered + 1, answered_right = answered_right + ?5",
          answer.day, answer.pack_id, answer.pack_language, answer.pack_title, right);
      !done) {
    return done;
  }

  std::vector<std::string> techniques = answer.techniques;
  std::sort(techniques.begin(), techniques.end());
  techniques.erase(std::unique(techniques.begin(), techniques.end()), techniques.end());
  for (const auto& technique : techniques) {
    if (auto done = connection.run(
            "INSERT INTO kiosk_technique_days (day, technique, answered, answered_right) "
            "VALUES (?1, ?2, 1, ?3) ON CONFLICT (day, technique) DO UPDATE SET "
            "answered = answered + 1, answered_right = answered_right + ?3",
            answer.day, technique, right);
        !done) {
      return done;
    }
  }
  return transaction->commit();
}

Result<KioskUsage> KioskUsageStore::usage() {
  Connection& connection = state_->connection;
  auto days = readRows(connection,
                       "SELECT day, rounds_started, rounds_finished, questions_answered, "
                       "answered_right FROM kiosk_days ORDER BY day",
                       [](const Statement& row) {
                         return KioskDayFigures{row.text(0), row.integer(1), row.integer(2),
                                                row.integer(3), row.integer(4)};
                       });
  if (!days) return days.error();
  auto packs = readRows(connection,
                        "SELECT day, pack_id, pack_language, pack_title, answered, answered_right "
                        "FROM kiosk_pack_days ORDER BY day, pack_id, pack_language",
                        [](const Statement& row) {
                          return KioskPackFigures{row.text(0), row.text(1),    row.text(2),
                                                  row.text(3), row.integer(4), row.integer(5)};
                        });
  if (!packs) return packs.error();
  auto techniques = readRows(
      connection,
      "SELECT day, technique, answered, answered_right "
      "FROM kiosk_technique_days ORDER BY day, technique",
      [](const Statement& row) {
        return KioskTechniqueFigures{row.text(0), row.text(1), row.integer(2), row.integer(3)};
      });
  if (!techniques) return techniques.error();
  return KioskUsage{std::move(days).value(), std::move(packs).value(),
                    std::move(techniques).value()};
}

Status KioskUsageStore::limitSizeForTesting(std::int64_t pages) {
  return state_->connection.limitPages(pages);
}

}  // namespace esprit::storage
