// Facility, discrimination and flags per question (see ItemAnalysis.hpp).
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ItemAnalysis.hpp"

#include "ReportModel.hpp"
#include "core/EnumNames.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>

namespace esprit::report {
namespace {

// The CSV codes are these keys' last parts, with dashes: one spelling per flag.
constexpr std::string_view kFlagKeyPrefix = "items.flag.";
constexpr EnumName<ItemFlag> kFlagKeys[] = {
    {ItemFlag::none, "items.flag.none"},
    {ItemFlag::too_few_answers, "items.flag.too_few_answers"},
    {ItemFlag::almost_all_right, "items.flag.almost_all_right"},
    {ItemFlag::check_key, "items.flag.check_key"},
    {ItemFlag::almost_none_right, "items.flag.almost_none_right"},
};
static_assert(inEnumOrder(kFlagKeys), "the flag table must follow the enum's order");

struct Tally {
  int answered = 0;
  int right = 0;
};

// Pearson's r; with one variable 0 or 1 it is the point-biserial correlation.
std::optional<double> correlation(const std::vector<std::pair<double, double>>& pairs) {
  if (pairs.size() < 2) return std::nullopt;
  double mean_x = 0, mean_y = 0;
  for (const auto& [x, y] : pairs) {
    mean_x += x;
    mean_y += y;
  }
  mean_x /= static_cast<double>(pairs.size());
  mean_y /= static_cast<double>(pairs.size());
  double covariance = 0, variance_x = 0, variance_y = 0;
  for (const auto& [x, y] : pairs) {
    covariance += (x - mean_x) * (y - mean_y);
    variance_x += (x - mean_x) * (x - mean_x);
    variance_y += (y - mean_y) * (y - mean_y);
  }
  // Everyone alike on one side: there is nothing to correlate with.
  constexpr double kNoSpread = 1e-12;
  if (variance_x < kNoSpread || variance_y < kNoSpread) return std::nullopt;
  return covariance / std::sqrt(variance_x * variance_y);
}

}  // namespace

std::string itemFlagCode(ItemFlag flag) {
  // An unflagged question leaves the CSV's column empty.
  if (flag == ItemFlag::none) return "";
  std::string code(nameIn(kFlagKeys, flag).substr(kFlagKeyPrefix.size()));
  std::replace(code.begin(), code.end(), '_', '-');
  return code;
}

std::string_view itemFlagKey(ItemFlag flag) { return nameIn(kFlagKeys, flag); }

ItemFlag flagItem(int answers, double facility, const std::optional<double>& discrimination) {
  if (answers < kMinimumAnswersToJudge) return ItemFlag::too_few_answers;
  if (facility >= kAlmostAllRight) return ItemFlag::almost_all_right;
  if (discrimination && *discrimination < kWeakDiscrimination) return ItemFlag::check_key;
  if (facility <= kAlmostNoneRight) return ItemFlag::almost_none_right;
  return ItemFlag::none;
}

std::vector<ItemStatistic> analyseItems(const ReportModel& model) {
  // Each player's first-answer score in each pack.
  std::map<std::pair<storage::PlayerId, std::string>, Tally> pack_scores;
  for (const auto& entry : model.player_questions) {
    Tally& tally = pack_scores[{entry.player_id, entry.pack_id}];
    ++tally.answered;
    if (entry.first_correct) ++tally.right;
  }
  // (item right, rest score) per question.
  std::map<std::pair<std::string, std::string>, std::vector<std::pair<double, double>>> pairs;
  for (const auto& entry : model.player_questions) {
    const Tally& tally = pack_scores[{entry.player_id, entry.pack_id}];
    if (tally.answered < 2) continue;
    const int item = entry.first_correct ? 1 : 0;
    const double rest = double(tally.right - item) / (tally.answered - 1);
    pairs[{entry.pack_id, entry.question_id}].emplace_back(item, rest);
  }

  std::vector<ItemStatistic> items;
  items.reserve(model.questions.size());
  for (const auto& question : model.questions) {
    const double facility = question.shareRight();
    std::optional<double> discrimination;
    if (auto found = pairs.find({question.pack_id, question.question_id}); found != pairs.end()) {
      discrimination = correlation(found->second);
    }
    items.push_back(ItemStatistic{.pack_id = question.pack_id,
                                  .pack_title = question.pack_title,
                                  .question_id = question.question_id,
                                  .prompt = question.prompt,
                                  .answers = question.players,
                                  .facility = facility,
                                  .discrimination = discrimination,
                                  .flag = flagItem(question.players, facility, discrimination)});
  }
  return items;
}

}  // namespace esprit::report
