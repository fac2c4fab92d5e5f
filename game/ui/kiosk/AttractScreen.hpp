// The kiosk's home: the title, a one-line invitation, an example scenario
// drawn by the game that changes every few seconds, and the languages as
// words. One tap anywhere starts a round. Between example changes it asks
// for no frame at all, so a kiosk left alone costs almost no CPU.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/ScenarioView.hpp"
#include "ui/Screen.hpp"

namespace esprit::ui {

// The kiosk's home fills the title screen's place.
class AttractScreen : public ScreenWithId<ScreenId::title> {
 public:
  AttractScreen(ScreenStack& stack, Context& context);
  bool update() override;
  void drawBackground(sf::RenderTarget& target) override;
  void buildInterface() override;
  void onRevealed() override;

 private:
  void buildExample(float width, float height);
  void buildLanguages();
  float titleBottom() const;

  ScenarioView example_view_;
  std::size_t example_ = 0;
  double example_since_ = 0;
  int offer_seen_ = -1;        // the kiosk's offer the example index belongs to
  bool pressed_here_ = false;  // the tap began on this screen, not on a button
  bool no_round_ = false;      // the last tap found nothing to play
};

}  // namespace esprit::ui
