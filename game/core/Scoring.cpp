// Scoring rules. docs/pack-format.md explains each to teachers in words;
// change both together.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Scoring.hpp"

#include <algorithm>
#include <cmath>
#include <set>

namespace esprit {
namespace {

// Visits an answer with the question it claims to answer, refusing pairs of
// the wrong kind so a UI bug cannot turn into a silently wrong score.
struct CreditCalculator {
  const Question& question;

  std::variant<double, AnswerMismatch> mismatch(std::string_view expected) const {
    return AnswerMismatch{"question " + question.id + " expects " + std::string(expected) + "."};
  }

  std::variant<double, AnswerMismatch> operator()(const SingleChoiceAnswer& answer) const {
    if (question.type != QuestionType::single_choice) return mismatch("another kind of answer");
    if (answer.option >= question.options.size()) return mismatch("an existing option");
    return answer.option == question.correct_option ? 1.0 : 0.0;
  }
  std::variant<double, AnswerMismatch> operator()(const BinaryAnswer& answer) const {
    if (question.type != QuestionType::true_false) return mismatch("another kind of answer");
    if (answer.confidence && (*answer.confidence < 0.5 || *answer.confidence > 1.0)) {
      return mismatch("a confidence from 0.5 to 1");
    }
    return answer.says_real == question.is_real ? 1.0 : 0.0;
  }
  std::variant<double, AnswerMismatch> operator()(const MultipleChoiceAnswer& answer) const {
    if (question.type != QuestionType::multiple_choice) return mismatch("another kind of answer");
    for (auto option : answer.options) {
      if (option >= question.options.size()) return mismatch("existing options");
    }
    return multipleChoiceCredit(question.correct_options, answer.options);
  }
  std::variant<double, AnswerMismatch> operator()(const OrderingAnswer& answer) const {
    if (question.type != QuestionType::ordering) return mismatch("another kind of answer");
    std::vector<std::size_t> sorted = answer.order;
    std::sort(sorted.begin(), sorted.end());
    for (std::size_t index = 0; index < sorted.size(); ++index) {
      if (sorted.size() != question.options.size() || sorted[index] != index) {
        return mismatch("every option exactly once");
      }
    }
    return orderingCredit(answer.order);
  }
  std::variant<double, AnswerMismatch> operator()(const HotspotAnswer& answer) const {
    if (question.type != QuestionType::hotspot) return mismatch("another kind of answer");
    const auto& right = question.correct_regions;
    return std::find(right.begin(), right.end(), answer.region) != right.end() ? 1.0 : 0.0;
  }
};

// The standard normal distribution function.
double normalDistribution(double x) { return 0.5 * std::erfc(-x / std::sqrt(2.0)); }

}  // namespace

std::variant<double, AnswerMismatch> creditFor(const Question& question, const Answer& answer) {
  return std::visit(CreditCalculator{question}, answer.choice);
}

double multipleChoiceCredit(const std::vector<std::size_t>& correct,
                            const std::vector<std::size_t>& picked) {
  if (correct.empty()) return 0;
  const std::set<std::size_t> right(correct.begin(), correct.end());
  const std::set<std::size_t> chosen(picked.begin(), picked.end());
  int right_picked = 0, wrong_picked = 0;
  for (auto option : chosen) (right.count(option) ? right_picked : wrong_picked) += 1;
  const double credit =
      static_cast<double>(right_picked - wrong_picked) / static_cast<double>(right.size());
  return std::clamp(credit, 0.0, 1.0);
}

double orderingCredit(const std::vector<std::size_t>& player_order) {
  // player_order[k] is the true rank of the option the player put k-th.
  const std::size_t count = player_order.size();
  if (count < 2) return 1;
  long concordant = 0, discordant = 0;
  for (std::size_t first = 0; first < count; ++first) {
    for (std::size_t second = first + 1; second < count; ++second) {
      (player_order[first] < player_order[second] ? concordant : discordant) += 1;
    }
  }
  const double pairs = static_cast<double>(concordant + discordant);
  return std::max(0.0, static_cast<double>(concordant - discordant) / pairs);
}

double brierScore(bool correct, double confidence) {
  const double chance_given_to_truth = correct ? confidence : 1.0 - confidence;
  return (1.0 - chance_given_to_truth) * (1.0 - chance_given_to_truth);
}

int confidencePoints(bool correct, double confidence) {
  return static_cast<int>(
      std::lround(kPointsPerQuestion * (1.0 - 2.0 * brierScore(correct, confidence))));
}

double inverseNormal(double p) {
  // Bisection on the distribution function: slower than a rational
  // approximation, but exact to double precision and obviously right, and it
  // runs a handful of times per results screen.
  double low = -40, high = 40;
  for (int step = 0; step < 200 && high - low > 1e-15; ++step) {
    const double middle = (low + high) / 2;
    (normalDistribution(middle) < p ? low : high) = middle;
  }
  return (low + high) / 2;
}

Discernment computeDiscernment(const DiscernmentCounts& counts) {
  Discernment result;
  result.counts = counts;
  // Log-linear correction (Hautus 1995): add 0.5 to each count and 1 to each
  // total, so that perfect rates do not give infinite z-scores.
  result.hit_rate = (counts.hits + 0.5) / (counts.fakes() + 1.0);
  result.false_alarm_rate = (counts.false_alarms + 0.5) / (counts.reals() + 1.0);
  const double z_hit = inverseNormal(result.hit_rate);
  const double z_false_alarm = inverseNormal(result.false_alarm_rate);
  result.sensitivity = z_hit - z_false_alarm;
  result.bias = -(z_hit + z_false_alarm) / 2;
  return result;
}

std::vector<CalibrationBin> computeCalibration(const std::vector<ConfidentAnswer>& answers) {
  constexpr int kBands = 5;
  constexpr double kLowest = 0.5, kBandWidth = 0.1;
  std::vector<CalibrationBin> bins(kBands);
  std::vector<int> right(kBands, 0);
  std::vector<double> confidence_sum(kBands, 0);
  for (int band = 0; band < kBands; ++band) {
    bins[band].from = kLowest + band * kBandWidth;
    bins[band].to = bins[band].from + kBandWidth;
  }
  for (const auto& answer : answers) {
    int band = static_cast<int>((answer.confidence - kLowest) / kBandWidth + 1e-9);
    band = std::clamp(band, 0, kBands - 1);
    ++bins[band].answers;
    confidence_sum[band] += answer.confidence;
    if (answer.correct) ++right[band];
  }
  for (int band = 0; band < kBands; ++band) {
    if (bins[band].answers == 0) continue;
    bins[band].mean_confidence = confidence_sum[band] / bins[band].answers;
    bins[band].share_correct = static_cast<double>(right[band]) / bins[band].answers;
  }
  return bins;
}

}  // namespace esprit
