// The first screen: the game's name, what it is for, and Play / Settings /
// Quit. It also shows a one-off notice, such as a settings file replaced.
#pragma once

#include "ui/Screen.hpp"

namespace esprit::ui {

class TitleScreen : public Screen {
 public:
  using Screen::Screen;
  void drawBackground(sf::RenderTarget& target) override;
  void buildInterface() override;
  // The name, what the game is for, and the buttons.
  std::string textToRead() override;
  bool isAnimating() const override;

 private:
  float titleBottom() const;
  double shown_at_ = -1;
  bool focus_play_ = false;
};

}  // namespace esprit::ui
