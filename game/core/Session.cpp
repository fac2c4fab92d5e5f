// The session engine and the summary of answered questions.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Session.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <stdexcept>

namespace esprit {
namespace {

// SplitMix64: a tiny generator whose sequence is the same on every platform
// and standard library, so a seed always gives the same game (std::shuffle
// and the std distributions do not promise that).
std::uint64_t nextRandom(std::uint64_t& state) {
  state += 0x9E3779B97F4A7C15ull;
  std::uint64_t mixed = state;
  mixed = (mixed ^ (mixed >> 30)) * 0xBF58476D1CE4E5B9ull;
  mixed = (mixed ^ (mixed >> 27)) * 0x94D049BB133111EBull;
  return mixed ^ (mixed >> 31);
}

// A uniform index below `bound`, without modulo bias.
std::size_t randomBelow(std::uint64_t& state, std::size_t bound) {
  const std::uint64_t limit = UINT64_MAX - UINT64_MAX % bound;
  std::uint64_t value;
  do {
    value = nextRandom(state);
  } while (value >= limit);
  return static_cast<std::size_t>(value % bound);
}

void shuffle(std::vector<std::size_t>& items, std::uint64_t& state) {
  for (std::size_t index = items.size(); index > 1; --index) {
    std::swap(items[index - 1], items[randomBelow(state, index)]);
  }
}

}  // namespace

Session::Session(const Pack& pack, SessionOptions options)
    : pack_(&pack), options_(std::move(options)), rng_state_(options_.seed) {
  if (!options_.question_ids.empty()) {
    for (const auto& id : options_.question_ids) {
      const Question* question = pack.findQuestion(id);
      if (question != nullptr)
        order_.push_back(static_cast<std::size_t>(question - pack.questions.data()));
    }
  } else {
    for (std::size_t index = 0; index < pack.questions.size(); ++index) {
      if (options_.form.empty() || pack.questions[index].form == options_.form)
        order_.push_back(index);
    }
    if (options_.shuffle_questions) shuffle(order_, rng_state_);
    if (options_.max_questions > 0 && order_.size() > options_.max_questions) {
      order_.resize(options_.max_questions);
    }
  }
  if (!finished()) prepareOptionOrder();
}

void Session::prepareOptionOrder() {
  const auto& question = currentQuestion();
  option_order_.resize(question.options.size());
  for (std::size_t index = 0; index < option_order_.size(); ++index) option_order_[index] = index;
  // Ordering questions are always shuffled: their pack order is the answer.
  // The shuffle depends only on the seed and the question, so a resumed
  // session shows each question exactly as the first time.
  if (options_.shuffle_options || question.type == QuestionType::ordering) {
    std::uint64_t question_state =
        options_.seed ^ (0xA0761D6478BD642Full * (order_[position_] + 1));
    shuffle(option_order_, question_state);
    if (question.type == QuestionType::ordering && option_order_.size() > 1 &&
        std::is_sorted(option_order_.begin(), option_order_.end())) {
      std::rotate(option_order_.begin(), option_order_.begin() + 1, option_order_.end());
    }
  }
}

const Question& Session::currentQuestion() const {
  if (finished()) throw std::logic_error("Session::currentQuestion called after the last question");
  return pack_->questions[order_[position_]];
}

const Scenario* Session::currentScenario() const {
  const auto& id = currentQuestion().scenario_id;
  return id.empty() ? nullptr : pack_->findScenario(id);
}

bool Session::asksConfidence() const {
  return options_.ask_confidence && currentQuestion().asks_confidence;
}

std::variant<Evaluation, AnswerMismatch> Session::evaluate(const Answer& answer) const {
  if (finished()) return AnswerMismatch{"the session is over; there is no question to answer."};
  if (current_answered_) return AnswerMismatch{"this question was already answered."};
  const auto& question = currentQuestion();
  auto credit = creditFor(question, answer);
  if (auto* mismatch = std::get_if<AnswerMismatch>(&credit)) return *mismatch;

  Evaluation evaluation;
  evaluation.credit = std::get<double>(credit);
  evaluation.correct = evaluation.credit >= 1.0 - 1e-9;
  const auto* binary = std::get_if<BinaryAnswer>(&answer.choice);
  if (binary != nullptr && binary->confidence && asksConfidence()) {
    evaluation.confidence = binary->confidence;
    evaluation.brier = brierScore(evaluation.correct, *binary->confidence);
    evaluation.points = confidencePoints(evaluation.correct, *binary->confidence);
  } else {
    evaluation.points = static_cast<int>(std::lround(kPointsPerQuestion * evaluation.credit));
  }
  evaluation.streak = evaluation.correct ? streak_ + 1 : 0;
  if (evaluation.streak > 1) {
    evaluation.streak_bonus = std::min(kStreakMaxBonus, kStreakStepBonus * (evaluation.streak - 1));
    evaluation.points += evaluation.streak_bonus;
  }
  return evaluation;
}

std::variant<Evaluation, AnswerMismatch> Session::submit(const Answer& answer) {
  auto outcome = evaluate(answer);
  if (const auto* evaluation = std::get_if<Evaluation>(&outcome)) {
    streak_ = evaluation->streak;
    history_.push_back({order_[position_], answer, *evaluation});
    current_answered_ = true;
  }
  return outcome;
}

bool Session::skip() {
  if (current_answered_ || finished()) return false;
  ++position_;
  streak_ = 0;  // a missed question breaks a run of right answers
  if (!finished()) prepareOptionOrder();
  return true;
}

bool Session::advance() {
  if (!current_answered_ || finished()) return false;
  ++position_;
  current_answered_ = false;
  if (!finished()) prepareOptionOrder();
  return true;
}

SessionResults Session::results() const { return summarise(*pack_, history_); }

SessionResults summarise(const Pack& pack, const std::vector<AnsweredQuestion>& answers) {
  SessionResults results;
  std::vector<std::string> technique_order;
  std::map<std::string, TechniqueResult> by_technique;
  DiscernmentCounts counts;
  bool any_binary = false;
  std::vector<ConfidentAnswer> confident;
  double brier_sum = 0;

  for (const auto& answered : answers) {
    if (answered.question_index >= pack.questions.size()) continue;
    const auto& question = pack.questions[answered.question_index];
    const auto& evaluation = answered.evaluation;
    ++results.answered;
    results.points += evaluation.points;
    if (evaluation.correct) ++results.correct;
    results.best_streak = std::max(results.best_streak, evaluation.streak);

    for (const auto& technique : question.techniques) {
      auto [entry, inserted] = by_technique.try_emplace(technique);
      if (inserted) {
        entry->second.technique = technique;
        technique_order.push_back(technique);
      }
      ++entry->second.answered;
      if (evaluation.correct) {
        ++entry->second.correct;
      } else if (evaluation.credit > 0) {
        ++entry->second.partly;
      }
      entry->second.credit += evaluation.credit;
    }

    if (const auto* binary = std::get_if<BinaryAnswer>(&answered.answer.choice)) {
      any_binary = true;
      if (!question.is_real) {
        (binary->says_real ? counts.misses : counts.hits) += 1;
      } else {
        (binary->says_real ? counts.correct_rejections : counts.false_alarms) += 1;
      }
    }
    if (evaluation.confidence) {
      confident.push_back({*evaluation.confidence, evaluation.correct});
      brier_sum += evaluation.brier.value_or(0);
    }
  }
  for (const auto& technique : technique_order)
    results.techniques.push_back(by_technique[technique]);
  if (any_binary) results.discernment = computeDiscernment(counts);
  if (!confident.empty()) {
    results.calibration = computeCalibration(confident);
    results.mean_brier = brier_sum / static_cast<double>(confident.size());
  }
  return results;
}

}  // namespace esprit
