// Every size a renderer uses, derived from the player's text size, so that a
// scenario at 250 % text is the same drawing as at 100 %, only larger.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/scenario/ScenarioRenderer.hpp"
#include "ui/scenario/TextLayout.hpp"

#include <algorithm>
#include <cmath>

namespace esprit::ui {

// A text size a screen could pass by mistake (0, NaN, a million) becomes one
// that draws: glyph textures for absurd sizes would exhaust memory.
inline float usableTextSize(float text_size) {
  constexpr float kSmallest = 1.f;
  constexpr float kLargest = 400.f;
  return text_size >= kSmallest ? std::min(text_size, kLargest) : kSmallest;  // NaN fails >=
}

struct ScenarioMetrics {
  explicit ScenarioMetrics(const ScenarioStyle& style)
      : base(usableTextSize(style.text_size)),
        regular(style.regular),
        bold(style.bold ? style.bold : style.regular),
        serif_bold(style.serif_bold ? style.serif_bold : bold),
        fallback(style.fallback) {}

  // Text sizes, as multiples of the base size.
  unsigned size(float factor) const {
    return static_cast<unsigned>(std::max(1.f, std::round(base * factor)));
  }
  unsigned bodySize() const { return size(1.f); }
  unsigned smallSize() const { return size(0.86f); }
  unsigned titleSize() const { return size(1.15f); }
  unsigned headlineSize() const { return size(1.5f); }

  TextStyle body(sf::Color colour) const { return {regular, bodySize(), colour}; }
  TextStyle bodyBold(sf::Color colour) const { return {bold, bodySize(), colour}; }
  TextStyle small(sf::Color colour) const { return {regular, smallSize(), colour}; }
  TextStyle smallBold(sf::Color colour) const { return {bold, smallSize(), colour}; }
  TextStyle title(sf::Color colour) const { return {bold, titleSize(), colour}; }

  // Spacing, as multiples of the base size.
  float padding() const { return base * 0.9f; }
  float gap() const { return base * 0.5f; }
  float smallGap() const { return base * 0.25f; }
  float cornerRadius() const { return base * 0.7f; }
  float hairline() const { return std::max(1.f, std::round(base / 18.f)); }
  float iconSize() const { return base * 1.1f; }
  float strokeWidth() const { return std::max(1.5f, base / 11.f); }

  float base;
  const sf::Font* regular;
  const sf::Font* bold;
  const sf::Font* serif_bold;
  const sf::Font* fallback;
};

}  // namespace esprit::ui
