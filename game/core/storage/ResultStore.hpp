// The results database: pseudonymous players, their sessions and every answer,
// in one SQLite file (by default $XDG_DATA_HOME/esprit/results.sqlite). It is
// the only code that speaks SQL. Every function returns a value or an Error;
// none throws or aborts.
//
//   [X] Schema versions and ordered migrations (PRAGMA user_version)
//   [X] WAL, foreign keys, a busy timeout: several running copies share a file
//   [X] Each answer committed, and synced to disk, the moment it is recorded
//   [X] Deleting a player erases their sessions and answers
//   [X] Unfinished sessions listed with their answers, to resume them
//   [X] A damaged file is moved aside, with a notice, and a new one started
//   [X] A full disk is an Error (ErrorKind::disk_full), never a crash
//   [ ] Shared between threads: open one ResultStore per thread instead (they
//       may all use the same file, like two running copies of the game)
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StorageResult.hpp"
#include "StoredRecords.hpp"

#include "core/Pack.hpp"
#include "core/Scoring.hpp"
#include "core/Session.hpp"

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace esprit::storage {

inline constexpr const char* kDatabaseFileName = "results.sqlite";
inline constexpr int kBusyTimeoutMilliseconds = 5000;
inline constexpr std::size_t kMaxNicknameCharacters = 40;
inline constexpr std::size_t kMaxClassCodeCharacters = 20;

struct OpenOptions {
  bool create_if_missing = true;
  // Move a damaged or unreadable file aside and start a new one. Reports turn
  // this off: they must fail loudly rather than report on an empty database.
  bool set_aside_if_damaged = true;
};

// One answer of a batch for recordAnswers(); the pointed-to values must
// live until the call returns.
struct AnswerToRecord {
  SessionId session = 0;
  int position = 0;
  const Question* question = nullptr;
  const Answer* answer = nullptr;
  const Evaluation* evaluation = nullptr;
};

// What to record when a session starts.
struct NewSession {
  PlayerId player_id = 0;
  std::string mode = "solo";
  SessionOptions options;                 // seed, form, shuffle_options, ask_confidence
  std::vector<std::string> question_ids;  // the order the Session plays them in
};

class ResultStore {
 public:
  // The database file in the user's data folder.
  static std::filesystem::path defaultDatabaseFile();
  // Opens (creating the folder and the file when allowed) and migrates.
  static Result<ResultStore> open(const std::filesystem::path& database_file,
                                  const OpenOptions& options = {});
  // The database in `folder` (for --data-dir), or the default one when empty.
  static Result<ResultStore> openInFolder(const std::filesystem::path& folder,
                                          const OpenOptions& options = {});

  ResultStore(ResultStore&&) noexcept;
  ResultStore& operator=(ResultStore&&) noexcept;
  ~ResultStore();

  const std::filesystem::path& file() const;
  // Things the player should be told, such as "the old file was damaged and
  // moved aside to …". Empty on a normal start.
  const std::vector<std::string>& notices() const;
  int schemaVersion() const;

  // ---- Players ----
  // The nickname is trimmed; it must be 1 to 40 characters and unique (ignoring
  // case) within its class code.
  Result<Player> createPlayer(std::string_view nickname, std::string_view class_code = {});
  Result<std::vector<Player>> listPlayers(const std::optional<std::string>& class_code = {});
  Result<Player> findPlayer(PlayerId id);
  // Erases the player with every session and answer of theirs, at once.
  Status deletePlayer(PlayerId id);

  // ---- Sessions and answers ----
  // Also records the pack's questions in the catalogue the first time this
  // pack version is played.
  Result<SessionId> startSession(const NewSession& session, const Pack& pack);
  // Commits one answer in its own transaction and syncs it to disk before
  // returning. `position` is Session::position() when it was given.
  Result<AnswerId> recordAnswer(SessionId session, int position, const Question& question,
                                const Answer& answer, const Evaluation& evaluation);
  // Several answers (of different sessions) in one transaction and one sync
  // to disk: a class answering in the same second waits for one sync, not
  // one each. All or nothing: on an error none is kept.
  Result<std::vector<AnswerId>> recordAnswers(const std::vector<AnswerToRecord>& answers);
  Status finishSession(SessionId session);
  // The player chose not to resume: the answers stay in the history.
  Status abandonSession(SessionId session);

  Result<std::vector<SessionSummary>> listSessions(PlayerId player);
  // Sessions still playing, newest first; for every player when none is given.
  Result<std::vector<SessionSummary>> unfinishedSessions(std::optional<PlayerId> player = {});
  Result<ResumeState> resumeState(SessionId session);
  // The answers of a session in the order given.
  Result<std::vector<StoredAnswer>> sessionAnswers(SessionId session);

  // ---- What reports, history and practice read ----
  Result<std::vector<ReportAnswerRow>> reportRows(const ReportFilter& filter = {});
  Result<PracticeHistory> practiceHistory(PlayerId player);
  // Every answer of the class (or everyone) for the city's server, oldest
  // first. Gives each answer that has none its random key first, in one
  // transaction, so the keys are stored before any leaves the machine.
  Result<std::vector<CityAnswerRow>> cityRows(const std::optional<std::string>& class_code = {});
  // A player's answers with their day, oldest first, for booster reviews.
  Result<std::vector<DatedAnswer>> datedAnswers(PlayerId player);
  Result<std::vector<TechniqueMastery>> masteryOverTime(PlayerId player);

  // ---- Checks and tests ----
  // PRAGMA integrity_check: "ok", or SQLite's list of problems.
  Result<std::string> checkIntegrity();
  // Caps the file at `pages` pages so tests can meet SQLITE_FULL without
  // filling a real disk; 0 removes the cap.
  Status limitSizeForTesting(std::int64_t pages);

 private:
  struct State;
  explicit ResultStore(std::unique_ptr<State> state);
  std::unique_ptr<State> state_;
};

// Options that rebuild the Session of a stored one: same seed and question
// order, no question shuffle. Replay its sessionAnswers() through submit() and
// advance() to reach where the player stopped.
SessionOptions resumeOptions(const ResumeState& state);

}  // namespace esprit::storage
