// Keeps a drawn scenario in a texture, so that a frame redrawn for something
// else (a hover, a focus ring, the confidence slider) costs one textured
// rectangle instead of the whole card. Under Mesa's software OpenGL a full
// card costs about 10 to 40 ms to draw; its picture costs far less.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/scenario/ScenarioRenderer.hpp"

#include <memory>
#include <string>
#include <vector>

namespace esprit::ui {

class ScenarioPicture {
 public:
  // Draws like drawScenario, and returns the same layout. The card is drawn
  // again only when the scenario, its width or the style changed; a card
  // taller than the largest texture is drawn directly every time.
  ScenarioLayout draw(sf::RenderTarget& target, const Scenario& scenario, const sf::FloatRect& area,
                      const ScenarioStyle& style, MediaCache& media);

  // Forget the picture (after the pack's pictures changed, for instance).
  void invalidate() { key_.clear(); }
  // Whether the last draw reused the picture instead of drawing the card.
  bool reusedLastTime() const { return reused_; }

 private:
  std::string keyOf(const Scenario& scenario, float width, const ScenarioStyle& style) const;

  std::unique_ptr<sf::RenderTexture> texture_;
  std::string key_;
  ScenarioLayout layout_;  // with the card's top-left corner at (0, 0)
  bool reused_ = false;
};

}  // namespace esprit::ui
