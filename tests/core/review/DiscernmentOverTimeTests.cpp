// Whether discernment held up, over simulated weeks of real-or-fake answers.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/review/DiscernmentOverTime.hpp"

#include <doctest/doctest.h>

using namespace esprit;
using esprit::review::Day;

namespace {

const Day kStart = *review::dayFromTimestamp("2026-11-02");

// `right` of `count` real-or-fake answers on `day`, half of them real.
void answerOn(std::vector<storage::DatedAnswer>& answers, int day, int count, int right) {
  for (int index = 0; index < count; ++index) {
    const bool is_real = index % 2 == 0;
    const bool says_real = index < right ? is_real : !is_real;
    answers.push_back(storage::DatedAnswer{"test.pack",
                                           "q" + std::to_string(index),
                                           {"clickbait"},
                                           index < right,
                                           review::dayText(kStart + day) + "T09:00:00.000Z",
                                           is_real,
                                           says_real});
  }
}

}  // namespace

TEST_CASE("one week of answers is too early to tell whether discernment held up") {
  std::vector<storage::DatedAnswer> answers;
  CHECK(review::discernmentOverTime(answers).periods.empty());
  answerOn(answers, 0, 6, 6);
  answerOn(answers, 3, 6, 4);
  const auto history = review::discernmentOverTime(answers);
  REQUIRE(history.periods.size() == 1);
  CHECK(history.periods[0].counts.hits + history.periods[0].counts.misses == 6);
  CHECK(history.trend == review::DiscernmentTrend::too_early);
}

TEST_CASE("discernment that stays near its best held up, and one that drops faded") {
  std::vector<storage::DatedAnswer> held;
  answerOn(held, 0, 8, 8);
  answerOn(held, 7, 8, 7);
  answerOn(held, 35, 8, 8);
  const auto steady = review::discernmentOverTime(held);
  REQUIRE(steady.periods.size() == 3);
  CHECK(steady.periods[2].first_day == kStart + 35);
  CHECK(steady.trend == review::DiscernmentTrend::held_up);

  std::vector<storage::DatedAnswer> faded;
  answerOn(faded, 0, 8, 8);
  answerOn(faded, 30, 8, 4);  // guessing a month later
  const auto fading = review::discernmentOverTime(faded);
  REQUIRE(fading.periods.size() == 2);
  CHECK(fading.best_before == doctest::Approx(computeDiscernment({4, 0, 0, 4}).sensitivity));
  CHECK(fading.periods[1].sensitivity == doctest::Approx(0.0));
  CHECK(fading.trend == review::DiscernmentTrend::faded);
}

TEST_CASE("a week with too few answers joins the next, and answers of other kinds do not count") {
  std::vector<storage::DatedAnswer> answers;
  answerOn(answers, 0, 2, 2);   // week 1: two only
  answerOn(answers, 8, 4, 4);   // week 2: together with week 1, six
  answerOn(answers, 21, 1, 1);  // a short tail joins the last point
  answers.push_back(storage::DatedAnswer{"test.pack",
                                         "choice",
                                         {"clickbait"},
                                         false,
                                         review::dayText(kStart + 1) + "T09:00:00.000Z",
                                         std::nullopt,
                                         std::nullopt});
  const auto history = review::discernmentOverTime(answers);
  REQUIRE(history.periods.size() == 1);
  CHECK(history.periods[0].first_day == kStart);
  CHECK(history.periods[0].last_day == kStart + 21);
  const auto& counts = history.periods[0].counts;
  CHECK(counts.hits + counts.misses + counts.false_alarms + counts.correct_rejections == 7);
}
