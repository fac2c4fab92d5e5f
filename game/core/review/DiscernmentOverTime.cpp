// Discernment week by week (see DiscernmentOverTime.hpp).
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DiscernmentOverTime.hpp"

#include <algorithm>
#include <map>

namespace esprit::review {
namespace {

int answered(const DiscernmentCounts& counts) { return counts.fakes() + counts.reals(); }

void add(DiscernmentCounts& counts, bool is_real, bool says_real) {
  // A fake is the signal: catching it is a hit (see Scoring.hpp).
  if (!is_real) {
    ++(says_real ? counts.misses : counts.hits);
  } else {
    ++(says_real ? counts.correct_rejections : counts.false_alarms);
  }
}

void merge(DiscernmentCounts& into, const DiscernmentCounts& from) {
  into.hits += from.hits;
  into.misses += from.misses;
  into.false_alarms += from.false_alarms;
  into.correct_rejections += from.correct_rejections;
}

}  // namespace

DiscernmentHistory discernmentOverTime(const std::vector<storage::DatedAnswer>& answers) {
  // Per day first, so weeks can be cut from the first day on.
  std::map<Day, DiscernmentCounts> days;
  for (const auto& answer : answers) {
    if (!answer.is_real || !answer.says_real) continue;
    const auto day = dayFromTimestamp(answer.answered);
    if (!day) continue;
    add(days[*day], *answer.is_real, *answer.says_real);
  }

  DiscernmentHistory history;
  if (days.empty()) return history;
  const Day start = days.begin()->first;
  DiscernmentPeriod open;
  bool has_open = false;
  for (auto day = days.begin(); day != days.end(); ++day) {
    if (!has_open) {
      open = DiscernmentPeriod{day->first, day->first, {}, 0};
      has_open = true;
    }
    merge(open.counts, day->second);
    open.last_day = day->first;
    const auto next = std::next(day);
    const bool week_ends = next == days.end() || (next->first - start) / kDaysPerPeriod !=
                                                     (day->first - start) / kDaysPerPeriod;
    if (week_ends && answered(open.counts) >= kLeastAnswersPerPeriod) {
      history.periods.push_back(open);
      has_open = false;
    }
  }
  if (has_open) {
    if (history.periods.empty()) {
      history.periods.push_back(open);
    } else {
      merge(history.periods.back().counts, open.counts);
      history.periods.back().last_day = open.last_day;
    }
  }
  for (auto& period : history.periods) {
    period.sensitivity = computeDiscernment(period.counts).sensitivity;
  }
  if (history.periods.size() < 2) return history;
  history.best_before = history.periods.front().sensitivity;
  for (std::size_t index = 0; index + 1 < history.periods.size(); ++index) {
    history.best_before = std::max(history.best_before, history.periods[index].sensitivity);
  }
  history.trend = history.periods.back().sensitivity >= history.best_before - kFadeMargin
                      ? DiscernmentTrend::held_up
                      : DiscernmentTrend::faded;
  return history;
}

}  // namespace esprit::review
