// Booster reviews: spaced repetition by technique, counted in days. Game
// effects fade within weeks unless players come back for short boosters
// (Maertens et al. 2025), so each technique a player has met comes due again
// after 1, 7 and then every 30 days.
//
// The rule, replayed over the player's answers day by day (UTC days):
// - The first day a technique is met, it is due again the next day (step 0).
// - On a day the player answers it with no miss, on or after its due day, it
//   moves up a step: due again 7 days later, then 30, then every 30 days.
// - Any miss on it that day sends it back to step 0: due the next day.
//   Techniques the player gets wrong come back sooner.
// - Right answers before the due day change nothing: spacing is what helps.
//
// Review questions come from a pack: those on the due techniques that the
// player never saw, then those seen longest ago; a question seen in the last
// kRecentDays days comes only when nothing else is left, and never one seen
// today. Due techniques take turns, most overdue first, so each one is
// reviewed.
//
// In the game: answers = store.datedAnswers(player); due =
// dueTechniques(answers, today()) (the title screen's "N techniques due");
// pack = choosePackForReview(packs, due, answers, today(), 6); round =
// chooseReviewQuestions(*packs[*pack], due, answers, today(), 6, seed); then
// play a Session with SessionOptions::question_ids = round.question_ids,
// recorded in mode "review".
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Pack.hpp"
#include "core/storage/StoredRecords.hpp"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace esprit::review {

// Days since 1970-01-01, in UTC like every timestamp the results store keeps.
using Day = int;

inline constexpr std::array<int, 3> kReviewIntervals = {1, 7, 30};
inline constexpr int kRecentDays = 7;

// "2026-11-24T08:09:46.123Z" or "2026-11-24" → its day; nullopt for anything else.
std::optional<Day> dayFromTimestamp(std::string_view timestamp);
// The day as "2026-11-24".
std::string dayText(Day day);
// Today, by the system clock.
Day today();

struct TechniqueReview {
  std::string technique;
  int step = 0;  // index into kReviewIntervals
  Day last_practised = 0;
  Day due = 0;
  bool missed_last_time = false;

  bool isDue(Day day) const { return due <= day; }
};

// Every technique the player has met, with its step and due day, by name.
std::vector<TechniqueReview> scheduleReviews(const std::vector<storage::DatedAnswer>& answers);
// Those due on `day`, most overdue first (then missed ones, then by name).
std::vector<TechniqueReview> dueTechniques(const std::vector<storage::DatedAnswer>& answers,
                                           Day day);

struct ReviewRound {
  std::vector<std::string> question_ids;  // for SessionOptions::question_ids
  std::vector<std::string> techniques;    // the due techniques it covers
};

// Up to `count` questions of `pack` on the `due` techniques (see above).
// Ties are broken by `seed`, so two reviews on one day differ.
ReviewRound chooseReviewQuestions(const Pack& pack, const std::vector<TechniqueReview>& due,
                                  const std::vector<storage::DatedAnswer>& answers, Day day,
                                  std::size_t count, std::uint64_t seed);

// Of `packs`, the one whose review round of `count` questions would cover the
// most due techniques, then hold the most questions (the first such pack on a
// tie); nullopt when no pack has a question to review on them.
std::optional<std::size_t> choosePackForReview(const std::vector<const Pack*>& packs,
                                               const std::vector<TechniqueReview>& due,
                                               const std::vector<storage::DatedAnswer>& answers,
                                               Day day, std::size_t count);

}  // namespace esprit::review
