// One play-through of a pack: a seeded, repeatable walk through its questions
// (present, answer, evaluate, explain, next) and the results at the end. The
// session holds no clock and no UI; the screens drive it.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Answer.hpp"
#include "Pack.hpp"
#include "Scoring.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace esprit {

struct SessionOptions {
  std::uint64_t seed = 1;
  bool shuffle_questions = true;
  bool shuffle_options = true;
  bool ask_confidence = true;               // the player's setting; the question must also ask
  std::string form{};                       // "A" or "B": play only that form of an assessment pack
  std::size_t max_questions = 0;            // 0 plays every question
  std::vector<std::string> question_ids{};  // when not empty: exactly these, in this order
};

// One answered question, kept for the results and for storage.
struct AnsweredQuestion {
  std::size_t question_index = 0;  // into Pack::questions
  Answer answer;
  Evaluation evaluation;
};

struct TechniqueResult {
  std::string technique;
  int answered = 0;
  int correct = 0;
  int partly = 0;     // answers with some credit but not all (select-all, ordering)
  double credit = 0;  // summed credit; credit / answered is the mastery
};

struct SessionResults {
  int points = 0;
  int answered = 0;
  int correct = 0;
  int best_streak = 0;
  std::vector<TechniqueResult> techniques;  // in taxonomy order of first appearance
  std::optional<Discernment> discernment;   // when at least one real-or-fake item was answered
  std::vector<CalibrationBin> calibration;  // empty when no confidence was given
  std::optional<double> mean_brier;
};

class Session {
 public:
  Session(const Pack& pack, SessionOptions options);

  std::size_t questionCount() const { return order_.size(); }
  std::size_t position() const { return position_; }  // 0-based, == questionCount() when finished
  bool finished() const { return position_ >= order_.size(); }

  // The question on screen and its scenario (nullptr for a stand-alone one).
  const Question& currentQuestion() const;
  const Scenario* currentScenario() const;
  std::size_t currentQuestionIndex() const { return order_.at(position_); }
  // Every question of the round, as indices into Pack::questions, in play
  // order: stored with the session so that it can be resumed exactly.
  const std::vector<std::size_t>& questionOrder() const { return order_; }
  // Option indices in the order to show them; for ordering questions, the
  // shuffled starting order.
  const std::vector<std::size_t>& optionOrder() const { return option_order_; }
  // Whether to show the confidence slider on the current question.
  bool asksConfidence() const;

  // What submit() would make of this answer, without taking it: lets a
  // caller save the answer first and count it only once it is safe.
  std::variant<Evaluation, AnswerMismatch> evaluate(const Answer& answer) const;
  // Evaluates the answer to the current question and takes it. Answering
  // twice, or with an answer that does not fit the question, is refused with
  // a reason.
  std::variant<Evaluation, AnswerMismatch> submit(const Answer& answer);
  bool currentAnswered() const { return current_answered_; }
  // Moves to the next question; only after the current one was answered.
  bool advance();
  // Moves past the current question without an answer (a classroom player
  // who joined late or missed a question); it counts nowhere. False when
  // the question was answered or the session is over.
  bool skip();

  const std::vector<AnsweredQuestion>& history() const { return history_; }
  SessionResults results() const;
  const Pack& pack() const { return *pack_; }
  const SessionOptions& options() const { return options_; }

 private:
  void prepareOptionOrder();

  const Pack* pack_;
  SessionOptions options_;
  std::uint64_t rng_state_;
  std::vector<std::size_t> order_;
  std::size_t position_ = 0;
  std::vector<std::size_t> option_order_;
  bool current_answered_ = false;
  int streak_ = 0;
  std::vector<AnsweredQuestion> history_;
};

// Results over any list of answered questions of a pack (a session, a
// player's history, a class).
SessionResults summarise(const Pack& pack, const std::vector<AnsweredQuestion>& answers);

}  // namespace esprit
