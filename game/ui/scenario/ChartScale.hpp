// The numbers behind a chart drawing: which labels are shown, where each
// value axis starts and ends, and its tick marks. Kept apart from drawing so
// that tests can check a chart is honest (or misleading) exactly as the pack asks.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Pack.hpp"

#include <optional>
#include <vector>

namespace esprit::ui {

struct ValueScale {
  double minimum = 0;
  double maximum = 1;
  std::vector<double> ticks;  // from the bottom up; the first is `minimum`
  int decimals = 0;           // digits after the separator in tick labels

  // 0 at the bottom of the plot, 1 at the top; values outside are clamped.
  double fractionOf(double value) const;
};

struct LabelRange {
  std::size_t first = 0;
  std::size_t last = 0;  // inclusive
  std::size_t count() const { return last - first + 1; }
};

struct ChartScales {
  LabelRange labels;
  ValueScale left;
  std::optional<ValueScale> right;  // when a series is drawn against the right axis
};

// The labels shown: all of them, or the cherry-picked `misleading.range`.
// Empty when the chart has no labels.
std::optional<LabelRange> visibleLabels(const ChartScenario& chart);

// An honest axis starts at 0 (or below, for negative values); a truncated
// one starts at `misleading.axis_from`. With `dual_axis` the right axis is
// stretched so that its series rises and falls with the left one.
ChartScales chooseChartScales(const ChartScenario& chart);

// A round tick step (1, 2, 2.5 or 5 times a power of ten) near range / ticks.
double niceTickStep(double range, int wanted_ticks);

}  // namespace esprit::ui
