// The first screen: the game's name, what it is for, and Play / Settings /
// Quit. It also shows a one-off notice, such as a settings file replaced.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/play/PlayerRounds.hpp"
#include "ui/Screen.hpp"

#include <cstdint>
#include <optional>

namespace esprit::ui {

class TitleScreen : public ScreenWithId<ScreenId::title> {
 public:
  using ScreenWithId::ScreenWithId;
  void buildInterface() override;
  // The name, what the game is for, and the buttons.
  std::string textToRead() override;
  bool isAnimating() const override;
  void onRevealed() override { review_checked_for_.reset(); }

 private:
  // The name's size as a share of its full size: below 1 on a window too
  // short for the name and everything under it (large text on a small screen).
  float titleScale() const;
  float titleBottom() const;
  // Whether the four buttons, one under another, leave the player's row and
  // the footer on the window, at least under the smallest name.
  bool oneColumnFits(float tagline_height) const;
  // The footer with the air above it, when it follows the buttons.
  static float footerHeight();
  // The soft shapes and the big name, behind the buttons.
  void drawBackground();
  // The booster review offered to the chosen player, looked up once per
  // player and each time the title comes back (not every frame).
  void refreshReviewOffer();
  std::optional<std::int64_t> review_checked_for_;
  std::optional<play::ReviewOffer> review_offer_;
  double shown_at_ = -1;
  float below_title_ = 0;         // the height of all under the name, as last laid out
  bool layout_settling_ = false;  // that height changed in the last frame
  bool focus_play_ = false;
};

}  // namespace esprit::ui
