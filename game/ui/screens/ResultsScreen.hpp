// The end of a round: the score, results per technique, discernment in plain
// words with sensitivity and bias beside it (only the words with the "simple
// words" setting), and calibration (a small chart) when the player gave
// confidence ratings.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Session.hpp"
#include "ui/Screen.hpp"

namespace esprit::ui {

class ResultsScreen : public ScreenWithId<ScreenId::results> {
 public:
  ResultsScreen(ScreenStack& stack, Context& context);
  void buildInterface() override;
  bool isAnimating() const override;
  // The score, the discernment sentences (in plain words) and each topic.
  std::string textToRead() override;

 private:
  void buildScore(float width);
  void buildTechniques(float width);
  void buildDiscernment(float width);
  void buildCalibration(float width);
  std::string discernmentSentence() const;

  SessionResults results_;
  double shown_at_ = 0;
};

}  // namespace esprit::ui
