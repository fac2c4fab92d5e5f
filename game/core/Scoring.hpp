// Scoring rules, as docs/pack-format.md states them for teachers: credit per
// question type, points and streaks, the Brier rule for confidence, and
// signal-detection discernment (d′ and bias) over real-or-fake items.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Answer.hpp"
#include "Pack.hpp"

#include <optional>
#include <string>
#include <vector>

namespace esprit {

inline constexpr int kPointsPerQuestion = 100;
inline constexpr int kStreakStepBonus = 10;
inline constexpr int kStreakMaxBonus = 50;

// How one answer to one question went.
struct Evaluation {
  double credit = 0;  // 0 to 1: the share of the question got right
  bool correct = false;
  int points = 0;                    // may be negative: confident and wrong
  int streak = 0;                    // right answers in a row, this one included
  int streak_bonus = 0;              // already included in points
  std::optional<double> confidence;  // as given, 0.5 to 1
  std::optional<double> brier;       // (1 − chance given to the right answer)², 0 to 1
};

// Why an answer does not fit its question (wrong kind, option out of range).
struct AnswerMismatch {
  std::string message;
};

// Credit for an answer, 0 to 1, by the rules of its question type; an answer
// of the wrong kind or with options that do not exist is a mismatch.
std::variant<double, AnswerMismatch> creditFor(const Question& question, const Answer& answer);

double multipleChoiceCredit(const std::vector<std::size_t>& correct,
                            const std::vector<std::size_t>& picked);
// Kendall-style: (concordant − discordant pairs) / all pairs, never below 0.
double orderingCredit(const std::vector<std::size_t>& player_order);

// Points on the Brier rule: 100 − 200 × (1 − chance given to the right answer)².
int confidencePoints(bool correct, double confidence);
double brierScore(bool correct, double confidence);

// Signal detection over real-or-fake items. "Signal" is a fake: catching it is
// a hit, calling a real item fake is a false alarm.
struct DiscernmentCounts {
  int hits = 0;                // fake, said fake
  int misses = 0;              // fake, said real
  int false_alarms = 0;        // real, said fake
  int correct_rejections = 0;  // real, said real

  int fakes() const { return hits + misses; }
  int reals() const { return false_alarms + correct_rejections; }
};

struct Discernment {
  DiscernmentCounts counts;
  double hit_rate = 0;          // log-linear corrected
  double false_alarm_rate = 0;  // log-linear corrected
  double sensitivity = 0;       // d′ = z(H) − z(F)
  double bias = 0;              // c = −(z(H) + z(F)) / 2; below 0 calls too much fake
};

Discernment computeDiscernment(const DiscernmentCounts& counts);
// The inverse of the standard normal distribution function, for 0 < p < 1.
double inverseNormal(double p);

// Calibration: within each confidence band, how often the player was right.
struct CalibrationBin {
  double from = 0, to = 0;  // confidence band, such as 0.5 to 0.6
  int answers = 0;
  double mean_confidence = 0;
  double share_correct = 0;
};

struct ConfidentAnswer {
  double confidence = 0.5;
  bool correct = false;
};

// Five bands of ten points from 50 % to 100 % (100 % falls in the last one).
std::vector<CalibrationBin> computeCalibration(const std::vector<ConfidentAnswer>& answers);

}  // namespace esprit
