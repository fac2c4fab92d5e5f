// Lays text out in lines no wider than a given width: UTF-8 in, styled runs
// with positions out. The same layout is used to measure and to draw, so a
// measured height is always the drawn height.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Utf8.hpp"  // decodeUtf8 and encodeUtf8, which every renderer uses

#include <SFML/Graphics/Color.hpp>
#include <SFML/Graphics/Font.hpp>
#include <SFML/System/String.hpp>
#include <SFML/System/Vector2.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace esprit::ui {

struct TextStyle {
  const sf::Font* font = nullptr;
  unsigned size = 16;
  sf::Color colour = sf::Color::Black;
};

// A piece of text in one style; a paragraph is a list of them.
struct StyledText {
  std::u32string text;
  TextStyle style;
};

enum class TextAlignment { left, centre, right };

// One run of glyphs in one font and colour, placed relative to the block's
// top-left corner (position.y is the top of its line).
struct PlacedRun {
  sf::String text;
  TextStyle style;
  sf::Vector2f position;
  float width = 0;
  std::size_t piece = 0;  // which StyledText it came from
};

struct TextBlock {
  std::vector<PlacedRun> runs;
  std::size_t line_count = 0;
  float line_height = 0;
  float width = 0;  // the widest line

  float height() const { return static_cast<float>(line_count) * line_height; }
};

// Wraps at spaces (and inside a word only when the word alone is too wide)
// and at line breaks. Characters the style's font lacks are taken from
// `fallback` when it has them; characters no font has never stop the layout.
TextBlock layoutText(const std::vector<StyledText>& pieces, float max_width,
                     const sf::Font* fallback = nullptr,
                     TextAlignment alignment = TextAlignment::left);
TextBlock layoutText(std::string_view utf8, const TextStyle& style, float max_width,
                     const sf::Font* fallback = nullptr,
                     TextAlignment alignment = TextAlignment::left);

// The height of one line in this style.
float lineHeight(const TextStyle& style);
// The width of the text on a single line, unwrapped.
float measureTextWidth(std::string_view utf8, const TextStyle& style,
                       const sf::Font* fallback = nullptr);

}  // namespace esprit::ui

namespace esprit::ui {

// How far the last line of a block reaches, to put a mark (a verified badge)
// right after the text.
float lastLineWidth(const TextBlock& block);

}  // namespace esprit::ui
