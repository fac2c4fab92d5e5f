// Scheduling booster reviews and choosing their questions (see ReviewSchedule.hpp).
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewSchedule.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <map>
#include <random>
#include <set>

namespace esprit::review {
namespace {

struct DayResult {
  bool missed = false;
};

bool isDigits(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(),
                                      [](char each) { return each >= '0' && each <= '9'; });
}

}  // namespace

std::optional<Day> dayFromTimestamp(std::string_view timestamp) {
  if (timestamp.size() < 10 || timestamp[4] != '-' || timestamp[7] != '-') return std::nullopt;
  if (!isDigits(timestamp.substr(0, 4)) || !isDigits(timestamp.substr(5, 2)) ||
      !isDigits(timestamp.substr(8, 2))) {
    return std::nullopt;
  }
  const int year = std::stoi(std::string(timestamp.substr(0, 4)));
  const unsigned month = static_cast<unsigned>(std::stoi(std::string(timestamp.substr(5, 2))));
  const unsigned day = static_cast<unsigned>(std::stoi(std::string(timestamp.substr(8, 2))));
  const std::chrono::year_month_day date{std::chrono::year{year}, std::chrono::month{month},
                                         std::chrono::day{day}};
  if (!date.ok()) return std::nullopt;
  return static_cast<Day>(std::chrono::sys_days{date}.time_since_epoch().count());
}

std::string dayText(Day day) {
  const std::chrono::year_month_day date{std::chrono::sys_days{std::chrono::days{day}}};
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(date.year()),
                static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
  return text;
}

Day today() {
  const auto now = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
  return static_cast<Day>(now.time_since_epoch().count());
}

std::vector<TechniqueReview> scheduleReviews(const std::vector<storage::DatedAnswer>& answers) {
  // Per technique, per day: was anything missed?
  std::map<std::string, std::map<Day, DayResult>> days;
  for (const auto& answer : answers) {
    const auto day = dayFromTimestamp(answer.answered);
    if (!day) continue;
    for (const auto& technique : answer.techniques) {
      DayResult& result = days[technique][*day];
      if (!answer.correct) result.missed = true;
    }
  }
  std::vector<TechniqueReview> reviews;
  for (const auto& [technique, results] : days) {
    TechniqueReview review;
    review.technique = technique;
    bool first = true;
    for (const auto& [day, result] : results) {
      if (first || result.missed) {
        review.step = 0;
        review.due = day + kReviewIntervals[0];
      } else if (day >= review.due) {
        review.step = std::min<int>(review.step + 1, kReviewIntervals.size() - 1);
        review.due = day + kReviewIntervals[static_cast<std::size_t>(review.step)];
      }
      first = false;
      review.last_practised = day;
      review.missed_last_time = result.missed;
    }
    reviews.push_back(std::move(review));
  }
  return reviews;
}

std::vector<TechniqueReview> dueTechniques(const std::vector<storage::DatedAnswer>& answers,
                                           Day day) {
  std::vector<TechniqueReview> due;
  for (auto& review : scheduleReviews(answers)) {
    if (review.isDue(day)) due.push_back(std::move(review));
  }
  std::sort(due.begin(), due.end(), [](const auto& left, const auto& right) {
    if (left.due != right.due) return left.due < right.due;
    if (left.missed_last_time != right.missed_last_time) return left.missed_last_time;
    return left.technique < right.technique;
  });
  return due;
}

ReviewRound chooseReviewQuestions(const Pack& pack, const std::vector<TechniqueReview>& due,
                                  const std::vector<storage::DatedAnswer>& answers, Day day,
                                  std::size_t count, std::uint64_t seed) {
  std::map<std::string, Day> last_seen;  // question id → day, in this pack
  for (const auto& answer : answers) {
    if (answer.pack_id != pack.metadata.id) continue;
    if (const auto seen = dayFromTimestamp(answer.answered)) {
      auto [slot, added] = last_seen.try_emplace(answer.question_id, *seen);
      if (!added) slot->second = std::max(slot->second, *seen);
    }
  }

  // Per due technique, its questions in the order they should come: never
  // seen, then seen longest ago; seed-shuffled first so ties differ.
  std::mt19937_64 random(seed);
  std::vector<const Question*> shuffled;
  for (const auto& question : pack.questions) shuffled.push_back(&question);
  std::shuffle(shuffled.begin(), shuffled.end(), random);
  const auto seen_on = [&last_seen](const Question* question) -> std::optional<Day> {
    const auto found = last_seen.find(question->id);
    return found == last_seen.end() ? std::nullopt : std::optional<Day>(found->second);
  };
  const auto earlier = [&seen_on](const Question* left, const Question* right) {
    const auto left_day = seen_on(left);
    const auto right_day = seen_on(right);
    if (!left_day || !right_day) return !left_day && right_day;
    return *left_day < *right_day;
  };

  ReviewRound round;
  std::vector<std::vector<const Question*>> fresh;   // per due technique
  std::vector<std::vector<const Question*>> recent;  // seen in the last kRecentDays
  for (const auto& review : due) {
    std::vector<const Question*> good, late;
    for (const Question* question : shuffled) {
      if (std::find(question->techniques.begin(), question->techniques.end(), review.technique) ==
          question->techniques.end()) {
        continue;
      }
      const auto seen = seen_on(question);
      if (seen && *seen >= day) continue;  // answered today: no review of what is fresh
      (seen && day - *seen < kRecentDays ? late : good).push_back(question);
    }
    if (good.empty() && late.empty()) continue;
    std::stable_sort(good.begin(), good.end(), earlier);
    std::stable_sort(late.begin(), late.end(), earlier);
    fresh.push_back(std::move(good));
    recent.push_back(std::move(late));
    round.techniques.push_back(review.technique);
  }

  std::set<std::string> taken;
  // Techniques take turns, first from their fresh questions, then (only when
  // those run out everywhere) from the recent ones.
  for (auto* lists : {&fresh, &recent}) {
    std::vector<std::size_t> next(lists->size(), 0);
    bool added = true;
    while (round.question_ids.size() < count && added) {
      added = false;
      for (std::size_t technique = 0;
           technique < lists->size() && round.question_ids.size() < count; ++technique) {
        auto& list = (*lists)[technique];
        while (next[technique] < list.size() && taken.count(list[next[technique]]->id) > 0) {
          ++next[technique];
        }
        if (next[technique] == list.size()) continue;
        const Question* question = list[next[technique]++];
        taken.insert(question->id);
        round.question_ids.push_back(question->id);
        added = true;
      }
    }
  }
  return round;
}

std::optional<std::size_t> choosePackForReview(const std::vector<const Pack*>& packs,
                                               const std::vector<TechniqueReview>& due,
                                               const std::vector<storage::DatedAnswer>& answers,
                                               Day day, std::size_t count) {
  std::optional<std::size_t> best;
  std::pair<std::size_t, std::size_t> best_cover{0, 0};
  for (std::size_t index = 0; index < packs.size(); ++index) {
    if (packs[index] == nullptr) continue;
    const ReviewRound round = chooseReviewQuestions(*packs[index], due, answers, day, count, 0);
    const std::pair<std::size_t, std::size_t> cover{round.techniques.size(),
                                                    round.question_ids.size()};
    if (cover.second > 0 && cover > best_cover) {
      best = index;
      best_cover = cover;
    }
  }
  return best;
}

}  // namespace esprit::review
