// After each answer: right or wrong (by icon and words, never colour alone),
// the points, the player's answer beside the right one, the explanation, each
// technique with its one-line definition, and the sources to check.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Answer.hpp"
#include "core/Pack.hpp"
#include "ui/ScenarioView.hpp"
#include "ui/Screen.hpp"

#include <string>

namespace esprit::ui {

class FeedbackScreen : public ScreenWithId<ScreenId::feedback> {
 public:
  FeedbackScreen(ScreenStack& stack, Context& context);
  void buildInterface() override;
  bool isAnimating() const override;
  // The verdict, the points, both answers, the explanation and the techniques.
  std::string textToRead() override;

 private:
  void buildVerdict(float width);
  void buildAnswers(float width);
  void buildMultipleChoiceReview(const Question& question,
                                 const std::vector<std::size_t>& shown_order,
                                 const MultipleChoiceAnswer& answer);
  void buildExplanation();
  void buildScenario(float width);
  void next();

  ScenarioView scenario_view_;
  double shown_at_ = 0;
  std::string copied_address_;  // the source address last copied, to say so
};

}  // namespace esprit::ui
