// The history screen's two small charts, drawn with ImGui shapes so they stay
// crisp at every size: a bar per round (its share of right answers), and a
// line per technique that climbs as the player masters it.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

namespace esprit::ui {

struct ScoreBar {
  float share_right = 0;  // 0 to 1
  std::string above;      // "7/10"
  std::string below;      // "24/11"
  bool unfinished = false;
  bool practice = false;
};

// Bars side by side in `width`, with guide lines at 0, 50 and 100 %.
void drawScoreChart(const std::vector<ScoreBar>& bars, float width, float height);
// A line through `shares` (0 to 1, oldest first), ending in a dot.
void drawMasteryLine(const std::vector<float>& shares, float width, float height);

}  // namespace esprit::ui
