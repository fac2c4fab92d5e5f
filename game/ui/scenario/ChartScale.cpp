// Axis ranges and ticks for charts, honest or misleading on purpose.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/scenario/ChartScale.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace esprit::ui {
namespace {

constexpr int kWantedTicks = 5;

struct Extent {
  double low = std::numeric_limits<double>::infinity();
  double high = -std::numeric_limits<double>::infinity();
  bool empty() const { return low > high; }
};

Extent extentOf(const ChartScenario& chart, const LabelRange& labels, ChartAxis axis) {
  Extent extent;
  for (const auto& series : chart.series) {
    if (series.axis != axis) continue;
    for (std::size_t i = labels.first; i <= labels.last && i < series.values.size(); ++i) {
      double value = series.values[i];
      if (!std::isfinite(value)) continue;
      extent.low = std::min(extent.low, value);
      extent.high = std::max(extent.high, value);
    }
  }
  return extent;
}

int decimalsFor(double step) {
  int decimals = 0;
  // Enough digits that every tick of this step is written exactly (2.5 → 1).
  while (decimals < 6 && std::abs(step * std::pow(10.0, decimals) -
                                  std::round(step * std::pow(10.0, decimals))) > 1e-6) {
    ++decimals;
  }
  return decimals;
}

// Ticks at multiples of `step` inside [minimum, maximum], with `minimum`
// itself first so that where the axis starts is always written on it.
std::vector<double> ticksFor(double minimum, double maximum, double step) {
  std::vector<double> ticks{minimum};
  constexpr double kMostTicks = 50;  // absurd values (1e308) must not loop for ever
  if (!std::isfinite(maximum - minimum) || (maximum - minimum) / step > kMostTicks) return ticks;
  double tick = std::ceil(minimum / step) * step;
  if (tick - minimum < step * 0.4) tick += step;  // too close to the first label to be read
  for (; tick <= maximum + step * 1e-6; tick += step) ticks.push_back(tick);
  return ticks;
}

ValueScale honestScale(const Extent& extent, std::optional<double> axis_from) {
  ValueScale scale;
  double low = extent.empty() ? 0 : extent.low;
  double high = extent.empty() ? 1 : extent.high;
  double minimum = axis_from ? *axis_from : std::min(0.0, low);
  double maximum = std::max(high, minimum);
  double step = niceTickStep(maximum - minimum, kWantedTicks);
  if (!axis_from) minimum = std::floor(minimum / step) * step;
  maximum = std::max(std::ceil(maximum / step) * step, minimum + step);
  scale.minimum = minimum;
  scale.maximum = maximum;
  scale.ticks = ticksFor(minimum, maximum, step);
  scale.decimals = std::max(decimalsFor(step), axis_from ? decimalsFor(*axis_from) : 0);
  return scale;
}

// The right axis chosen so that the right series' lowest and highest points
// land exactly where the left series' lowest and highest points are.
std::optional<ValueScale> matchedScale(const ValueScale& left, const Extent& left_extent,
                                       const Extent& right_extent) {
  if (left_extent.empty() || right_extent.empty()) return std::nullopt;
  double low_fraction = left.fractionOf(left_extent.low);
  double high_fraction = left.fractionOf(left_extent.high);
  double right_span = right_extent.high - right_extent.low;
  if (high_fraction - low_fraction < 1e-6 || right_span <= 0) return std::nullopt;
  double range = right_span / (high_fraction - low_fraction);
  ValueScale scale;
  scale.minimum = right_extent.low - low_fraction * range;
  scale.maximum = scale.minimum + range;
  // Its ticks fall anywhere on the axis, so more of them are asked for to
  // label it as densely as the left one.
  constexpr int kWantedRightTicks = kWantedTicks + 3;
  double step = niceTickStep(range, kWantedRightTicks);
  if (!std::isfinite(range) || range / step > kWantedRightTicks * 10) return std::nullopt;
  for (double tick = std::ceil(scale.minimum / step) * step; tick <= scale.maximum + step * 1e-6;
       tick += step) {
    scale.ticks.push_back(tick);
  }
  scale.decimals = decimalsFor(step);
  return scale;
}

}  // namespace

double ValueScale::fractionOf(double value) const {
  if (maximum <= minimum || !std::isfinite(value)) return 0;
  return std::clamp((value - minimum) / (maximum - minimum), 0.0, 1.0);
}

double niceTickStep(double range, int wanted_ticks) {
  if (!(range > 0) || !std::isfinite(range)) return 1;
  double rough = range / std::max(wanted_ticks, 1);
  double power = std::pow(10.0, std::floor(std::log10(rough)));
  for (double multiple : {1.0, 2.0, 2.5, 5.0}) {
    if (multiple * power >= rough) return multiple * power;
  }
  return 10 * power;
}

std::optional<LabelRange> visibleLabels(const ChartScenario& chart) {
  if (chart.labels.empty()) return std::nullopt;
  std::size_t last_label = chart.labels.size() - 1;
  LabelRange range{0, last_label};
  if (chart.misleading.range) {
    auto [first, last] = *chart.misleading.range;
    if (first > last) std::swap(first, last);
    range.first = std::min(first, last_label);
    range.last = std::min(last, last_label);
  }
  return range;
}

ChartScales chooseChartScales(const ChartScenario& chart) {
  ChartScales scales;
  scales.labels = visibleLabels(chart).value_or(LabelRange{});
  Extent left_extent = extentOf(chart, scales.labels, ChartAxis::left);
  Extent right_extent = extentOf(chart, scales.labels, ChartAxis::right);
  scales.left = honestScale(left_extent, chart.misleading.axis_from);
  bool has_right =
      std::any_of(chart.series.begin(), chart.series.end(),
                  [](const ChartSeries& series) { return series.axis == ChartAxis::right; });
  if (has_right) {
    if (chart.misleading.dual_axis)
      scales.right = matchedScale(scales.left, left_extent, right_extent);
    if (!scales.right) scales.right = honestScale(right_extent, std::nullopt);
  }
  return scales;
}

}  // namespace esprit::ui
