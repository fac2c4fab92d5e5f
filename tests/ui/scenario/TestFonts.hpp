// The fonts and style the renderer tests draw with: Noto Sans, as the game uses.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/scenario/ScenarioRenderer.hpp"

namespace esprit::test {

// Loaded once; the test stops with a clear message when Noto Sans is missing.
const sf::Font& regularFont();
const sf::Font& boldFont();
const sf::Font& symbolFont();

ui::ScenarioStyle testStyle(float text_size = 22.f);

}  // namespace esprit::test
