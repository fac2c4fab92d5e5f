// Chart axes: honest charts start at 0, misleading ones exactly as the pack asks.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/scenario/ChartScale.hpp"

#include <doctest/doctest.h>

#include <limits>

using namespace esprit;
using namespace esprit::ui;

namespace {

ChartScenario thefts() {
  ChartScenario chart;
  chart.labels = {"2021", "2022", "2023", "2024"};
  chart.series = {{"Thefts", {912, 931, 925, 940}, ChartAxis::left}};
  return chart;
}

}  // namespace

TEST_CASE("an honest chart's value axis starts at 0 and reaches the highest value") {
  ChartScales scales = chooseChartScales(thefts());
  CHECK(scales.left.minimum == 0);
  CHECK(scales.left.ticks.front() == 0);
  CHECK(scales.left.maximum >= 940);
  CHECK_FALSE(scales.right);
}

TEST_CASE("a chart with axis_from starts its value axis at that value") {
  ChartScenario chart = thefts();
  chart.misleading.axis_from = 900;
  ChartScales scales = chooseChartScales(chart);
  CHECK(scales.left.minimum == 900);
  CHECK(scales.left.ticks.front() == 900);
  CHECK(scales.left.maximum >= 940);
  CHECK(scales.left.fractionOf(912) < 0.35);  // the small difference now fills the plot
}

TEST_CASE("axis_from that is not a round number is still written on the axis") {
  ChartScenario chart = thefts();
  chart.misleading.axis_from = 905.5;
  ChartScales scales = chooseChartScales(chart);
  CHECK(scales.left.ticks.front() == 905.5);
  CHECK(scales.left.decimals >= 1);
}

TEST_CASE("a cherry-picked range shows only the labels asked for, and scales to them") {
  ChartScenario chart = thefts();
  chart.series[0].values = {100, 2, 3, 4};
  chart.misleading.range = std::pair<std::size_t, std::size_t>{1, 3};
  ChartScales scales = chooseChartScales(chart);
  CHECK(scales.labels.first == 1);
  CHECK(scales.labels.last == 3);
  CHECK(scales.left.maximum < 100);

  chart.misleading.range = std::pair<std::size_t, std::size_t>{3, 40};  // beyond the labels
  CHECK(visibleLabels(chart)->last == 3);
}

TEST_CASE("with dual_axis the right series' lowest and highest points meet the left series'") {
  ChartScenario chart;
  chart.labels = {"a", "b", "c", "d"};
  chart.series = {{"ice cream", {12000, 26000, 31000, 15000}, ChartAxis::left},
                  {"sunburn", {40, 61, 66, 47}, ChartAxis::right}};
  chart.misleading.dual_axis = true;
  ChartScales scales = chooseChartScales(chart);
  REQUIRE(scales.right);
  CHECK(scales.right->fractionOf(40) == doctest::Approx(scales.left.fractionOf(12000)));
  CHECK(scales.right->fractionOf(66) == doctest::Approx(scales.left.fractionOf(31000)));
  CHECK(scales.right->ticks.size() >= 3);

  chart.misleading.dual_axis = false;  // an honest second axis starts at 0
  CHECK(chooseChartScales(chart).right->minimum == 0);
}

TEST_CASE("tick steps are round numbers") {
  CHECK(niceTickStep(940, 5) == 200);
  CHECK(niceTickStep(40, 5) == 10);
  CHECK(niceTickStep(3.8, 5) == doctest::Approx(1));
  CHECK(niceTickStep(0, 5) == 1);
}

TEST_CASE("absurd values give an axis without hanging") {
  ChartScenario chart = thefts();
  chart.series[0].values = {std::numeric_limits<double>::max(), -std::numeric_limits<double>::max(),
                            std::numeric_limits<double>::quiet_NaN(),
                            std::numeric_limits<double>::infinity()};
  ChartScales scales = chooseChartScales(chart);
  CHECK(scales.left.ticks.size() <= 60);
  chart.series[0].values = {5, 5, 5, 5};
  chart.series.push_back({"flat", {1, 1, 1, 1}, ChartAxis::right});
  chart.misleading.dual_axis = true;
  CHECK(chooseChartScales(chart).right);  // a flat series falls back to an honest axis
}
