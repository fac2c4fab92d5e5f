// The schema migrations of the results database (see Schema.hpp).
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Schema.hpp"

#include <string>

namespace esprit::storage {
namespace {

// Version 1. Timestamps are UTC text, 'YYYY-MM-DDTHH:MM:SS.SSSZ', so they sort
// and read well in the sqlite3 tool. Player data hangs off players with
// ON DELETE CASCADE, so deleting a player erases everything they did. The
// packs and questions tables are a catalogue of what was played (no personal
// data): reports and "weak spots" work from it even when the pack is gone.
constexpr const char* kVersion1 = R"sql(
CREATE TABLE players (
  id         INTEGER PRIMARY KEY,
  nickname   TEXT NOT NULL COLLATE NOCASE CHECK (length(trim(nickname)) > 0),
  class_code TEXT NOT NULL DEFAULT '' COLLATE NOCASE,
  created    TEXT NOT NULL,
  UNIQUE (nickname, class_code)
);

CREATE TABLE packs (
  pack_id      TEXT NOT NULL,
  pack_version TEXT NOT NULL,
  title        TEXT NOT NULL,
  language     TEXT NOT NULL,
  PRIMARY KEY (pack_id, pack_version)
);

CREATE TABLE questions (
  pack_id      TEXT NOT NULL,
  pack_version TEXT NOT NULL,
  question_id  TEXT NOT NULL,
  position     INTEGER NOT NULL,
  type         TEXT NOT NULL,
  form         TEXT NOT NULL DEFAULT '',
  techniques   TEXT NOT NULL DEFAULT '[]',
  prompt       TEXT NOT NULL,
  is_real      INTEGER CHECK (is_real IN (0, 1)),
  PRIMARY KEY (pack_id, pack_version, question_id),
  FOREIGN KEY (pack_id, pack_version) REFERENCES packs (pack_id, pack_version)
    ON DELETE CASCADE
);

CREATE TABLE sessions (
  id           INTEGER PRIMARY KEY,
  player_id    INTEGER NOT NULL REFERENCES players (id) ON DELETE CASCADE,
  pack_id      TEXT NOT NULL,
  pack_version TEXT NOT NULL,
  mode         TEXT NOT NULL DEFAULT 'solo',
  form         TEXT NOT NULL DEFAULT '',
  seed         INTEGER NOT NULL,
  started      TEXT NOT NULL,
  finished     TEXT,
  status       TEXT NOT NULL DEFAULT 'playing'
               CHECK (status IN ('playing', 'finished', 'abandoned')),
  resume_state TEXT NOT NULL,
  FOREIGN KEY (pack_id, pack_version) REFERENCES packs (pack_id, pack_version)
);
CREATE INDEX sessions_by_player ON sessions (player_id, started);

CREATE TABLE answers (
  id            INTEGER PRIMARY KEY,
  session_id    INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
  position      INTEGER NOT NULL,
  question_id   TEXT NOT NULL,
  pack_id       TEXT NOT NULL,
  pack_version  TEXT NOT NULL,
  answer        TEXT NOT NULL,
  correct       INTEGER NOT NULL CHECK (correct IN (0, 1)),
  credit        REAL NOT NULL,
  points        INTEGER NOT NULL,
  confidence    REAL,
  seconds_taken REAL NOT NULL,
  answered      TEXT NOT NULL,
  UNIQUE (session_id, position)
);
CREATE INDEX answers_by_question ON answers (pack_id, question_id);
)sql";

// Version 2: the option texts and hotspot labels of each question, so
// reports can show an answer in words ("Other sources") rather than numbers.
constexpr const char* kVersion2 = R"sql(
ALTER TABLE questions ADD COLUMN options TEXT NOT NULL DEFAULT '[]';
ALTER TABLE questions ADD COLUMN regions TEXT NOT NULL DEFAULT '{}';
)sql";

// Version 3: question types are stored by the names pack.json uses
// ("single", "multiple"; core/Vocabulary), not the older "single_choice" and
// "multiple_choice". The answer texts are our own compact JSON, so the type
// field can be rewritten in place.
constexpr const char* kVersion3 = R"sql(
UPDATE questions SET type = 'single' WHERE type = 'single_choice';
UPDATE questions SET type = 'multiple' WHERE type = 'multiple_choice';
UPDATE answers SET answer = replace(answer, '"type":"single_choice"', '"type":"single"')
  WHERE answer LIKE '%"type":"single_choice"%';
UPDATE answers SET answer = replace(answer, '"type":"multiple_choice"', '"type":"multiple"')
  WHERE answer LIKE '%"type":"multiple_choice"%';
)sql";

// Version 4: a random key per answer for `esprit report --to-postgresql`.
// It names the answer on the city's server, so a push sent twice counts it
// once, yet says nothing of when or by whom it was given. It goes with its
// answer when a player is deleted; an answer id SQLite reuses later gets a
// new key.
constexpr const char* kVersion4 = R"sql(
CREATE TABLE answer_keys (
  answer_id  INTEGER PRIMARY KEY REFERENCES answers (id) ON DELETE CASCADE,
  answer_key TEXT NOT NULL UNIQUE
);
)sql";

constexpr Migration kMigrations[] = {
    {1, kVersion1},
    {2, kVersion2},
    {3, kVersion3},
    {4, kVersion4},
};

}  // namespace

std::span<const Migration> schemaMigrations() { return kMigrations; }

int latestSchemaVersion() { return schemaMigrations().back().version; }

Status migrate(Connection& connection, std::span<const Migration> migrations) {
  const int newest = migrations.empty() ? 0 : migrations.back().version;
  auto version = connection.queryInteger("PRAGMA user_version");
  if (!version) return version.error();
  if (*version == newest) return {};  // the usual case: nothing to lock
  if (*version > newest) {
    return Error{ErrorKind::newer_version,
                 "The results file " + connection.file().string() +
                     " was made by a newer Esprit (schema " + std::to_string(*version) +
                     ", this one knows " + std::to_string(newest) +
                     "). It was left untouched: update Esprit to use it.",
                 0};
  }

  auto transaction = Transaction::begin(connection);
  if (!transaction) return transaction.error();
  // Another instance may have migrated between the first look and the lock.
  version = connection.queryInteger("PRAGMA user_version");
  if (!version) return version.error();
  for (const Migration& migration : migrations) {
    if (migration.version <= *version) continue;
    if (auto applied = connection.execute(migration.sql); !applied) return applied.error();
    // PRAGMA takes no bound parameters; the number is ours, not user input.
    const std::string set_version = "PRAGMA user_version = " + std::to_string(migration.version);
    if (auto stamped = connection.execute(set_version.c_str()); !stamped) return stamped.error();
  }
  return transaction->commit();
}

}  // namespace esprit::storage
