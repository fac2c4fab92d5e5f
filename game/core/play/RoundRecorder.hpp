// Where a round's answers go: a player's results, a kiosk's anonymous daily
// counts, a classroom game's records. The round engine calls its recorder
// with each answer it has scored, before counting it.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Answer.hpp"
#include "core/Result.hpp"
#include "core/Scoring.hpp"

namespace esprit::play {

class Round;

class RoundRecorder {
 public:
  virtual ~RoundRecorder() = default;
  // Called for the question on screen (round.currentQuestion(), at
  // round.position()) before the round takes the answer. Ok means the answer
  // is on the disk; it may note the stored session in the round.
  virtual Status recordAnswer(Round& round, const Answer& answer, const Evaluation& evaluation) = 0;
};

// Whether an answer that could not be saved still counts.
enum class RecordingRule {
  // The player plays on and is told (one PC, a kiosk): a full disk must not
  // stop a game.
  best_effort,
  // The answer is refused, so the client can send it again (the classroom
  // host never says "accepted" before it is saved).
  must_save,
};

}  // namespace esprit::play
