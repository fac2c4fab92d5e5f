// Draws scenarios into PNG files at chosen widths and text sizes, so that
// authors and developers can look at every renderer without the game.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Pack.hpp"
#include "ui/scenario/MediaCache.hpp"
#include "ui/scenario/ScenarioRenderer.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace esprit::ui {

struct GalleryOptions {
  std::vector<float> widths{600, 1100};
  std::vector<float> text_sizes{22, 44};
  std::filesystem::path output_folder = ".";
  std::string language = "en";
  // Outline the answer of the scenario's hotspot question (from `questions`)
  // and a wrong tap, or else its first part as right and the second as
  // wrong, to show how a hotspot answer looks.
  bool show_answer = false;
  std::vector<Question> questions;
};

struct GalleryFonts {
  sf::Font regular;
  sf::Font bold;
  sf::Font serif_bold;
  sf::Font symbols;
  bool has_symbols = false;
  bool has_serif = false;
};

// Noto Sans (and Noto Sans Symbols 2 and Noto Serif when present), found
// through fontconfig; false when the sans fonts cannot be loaded.
bool loadGalleryFonts(GalleryFonts& fonts, std::string& error);

// One PNG per scenario, width and text size, named <id>-w<width>-t<size>.png.
// Returns the number of pictures written; problems are appended to `errors`.
int saveScenarioPictures(const std::vector<Scenario>& scenarios, const GalleryFonts& fonts,
                         MediaCache& media, const GalleryOptions& options,
                         std::vector<std::string>& errors);

}  // namespace esprit::ui
