// Playing a round: the scenario (tappable for hotspot questions), the
// question and its answer widgets, and the Check button. Submits to the
// Session and opens the feedback screen.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/ScenarioView.hpp"
#include "ui/Screen.hpp"
#include "ui/screens/AnswerInput.hpp"

#include <optional>

namespace esprit::ui {

class PlayScreen : public ScreenWithId<ScreenId::play> {
 public:
  PlayScreen(ScreenStack& stack, Context& context);
  void buildInterface() override;
  void onRevealed() override;
  bool isAnimating() const override;
  // The question number, prompt, scenario and options with their numbers.
  std::string textToRead() override;

 private:
  void startQuestion();
  void buildScenario(float width);
  void buildPrompt(float width);
  void buildQuestion(float width, bool with_prompt);
  void submit();

  AnswerInput input_;
  ScenarioView scenario_view_;
  std::size_t question_position_ = static_cast<std::size_t>(-1);
  double question_shown_at_ = 0;
  bool tapped_outside_ = false;
  bool auto_read_pending_ = false;  // read the new question once it is on screen
};

}  // namespace esprit::ui
