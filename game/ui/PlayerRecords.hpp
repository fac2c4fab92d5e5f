// The game's side of the results database: opens the ResultStore, knows who
// is playing, records every answer the moment it is given, and rebuilds an
// unfinished session so the player can carry on. A store that cannot be
// opened or written never stops the game: it becomes a message instead.
#pragma once

#include "core/Session.hpp"
#include "core/Translations.hpp"
#include "core/storage/ResultStore.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace esprit::ui {

class PlayerRecords {
 public:
  // Opens the store in its usual place (under the XDG data folder, which
  // --data-dir moves). Returns what the player should be told, if anything.
  std::string open(const Translations& words);

  bool available() const { return store_.has_value(); }
  storage::ResultStore* store() { return store_ ? &*store_ : nullptr; }

  // ---- Who is playing ----
  const std::optional<storage::Player>& player() const { return player_; }
  void choosePlayer(const storage::Player& player);
  void forgetPlayer() { player_.reset(); }
  // The player chosen last time, from last-player.json beside settings.json.
  void restoreLastPlayer();

  // ---- Recording ----
  // Call right after Session::submit accepted `answer`. Starts the stored
  // session on the first answer, commits the answer, logs its id to
  // $ESPRIT_ANSWER_LOG when set, and finishes the stored session after the
  // last question. Failures become problem() text; the game goes on.
  void recordAnswer(const Session& session, const SessionOptions& options, const Answer& answer,
                    const Evaluation& evaluation, const Translations& words);
  // The next session recorded for `session` is a weak-spots practice round.
  void markPractice(const Session* session) { practice_session_ = session; }
  // `session` continues the stored session `id` (after a resume).
  void adoptSession(const Session* session, storage::SessionId id);

  // ---- Resuming ----
  // The player's unfinished sessions, newest first (empty without a store).
  std::vector<storage::SessionSummary> unfinishedSessions();
  // The unfinished session of this player on this pack version and
  // assessment form ("" for a normal round), if any.
  std::optional<storage::SessionSummary> unfinishedOn(const Pack& pack, const std::string& form);
  void abandon(storage::SessionId id);

  // A write that failed during play, in words for the player; shown once.
  const std::string& problem() const { return problem_; }
  void clearProblem() { problem_.clear(); }

 private:
  void reportFailure(const storage::Error& error, const Translations& words);
  void logCommittedAnswer(storage::AnswerId id);

  std::optional<storage::ResultStore> store_;
  std::optional<storage::Player> player_;
  const Session* recorded_session_ = nullptr;  // the Session the stored one belongs to
  std::optional<storage::SessionId> session_id_;
  const Session* practice_session_ = nullptr;
  std::string problem_;
  int answer_log_ = -1;  // file descriptor of $ESPRIT_ANSWER_LOG, -1 when unset
  bool answer_log_checked_ = false;
};

// last-player.json in the config folder: the player to greet next time.
std::filesystem::path lastPlayerFile();

}  // namespace esprit::ui
