// Editing a chart as a table of labels (rows) by series (columns): adding or
// removing a row or a series keeps every series exactly one value per label,
// as the pack format requires, and keeps the misleading range in bounds.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Pack.hpp"

#include <cstddef>

namespace esprit::editing {

void addChartLabel(ChartScenario& chart);
void removeChartLabel(ChartScenario& chart, std::size_t label);
void addChartSeries(ChartScenario& chart);
void removeChartSeries(ChartScenario& chart, std::size_t series);
// Makes every series as long as the labels (padding with 0) and clamps the
// cherry-picked range; called after any edit of the table.
void normalizeChart(ChartScenario& chart);

inline constexpr std::size_t kMaximumChartSeries = 4;  // docs/pack-format.md limits

}  // namespace esprit::editing
