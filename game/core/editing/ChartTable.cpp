// Rows and columns of a chart's data.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/editing/ChartTable.hpp"

#include <algorithm>

namespace esprit::editing {

void normalizeChart(ChartScenario& chart) {
  for (auto& series : chart.series) series.values.resize(chart.labels.size(), 0.0);
  if (chart.misleading.range) {
    if (chart.labels.empty()) {
      chart.misleading.range.reset();
      return;
    }
    auto& [first, last] = *chart.misleading.range;
    last = std::min(last, chart.labels.size() - 1);
    first = std::min(first, last);
  }
}

void addChartLabel(ChartScenario& chart) {
  chart.labels.emplace_back();
  normalizeChart(chart);
}

void removeChartLabel(ChartScenario& chart, std::size_t label) {
  if (label >= chart.labels.size()) return;
  chart.labels.erase(chart.labels.begin() + static_cast<std::ptrdiff_t>(label));
  for (auto& series : chart.series) {
    if (label < series.values.size()) {
      series.values.erase(series.values.begin() + static_cast<std::ptrdiff_t>(label));
    }
  }
  normalizeChart(chart);
}

void addChartSeries(ChartScenario& chart) {
  if (chart.series.size() >= kMaximumChartSeries) return;
  chart.series.push_back(ChartSeries{});
  normalizeChart(chart);
}

void removeChartSeries(ChartScenario& chart, std::size_t series) {
  if (series >= chart.series.size() || chart.series.size() <= 1) return;
  chart.series.erase(chart.series.begin() + static_cast<std::ptrdiff_t>(series));
}

}  // namespace esprit::editing
