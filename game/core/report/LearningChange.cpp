// Per-player form results and the class's mean change (see LearningChange.hpp).
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LearningChange.hpp"

#include <cmath>
#include <map>
#include <set>

namespace esprit::report {
namespace {

using storage::ReportAnswerRow;

struct FormTally {
  std::string first_answered;
  DiscernmentCounts counts;
  int confident = 0;  // answers with a confidence
  int confident_right = 0;
  double confidence_sum = 0;
  std::set<std::string> seen;  // first answers only: a replay is practice, not assessment
};

bool countsForAssessment(const ReportAnswerRow& row) {
  return row.pack_id == kAssessmentPackId && row.is_real && row.says_real &&
         (row.form == "A" || row.form == "B" || row.form == "C");
}

void count(const ReportAnswerRow& row, FormTally& tally) {
  countDiscernment(row, tally.counts);
  if (row.confidence) {
    ++tally.confident;
    tally.confidence_sum += *row.confidence;
    if (row.correct) ++tally.confident_right;
  }
  if (tally.first_answered.empty() || row.answered < tally.first_answered) {
    tally.first_answered = row.answered;
  }
}

FormDiscernment resultOf(const std::string& form, const FormTally& tally) {
  FormDiscernment result{form, tally.first_answered, tally.counts, computeDiscernment(tally.counts),
                         std::nullopt};
  if (tally.confident > 0) {
    result.overconfidence =
        (tally.confidence_sum - tally.confident_right) / static_cast<double>(tally.confident);
  }
  return result;
}

DiscernmentCounts pooled(const DiscernmentCounts& left, const DiscernmentCounts& right) {
  return DiscernmentCounts{left.hits + right.hits, left.misses + right.misses,
                           left.false_alarms + right.false_alarms,
                           left.correct_rejections + right.correct_rejections};
}

ClassChange classChange(const std::vector<DiscernmentChange>& changes) {
  std::vector<double> sensitivity, bias, overconfidence;
  for (const auto& change : changes) {
    sensitivity.push_back(change.sensitivityChange());
    bias.push_back(change.biasChange());
    if (change.before.overconfidence && change.after.overconfidence) {
      overconfidence.push_back(*change.after.overconfidence - *change.before.overconfidence);
    }
  }
  return ClassChange{static_cast<int>(changes.size()), meanChange(sensitivity), meanChange(bias),
                     meanChange(overconfidence)};
}

}  // namespace

void countDiscernment(const ReportAnswerRow& row, DiscernmentCounts& counts) {
  // A fake is the signal: catching it is a hit (see Scoring.hpp).
  const bool is_fake = !*row.is_real;
  const bool says_fake = !*row.says_real;
  if (is_fake && says_fake) ++counts.hits;
  if (is_fake && !says_fake) ++counts.misses;
  if (!is_fake && says_fake) ++counts.false_alarms;
  if (!is_fake && !says_fake) ++counts.correct_rejections;
}

double studentT95(int degrees) {
  // Two-sided 95 % quantiles for 1 to 30 degrees of freedom; beyond, the
  // value of the nearest tabled degrees below, so the interval errs wide.
  constexpr double kTable[] = {12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306,
                               2.262,  2.228, 2.201, 2.179, 2.160, 2.145, 2.131, 2.120,
                               2.110,  2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064,
                               2.060,  2.056, 2.052, 2.048, 2.045, 2.042};
  if (degrees < 1) return NAN;
  if (degrees <= 30) return kTable[degrees - 1];
  if (degrees < 40) return 2.042;
  if (degrees < 60) return 2.021;
  if (degrees < 120) return 2.000;
  return 1.980;
}

MeanChange meanChange(const std::vector<double>& changes) {
  MeanChange result;
  result.players = static_cast<int>(changes.size());
  if (changes.empty()) return result;
  double sum = 0;
  for (const double change : changes) sum += change;
  result.mean = sum / static_cast<double>(changes.size());
  if (changes.size() < 2) return result;
  double squares = 0;
  for (const double change : changes) squares += (change - result.mean) * (change - result.mean);
  const double deviation = std::sqrt(squares / static_cast<double>(changes.size() - 1));
  const double margin =
      studentT95(result.players - 1) * deviation / std::sqrt(static_cast<double>(changes.size()));
  result.low = result.mean - margin;
  result.high = result.mean + margin;
  return result;
}

LearningChanges measureLearning(const std::vector<ReportAnswerRow>& rows,
                                const std::vector<storage::PlayerId>& players_in_order) {
  std::map<storage::PlayerId, std::map<std::string, FormTally>> forms_by_player;
  std::map<storage::PlayerId, std::pair<std::string, std::string>> names;  // nickname, class
  for (const ReportAnswerRow& row : rows) {
    if (!countsForAssessment(row)) continue;
    FormTally& tally = forms_by_player[row.player_id][row.form];
    if (!tally.seen.insert(row.question_id).second) continue;
    count(row, tally);
    names[row.player_id] = {row.nickname, row.class_code};
  }

  LearningChanges learning;
  DiscernmentCounts class_before;
  DiscernmentCounts class_after;
  for (const storage::PlayerId player : players_in_order) {
    const auto found = forms_by_player.find(player);
    if (found == forms_by_player.end()) continue;
    const auto& forms = found->second;
    const auto form_a = forms.find("A");
    const auto form_b = forms.find("B");
    const auto form_c = forms.find("C");
    // "Before" is the first played of A and B; with only one of them, that one.
    std::string before_form;
    if (form_a != forms.end() && form_b != forms.end()) {
      before_form = form_a->second.first_answered <= form_b->second.first_answered ? "A" : "B";
    } else if (form_a != forms.end()) {
      before_form = "A";
    } else if (form_b != forms.end()) {
      before_form = "B";
    } else {
      continue;
    }
    const FormTally& before = forms.at(before_form);
    const auto& [nickname, class_code] = names[player];
    if (form_a != forms.end() && form_b != forms.end()) {
      const std::string after_form = before_form == "A" ? "B" : "A";
      const FormTally& after = forms.at(after_form);
      learning.after.push_back(DiscernmentChange{player, nickname, class_code,
                                                 resultOf(before_form, before),
                                                 resultOf(after_form, after)});
      class_before = pooled(class_before, before.counts);
      class_after = pooled(class_after, after.counts);
    }
    if (form_c != forms.end()) {
      learning.delayed.push_back(DiscernmentChange{player, nickname, class_code,
                                                   resultOf(before_form, before),
                                                   resultOf("C", form_c->second)});
    }
  }
  if (!learning.after.empty()) {
    learning.pooled_after =
        ClassDiscernment{static_cast<int>(learning.after.size()), computeDiscernment(class_before),
                         computeDiscernment(class_after)};
    learning.class_after = classChange(learning.after);
  }
  if (!learning.delayed.empty()) learning.class_delayed = classChange(learning.delayed);
  return learning;
}

}  // namespace esprit::report
