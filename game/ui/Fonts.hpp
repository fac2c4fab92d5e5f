// The game's fonts: found through fontconfig (Noto Sans for text, DejaVu Sans
// for symbols), built into ImGui's atlas with FreeType at the size the text
// setting asks for, and handed to the scenario renderers as sf::Font.
#pragma once

#include <SFML/Graphics/Font.hpp>

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
};

// The file fontconfig picks for a pattern such as "Noto Sans:style=Bold",
// or nothing when it would only offer a font of another family.
std::optional<std::filesystem::path> findFontFile(const std::string& family,
                                                  const std::string& style);

// Noto Sans (regular, bold), DejaVu Sans for symbols and Noto Serif Bold
// (else DejaVu Serif Bold), each falling back to DejaVu Sans when missing.
// Empty paths when not even that is installed.
FontFiles locateFontFiles();

// Headings are this many times the body size (less at big text sizes).
inline constexpr float kHeadingScale = 1.45f;

class FontSet {
 public:
  // Reads the font files once; false (with a message on stderr) when the
  // text font is missing, in which case ImGui's built-in font is used.
  bool load(const FontFiles& files);

  // Rebuilds ImGui's atlas for text of `pixel_size`, headings
  // `heading_scale` times bigger, and the title's six letters at
  // `title_pixels` (none when 0). The caller re-creates the renderer's font
  // texture afterwards.
  void buildAtlas(float pixel_size, float heading_scale = kHeadingScale, float title_pixels = 0);

  float pixelSize() const { return pixel_size_; }
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
  std::vector<unsigned char> regular_bytes_, bold_bytes_, symbol_bytes_, serif_bold_bytes_;
  sf::Font regular_sfml_, bold_sfml_, symbols_sfml_, serif_bold_sfml_;
  float pixel_size_ = 0;
  ImFont* body_ = nullptr;
  ImFont* bold_ = nullptr;
  ImFont* heading_ = nullptr;
  ImFont* title_ = nullptr;
};

}  // namespace esprit::ui
