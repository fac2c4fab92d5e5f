// A kiosk round's end, in plain words: how many were right, what that says
// about trusting and doubting (no d′, no jargon), the tricks met, and one
// button to play again. Left alone, the idle watch takes it back to the
// attract screen like any other screen.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/Screen.hpp"

namespace esprit::ui {

// Fills the place of the full results, which a kiosk does not show.
class KioskResultsScreen : public ScreenWithId<ScreenId::results> {
 public:
  KioskResultsScreen(ScreenStack& stack, Context& context);
  void buildInterface() override;
  bool isAnimating() const override;

 private:
  double shown_at_ = 0;
};

}  // namespace esprit::ui
