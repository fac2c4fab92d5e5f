// Horizontal bar charts as inline SVG for the printable report: no script, no
// external file, readable in black and white (values are printed beside the
// bars). A bar row may hold several series, such as "before" and "after".
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

namespace esprit::report {

struct BarValue {
  double value = 0;
  std::string text;  // printed at the end of the bar: "75%", "1.24"
};

struct BarRow {
  std::string label;             // short, at the left: a question id, a nickname
  std::string tooltip;           // longer, shown on hover: the question's prompt
  std::vector<BarValue> values;  // one per series
};

struct BarChart {
  std::string title;                      // also the chart's accessible name
  std::vector<std::string> series_names;  // a legend is drawn when there are two or more
  std::vector<BarRow> rows;
  double minimum = 0;  // the value axis; values outside are clipped
  double maximum = 1;
  // Printed under the grid lines, from minimum to maximum; drawn when there
  // is one per line (kBarChartGridLines).
  std::vector<std::string> grid_labels;
};

inline constexpr int kBarChartGridLines = 5;  // at 0, ¼, ½, ¾ and all of the axis

std::string renderBarChart(const BarChart& chart);

// Text made safe for HTML and SVG content and attribute values.
std::string escapeHtml(std::string_view text);

}  // namespace esprit::report
