// The "scenario" section of a theme file (assets/themes/*.json) turned into
// the colours scenarios are drawn with (scenario/Palette.hpp). Kept apart
// from Palette.hpp so that ui/Theme.cpp, whose palette() function shares the
// namespace's name, can switch both palettes.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ThemeFile.hpp"

#include <string>

namespace esprit::ui::scenario_theme {

// Reads every scenario colour from `file`; when none is missing and `apply`
// is true, makes them the ones in use. Returns the missing entries ("" when complete).
std::string readScenarioColours(const ThemeFile& file, bool apply);
// Back to the built-in (standard) scenario colours.
void useBuiltInScenarioColours();

}  // namespace esprit::ui::scenario_theme
