// The chart table keeps one value per label in every series.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/editing/ChartTable.hpp"

#include <doctest/doctest.h>

using namespace esprit;
using namespace esprit::editing;

TEST_CASE("adding a label gives every series a value for it") {
  ChartScenario chart;
  chart.labels = {"2021"};
  chart.series = {ChartSeries{"a", {1}, ChartAxis::left}, ChartSeries{"b", {2}, ChartAxis::right}};
  addChartLabel(chart);
  CHECK(chart.series[0].values.size() == 2);
  CHECK(chart.series[1].values.size() == 2);
}

TEST_CASE("removing a label removes its value from every series and keeps the range inside") {
  ChartScenario chart;
  chart.labels = {"a", "b", "c"};
  chart.series = {ChartSeries{"s", {1, 2, 3}, ChartAxis::left}};
  chart.misleading.range = std::pair<std::size_t, std::size_t>{1, 2};
  removeChartLabel(chart, 0);
  CHECK(chart.series[0].values == std::vector<double>{2, 3});
  CHECK(chart.misleading.range->second == 1);
}

TEST_CASE("a chart keeps between one and four series") {
  ChartScenario chart;
  chart.labels = {"a"};
  chart.series = {ChartSeries{"s", {1}, ChartAxis::left}};
  removeChartSeries(chart, 0);
  CHECK(chart.series.size() == 1);
  for (int added = 0; added < 5; ++added) addChartSeries(chart);
  CHECK(chart.series.size() == kMaximumChartSeries);
  CHECK(chart.series.back().values.size() == 1);
}
