// Drawing the report's bar charts as SVG text (see SvgBarChart.hpp).
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SvgBarChart.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace esprit::report {
namespace {

// Every length derives from the chart's font size, in SVG user units; the SVG
// scales to the page width, so only the proportions matter.
constexpr double kFontSize = 12;
constexpr double kChartWidth = 64 * kFontSize;
constexpr double kBarHeight = 1.25 * kFontSize;
constexpr double kRowGap = 0.6 * kFontSize;
constexpr double kCharacterWidth = 0.58 * kFontSize;  // an average Latin glyph
constexpr double kPadding = 0.5 * kFontSize;
constexpr std::size_t kMaxLabelCharacters = 22;
constexpr std::size_t kValueTextCharacters = 7;
constexpr int kGridDivisions = kBarChartGridLines - 1;

// Dark blue and light orange differ in lightness too, so they stay apart
// when printed in grey.
constexpr const char* kSeriesColours[] = {"#2f5d8c", "#e3a33b", "#6a9f58", "#9c5a9c"};

std::string number(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f", value);
  return text;
}

std::size_t characterCount(std::string_view text) {
  return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char byte) {
    return (static_cast<unsigned char>(byte) & 0xC0) != 0x80;
  }));
}

// Cuts on a character boundary and marks the cut with an ellipsis.
std::string shortened(std::string_view text, std::size_t characters) {
  if (characterCount(text) <= characters) return std::string(text);
  std::size_t kept = 0;
  std::size_t byte = 0;
  for (; byte < text.size(); ++byte) {
    const bool starts_character = (static_cast<unsigned char>(text[byte]) & 0xC0) != 0x80;
    if (starts_character && kept++ == characters - 1) break;
  }
  return std::string(text.substr(0, byte)) + "\u2026";
}

}  // namespace

std::string escapeHtml(std::string_view text) {
  std::string escaped;
  escaped.reserve(text.size());
  for (const char character : text) {
    switch (character) {
      case '&':
        escaped += "&amp;";
        break;
      case '<':
        escaped += "&lt;";
        break;
      case '>':
        escaped += "&gt;";
        break;
      case '"':
        escaped += "&quot;";
        break;
      case '\'':
        escaped += "&#39;";
        break;
      default:
        escaped += character;
    }
  }
  return escaped;
}

std::string renderBarChart(const BarChart& chart) {
  const std::size_t series = std::max<std::size_t>(1, chart.series_names.size());
  std::size_t longest_label = 1;
  for (const BarRow& row : chart.rows) {
    longest_label = std::max(longest_label, characterCount(row.label));
  }
  const double label_width =
      static_cast<double>(std::min(longest_label, kMaxLabelCharacters)) * kCharacterWidth +
      kPadding;
  const double value_width = static_cast<double>(kValueTextCharacters) * kCharacterWidth;
  const double plot_left = label_width + kPadding;
  const double plot_width = kChartWidth - plot_left - value_width;
  const double legend_height = series > 1 ? kBarHeight + kRowGap : 0;
  const double row_height = static_cast<double>(series) * kBarHeight + kRowGap;
  const double plot_top = legend_height + kPadding;
  const bool labelled_grid =
      chart.grid_labels.size() == static_cast<std::size_t>(kBarChartGridLines);
  const double plot_bottom = plot_top + static_cast<double>(chart.rows.size()) * row_height;
  const double axis_height = labelled_grid ? kFontSize * 1.5 : 0;
  const double height = plot_bottom + axis_height + kPadding;

  const double span = chart.maximum > chart.minimum ? chart.maximum - chart.minimum : 1;
  const auto x_of = [&](double value) {
    const double clipped = std::clamp(value, chart.minimum, chart.maximum);
    return plot_left + (clipped - chart.minimum) / span * plot_width;
  };

  std::string svg =
      "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 " +
      number(kChartWidth) + " " + number(height) + "\" font-size=\"" + number(kFontSize) +
      "\"><title>" + escapeHtml(chart.title) + "</title>\n";

  if (series > 1) {
    double legend_x = plot_left;
    for (std::size_t index = 0; index < chart.series_names.size(); ++index) {
      svg += "<rect x=\"" + number(legend_x) + "\" y=\"" + number(kPadding) + "\" width=\"" +
             number(kFontSize) + "\" height=\"" + number(kFontSize) + "\" fill=\"" +
             kSeriesColours[index % std::size(kSeriesColours)] + "\"/>";
      svg += "<text x=\"" + number(legend_x + kFontSize + kPadding / 2) + "\" y=\"" +
             number(kPadding + kFontSize * 0.85) + "\">" + escapeHtml(chart.series_names[index]) +
             "</text>\n";
      legend_x += kFontSize * 2 +
                  static_cast<double>(characterCount(chart.series_names[index])) * kCharacterWidth;
    }
  }

  for (int division = 0; division <= kGridDivisions; ++division) {
    const double x = plot_left + plot_width * division / kGridDivisions;
    svg += "<line class=\"grid\" x1=\"" + number(x) + "\" y1=\"" + number(plot_top) + "\" x2=\"" +
           number(x) + "\" y2=\"" + number(plot_bottom) + "\" stroke=\"#d0d0d0\"/>";
    if (labelled_grid) {
      svg += "<text x=\"" + number(x) + "\" y=\"" + number(plot_bottom + kFontSize * 1.2) +
             "\" text-anchor=\"middle\" fill=\"#555\">" +
             escapeHtml(chart.grid_labels[static_cast<std::size_t>(division)]) + "</text>";
    }
  }
  if (chart.minimum < 0 && chart.maximum > 0) {
    const double zero = x_of(0);
    svg += "<line x1=\"" + number(zero) + "\" y1=\"" + number(plot_top) + "\" x2=\"" +
           number(zero) + "\" y2=\"" + number(plot_bottom) + "\" stroke=\"#333\"/>";
  }
  svg += "\n";

  const double baseline = x_of(std::clamp(0.0, chart.minimum, chart.maximum));
  for (std::size_t row_index = 0; row_index < chart.rows.size(); ++row_index) {
    const BarRow& row = chart.rows[row_index];
    const double row_top = plot_top + static_cast<double>(row_index) * row_height + kRowGap / 2;
    svg += "<g>";
    if (!row.tooltip.empty()) svg += "<title>" + escapeHtml(row.tooltip) + "</title>";
    svg += "<text x=\"" + number(label_width) + "\" y=\"" +
           number(row_top + static_cast<double>(series) * kBarHeight / 2 + kFontSize * 0.35) +
           "\" text-anchor=\"end\">" + escapeHtml(shortened(row.label, kMaxLabelCharacters)) +
           "</text>";
    for (std::size_t index = 0; index < row.values.size(); ++index) {
      const BarValue& bar = row.values[index];
      const double end = x_of(bar.value);
      const double left = std::min(baseline, end);
      const double width = std::max(std::abs(end - baseline), 0.5);  // a zero still shows
      const double top = row_top + static_cast<double>(index) * kBarHeight;
      svg += "<rect x=\"" + number(left) + "\" y=\"" + number(top + 1) + "\" width=\"" +
             number(width) + "\" height=\"" + number(kBarHeight - 2) + "\" fill=\"" +
             kSeriesColours[index % std::size(kSeriesColours)] + "\"/>";
      const double text_x = std::max(baseline, end) + kPadding / 2;
      svg += "<text x=\"" + number(text_x) + "\" y=\"" + number(top + kBarHeight * 0.75) + "\">" +
             escapeHtml(bar.text) + "</text>";
    }
    svg += "</g>\n";
  }
  svg += "</svg>";
  return svg;
}

}  // namespace esprit::report
