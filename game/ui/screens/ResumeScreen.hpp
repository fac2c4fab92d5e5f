// "You did not finish this round": carry on where you stopped (same
// questions, same order, the next unanswered one), start the pack again, or
// decide later. Shown at start-up, after choosing a player, and when a pack
// with an unfinished round is chosen.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/Screen.hpp"

namespace esprit::ui {

class ResumeScreen : public ScreenWithId<ScreenId::resume> {
 public:
  using ScreenWithId::ScreenWithId;
  void buildInterface() override;

 private:
  void carryOn();
  void startAgain();
  void later();
};

}  // namespace esprit::ui
