// What the class learned, from the assessment pack's parallel forms: form A
// or B before the lesson, the other after it, and form C weeks later.
//
// - Per player: d′ and bias (c) over the real-or-fake items of each form, and
//   over-confidence: mean confidence minus share right on the items answered
//   with a confidence (0 is well calibrated, above 0 over-confident).
// - For the class: the mean of each player's change, before → after and
//   before → weeks later, with a 95 % confidence interval (Student's t over
//   the players who played both forms) and their number.
// The form played first of A and B is "before", whichever it is.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Scoring.hpp"
#include "core/storage/StoredRecords.hpp"

#include <optional>
#include <string>
#include <vector>

namespace esprit::report {

inline constexpr const char* kAssessmentPackId = "esprit.assessment";

struct FormDiscernment {
  std::string form;            // "A", "B" or "C"
  std::string first_answered;  // when the player began this form
  DiscernmentCounts counts;
  Discernment result;
  std::optional<double> overconfidence;  // none when no item asked for a confidence
};

struct DiscernmentChange {
  storage::PlayerId player_id = 0;
  std::string nickname;
  std::string class_code;
  FormDiscernment before;  // the form played first
  FormDiscernment after;

  double sensitivityChange() const { return after.result.sensitivity - before.result.sensitivity; }
  double biasChange() const { return after.result.bias - before.result.bias; }
};

// The class as one: the answers of every player who played both forms,
// pooled before and after.
struct ClassDiscernment {
  int players = 0;
  Discernment before;
  Discernment after;
};

// A mean change over players, with its 95 % confidence interval.
struct MeanChange {
  int players = 0;
  double mean = 0;
  std::optional<double> low;  // none with fewer than two players
  std::optional<double> high;
};

struct ClassChange {
  int players = 0;  // with both forms
  MeanChange sensitivity;
  MeanChange bias;
  MeanChange overconfidence;  // over the players with confidences on both forms
};

struct LearningChanges {
  std::vector<DiscernmentChange> after;    // A and B, by the players' order
  std::vector<DiscernmentChange> delayed;  // before → C
  std::optional<ClassDiscernment> pooled_after;
  std::optional<ClassChange> class_after;
  std::optional<ClassChange> class_delayed;
};

// `players_in_order` gives the order of the per-player lists.
LearningChanges measureLearning(const std::vector<storage::ReportAnswerRow>& rows,
                                const std::vector<storage::PlayerId>& players_in_order);

// Adds a real-or-fake answer (is_real and says_real set) to `counts`.
void countDiscernment(const storage::ReportAnswerRow& row, DiscernmentCounts& counts);

// The mean of `changes` and its 95 % interval by Student's t.
MeanChange meanChange(const std::vector<double>& changes);
// The two-sided 95 % quantile of Student's t with `degrees` of freedom.
double studentT95(int degrees);

}  // namespace esprit::report
