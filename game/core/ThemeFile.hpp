// A colour theme as data (assets/themes/<name>.json): named colours for the
// interface and the scenarios, lists of colours (chart series, names), and
// a few numbers (how thick the focus outline is). The UI maps the names to
// its own palettes; this file only reads and checks the JSON.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.hpp"

#include <array>
#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace esprit {

struct ThemeColour {
  std::uint8_t red = 0, green = 0, blue = 0, alpha = 255;
  bool operator==(const ThemeColour&) const = default;
};

struct ThemeFile {
  // "interface.text", "scenario.card": section and name joined by a dot.
  std::map<std::string, ThemeColour, std::less<>> colours;
  // "scenario.series", "scenario.names".
  std::map<std::string, std::vector<ThemeColour>, std::less<>> colour_lists;
  // "style.focus_thickness": plain numbers.
  std::map<std::string, double, std::less<>> numbers;
};

// "#1b666b" or "#1b666bcc" (with alpha); nothing for anything else.
std::optional<ThemeColour> parseThemeColour(std::string_view text);

// Reads a theme file. Errors name the file and the field, and say how a
// colour is written.
Result<ThemeFile> loadThemeFile(const std::filesystem::path& file);
Result<ThemeFile> parseThemeFile(std::string_view text, const std::string& file_name);

// WCAG 2 contrast ratio of two opaque colours (1 to 21).
double contrastRatio(ThemeColour first, ThemeColour second);

}  // namespace esprit
