// A player's side of the results database: opens the ResultStore, knows who
// is playing, and records every answer of their rounds the moment it is
// given (it is the RoundRecorder of the window's rounds). A store that cannot
// be opened or written never stops the game: it becomes a message instead.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Pack.hpp"
#include "core/Translations.hpp"
#include "core/play/RoundRecorder.hpp"
#include "core/storage/ResultStore.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace esprit::play {

class PlayerRecords : public RoundRecorder {
 public:
  PlayerRecords() = default;
  PlayerRecords(const PlayerRecords&) = delete;
  PlayerRecords& operator=(const PlayerRecords&) = delete;
  ~PlayerRecords() override;

  // Opens the store in `folder`, or in its usual place when it is empty
  // (under the XDG data folder, which --data-dir moves). Returns what the
  // player should be told, if anything, in their language.
  std::string open(const Translations& words, const std::filesystem::path& folder = {});

  bool available() const { return store_.has_value(); }
  storage::ResultStore* store() { return store_ ? &*store_ : nullptr; }

  // ---- Who is playing ----
  const std::optional<storage::Player>& player() const { return player_; }
  void choosePlayer(const storage::Player& player);
  void forgetPlayer() { player_.reset(); }
  // The player chosen last time, from last-player.json beside settings.json.
  void restoreLastPlayer();

  // ---- Recording (RoundRecorder) ----
  // Starts the stored session on the round's first answer (so a round left
  // before any answer leaves no trace), commits the answer, logs its id to
  // $ESPRIT_ANSWER_LOG when set, and finishes the stored session after the
  // last question. Without a store or a player it records nothing.
  Status recordAnswer(Round& round, const Answer& answer, const Evaluation& evaluation) override;

  // ---- Resuming ----
  // The player's unfinished sessions with at least one answer, newest first
  // (empty without a store).
  std::vector<storage::SessionSummary> unfinishedSessions();
  // The one on this pack version and assessment form ("" for another round).
  std::optional<storage::SessionSummary> unfinishedOn(const Pack& pack, const std::string& form);
  void abandon(storage::SessionId id);

  // A failure to save, in words for the player (set from a round's
  // recordingFailure() by describeFailure()).
  std::string describeFailure(const Error& error, const Translations& words) const;

 private:
  void logCommittedAnswer(storage::AnswerId id);

  std::optional<storage::ResultStore> store_;
  std::optional<storage::Player> player_;
  int answer_log_ = -1;  // file descriptor of $ESPRIT_ANSWER_LOG, -1 when unset
  bool answer_log_checked_ = false;
};

// last-player.json in the config folder: the player to greet next time.
std::filesystem::path lastPlayerFile();

}  // namespace esprit::play
