// "Practise my weak spots": a round built from the techniques a player misses
// most, with missed questions coming back at growing intervals.
//
// The scheme, a Leitner system counted in rounds rather than days (a class
// may play twice in a day, then not for a week):
// - Every question the player has met sits in a box from 1 to 5. A wrong
//   answer puts it in box 1; a right one moves it up a box (a first answer
//   that is right lands in box 2).
// - A question in box b comes back 2^(b-1) rounds after the round it was
//   last answered in: box 1 the very next round, box 2 after 2 rounds, then
//   4, 8 and 16.
// - A technique's weakness is its share of misses over the player's last
//   answers on it (kRecentAnswersPerTechnique), smoothed as
//   (misses + 1) / (answers + 2), so a technique never tried counts 0.5.
// - The round takes, in this order: questions due again that were missed last
//   time; then questions due again or never seen, weakest technique first;
//   then, only to fill the round, questions not yet due, soonest due first.
//   Ties are broken by the seed, so two rounds are not identical.
//
// In the game: history = store.practiceHistory(player); round =
// chooseWeakSpotRound(pack, history, 10, seed); then play a Session with
// SessionOptions::question_ids = round.question_ids and record it with
// NewSession{player, "practice", options, round.question_ids}.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StoredRecords.hpp"

#include "core/Pack.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace esprit::storage {

inline constexpr int kLeitnerBoxes = 5;
inline constexpr int kRecentAnswersPerTechnique = 10;

struct TechniqueWeakness {
  std::string technique;
  int answers = 0;  // counted over the recent answers only
  int misses = 0;
  double weakness = 0.5;  // (misses + 1) / (answers + 2)
};

// Weakest first; ties in taxonomy-neutral alphabetical order.
std::vector<TechniqueWeakness> rankWeakTechniques(const PracticeHistory& history);

// The box a question sits in after this run of results, oldest first; 0 when
// it was never answered.
int leitnerBox(const std::vector<bool>& results_oldest_first);
// Rounds to wait after the last answer before a question in `box` is due.
int roundsUntilDue(int box);

struct WeakSpotRound {
  std::vector<std::string> question_ids;      // for SessionOptions::question_ids
  std::vector<std::string> focus_techniques;  // the weakest ones, to tell the player
};

// Picks up to `count` questions of `pack` for the player's next round.
WeakSpotRound chooseWeakSpotRound(const Pack& pack, const PracticeHistory& history,
                                  std::size_t count, std::uint64_t seed);

}  // namespace esprit::storage
