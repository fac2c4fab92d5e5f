// Whether a player's discernment held up over time: d′ over their
// real-or-fake answers week by week, and the latest week against their best
// before it. Inoculation effects fade within weeks (Maertens et al. 2025);
// this is how a player, and the history screen, can see it.
//
// - Weeks count from the player's first real-or-fake answer. A week with
//   fewer than kLeastAnswersPerPeriod such answers joins the next one, so
//   each point rests on enough answers; a short tail joins the last point.
// - The trend needs two points: the latest "held up" when it is at most
//   kFadeMargin below the best point before it, else it "faded".
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReviewSchedule.hpp"

#include "core/Scoring.hpp"
#include "core/storage/StoredRecords.hpp"

#include <vector>

namespace esprit::review {

inline constexpr int kDaysPerPeriod = 7;
inline constexpr int kLeastAnswersPerPeriod = 4;
inline constexpr double kFadeMargin = 0.5;

struct DiscernmentPeriod {
  Day first_day = 0;  // of its first answer
  Day last_day = 0;   // of its last answer
  DiscernmentCounts counts;
  double sensitivity = 0;  // d′
};

enum class DiscernmentTrend { too_early, held_up, faded };

struct DiscernmentHistory {
  std::vector<DiscernmentPeriod> periods;  // oldest first
  DiscernmentTrend trend = DiscernmentTrend::too_early;
  double best_before = 0;  // the best d′ before the latest point (when there are two)
};

DiscernmentHistory discernmentOverTime(const std::vector<storage::DatedAnswer>& answers);

}  // namespace esprit::review
