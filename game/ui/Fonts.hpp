// The game's fonts: found through fontconfig (the player's choice of Noto
// Sans, Andika or OpenDyslexic for text, DejaVu Sans for symbols), built into
// ImGui's atlas with FreeType at the size the text setting asks for (the two
// alternatives with letters as big as the standard font's and taller lines),
// and handed to the scenario renderers as sf::Font.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Settings.hpp"

#include <SFML/Graphics/Font.hpp>
#include <SFML/System/Vector2.hpp>

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

struct ImFont;

namespace esprit::ui {

struct FontFiles {
  std::filesystem::path regular;
  std::filesystem::path bold;
  std::filesystem::path symbols;
  std::filesystem::path serif_bold;  // newspaper mastheads in scenarios
  // The standard text font, for the characters a chosen font lacks (French
  // narrow spaces in OpenDyslexic); empty when the standard font is the text font.
  std::filesystem::path fallback;
  // The choice asked for could not be found: the standard font stands in.
  bool choice_missing = false;
};

// The family and the Debian package of each choice ("Andika", "fonts-sil-andika").
const char* fontFamily(FontChoice choice);
const char* fontPackage(FontChoice choice);

// The file fontconfig picks for a pattern such as "Noto Sans:style=Bold",
// or nothing when it would only offer a font of another family.
std::optional<std::filesystem::path> findFontFile(const std::string& family,
                                                  const std::string& style);

// Noto Sans (regular, bold), DejaVu Sans for symbols and Noto Serif Bold
// (else DejaVu Serif Bold), each falling back to DejaVu Sans when missing.
// Empty paths when not even that is installed.
FontFiles locateFontFiles(FontChoice choice = FontChoice::standard);

// Headings are this many times the body size (less at big text sizes).
inline constexpr float kHeadingScale = 1.45f;

// How big body text is, in pixels, for a window and the text-size setting.
float textPixelsFor(sf::Vector2u window_size, int text_size_percent);

class FontSet {
 public:
  // Reads the font files once; false (with a message on stderr) when the
  // text font is missing, in which case ImGui's built-in font is used.
  bool load(const FontFiles& files);

  // Rebuilds ImGui's atlas for text of `pixel_size`, headings
  // `heading_scale` times bigger, and the title's six letters at
  // `title_pixels` (none when 0). The caller re-creates the renderer's font
  // texture afterwards.
  // A chosen font other than the standard one is built a little bigger, so
  // its small letters match the standard font's (see sizeScale).
  void buildAtlas(float pixel_size, float heading_scale = kHeadingScale, float title_pixels = 0);

  float pixelSize() const { return pixel_size_; }
  // How much bigger than pixelSize() the text font is built: 1 for the
  // standard font, about 1.27 for Andika and OpenDyslexic.
  float sizeScale() const { return size_scale_; }
  ImFont* body() const { return body_; }
  ImFont* bold() const { return bold_; }
  ImFont* heading() const { return heading_; }
  // Only the letters of "Esprit", big: drawn by ImGui like everything else,
  // so the first frame needs no other shader than ImGui's (compiling SFML's
  // own, under Mesa's software OpenGL, cost more than the rest of start-up).
  ImFont* title() const { return title_ != nullptr ? title_ : heading_; }
  // The size to draw title() at: the one it was built for.
  float titleSize() const;

  // For SFML drawing: scenarios and the title.
  const sf::Font& regularSfml() const { return regular_sfml_; }
  const sf::Font& boldSfml() const { return bold_sfml_; }
  // Null when the font is missing; the renderers then use the text fonts.
  const sf::Font* symbolsSfml() const { return symbol_bytes_.empty() ? nullptr : &symbols_sfml_; }
  const sf::Font* serifBoldSfml() const {
    return serif_bold_bytes_.empty() ? nullptr : &serif_bold_sfml_;
  }

 private:
  std::vector<unsigned char> regular_bytes_, bold_bytes_, symbol_bytes_, serif_bold_bytes_,
      fallback_bytes_;
  sf::Font regular_sfml_, bold_sfml_, symbols_sfml_, serif_bold_sfml_;
  float pixel_size_ = 0;
  float size_scale_ = 1.f;
  ImFont* body_ = nullptr;
  ImFont* bold_ = nullptr;
  ImFont* heading_ = nullptr;
  ImFont* title_ = nullptr;
};

}  // namespace esprit::ui
