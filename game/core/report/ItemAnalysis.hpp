// Which questions work: classical item analysis over each player's first
// answer, as Moodle's quiz statistics do it.
//
// - Facility: the share of players right on their first answer, 0 to 1.
// - Discrimination: the point-biserial correlation, −1 to 1, between being
//   right on the question (0 or 1) and the player's rest score, their share
//   right on the *other* questions of the same pack (corrected item–total
//   correlation). Players answer different draws from a pack, so the rest
//   score is a share, not a count. A player with no other question in the
//   pack does not count towards it.
// - A flag when there is something to say: too few answers to judge; almost
//   everyone right; discrimination near zero or negative (strong players miss
//   it: a wrong key or a misleading wording); almost nobody right.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace esprit::report {

struct ReportModel;

inline constexpr int kMinimumAnswersToJudge = 10;
inline constexpr double kAlmostAllRight = 0.9;      // facility at or above
inline constexpr double kAlmostNoneRight = 0.2;     // facility at or below
inline constexpr double kWeakDiscrimination = 0.1;  // discrimination below

// One flag per question, the most useful first: too few answers hides the
// rest, and an easy question's discrimination says little, so "almost
// everyone right" comes before "check the key".
enum class ItemFlag { none, too_few_answers, almost_all_right, check_key, almost_none_right };

// The CSV's `flag` column: "", "too-few-answers", "almost-all-right",
// "check-key", "almost-none-right".
std::string itemFlagCode(ItemFlag flag);
// The report language's key for the flag in words ("items.flag.check_key").
std::string_view itemFlagKey(ItemFlag flag);

struct ItemStatistic {
  std::string pack_id;
  std::string pack_title;
  std::string question_id;
  std::string prompt;
  int answers = 0;      // players with a first answer
  double facility = 0;  // 0 to 1
  // Missing when it cannot be worked out: fewer than two players with a rest
  // score, or everyone alike on the question or on the rest.
  std::optional<double> discrimination;
  ItemFlag flag = ItemFlag::none;
};

// One statistic per question of model.questions, in the same order.
std::vector<ItemStatistic> analyseItems(const ReportModel& model);

// The flag for these figures (see ItemFlag).
ItemFlag flagItem(int answers, double facility, const std::optional<double>& discrimination);

}  // namespace esprit::report
