// A bar or line chart drawn from a pack's data: title, legend, gridlines,
// value axes with ticks, category labels and source line. The misleading
// options change the drawing exactly as real misleading charts do.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/scenario/ChartScale.hpp"
#include "ui/scenario/Palette.hpp"
#include "ui/scenario/ScenarioComposers.hpp"
#include "ui/scenario/ScenarioMetrics.hpp"
#include "ui/scenario/ScenarioWords.hpp"
#include "ui/scenario/Shapes.hpp"

#include <algorithm>
#include <cmath>

namespace esprit::ui {
namespace {

// "12", "12 h", "45%": units that hug their number are written without a space.
std::string withUnit(const std::string& number, const std::string& unit) {
  if (unit.empty()) return number;
  bool hugs = unit[0] == '%' || unit.rfind("°", 0) == 0;
  return number + (hugs ? "" : "\u00A0") + unit;
}

class ChartComposer : ComposerBase {
 public:
  ChartComposer(Canvas& canvas, const ChartScenario& chart, float width, const ScenarioStyle& style)
      : ComposerBase(canvas, width, style), chart_(chart), scales_(chooseChartScales(chart)) {}

  float compose() {
    return composeOnCard(canvas_, width_, metrics_, [this] {
      float y = composeTitle(metrics_.padding());
      y = composeLegend(y);
      y = composePlot(y);
      return composeSource(y);
    });
  }

 private:
  bool hasLabels() const { return !chart_.labels.empty(); }
  std::string partForData() const { return chart_.chart == ChartKind::line ? "line" : "bars"; }

  float composeTitle(float top) {
    TextBlock title =
        layoutText(chart_.title, metrics_.title(palette::kInk), contentWidth(), metrics_.fallback);
    float padding = metrics_.padding();
    canvas_.addText(title, {padding, top});
    canvas_.addPart("title",
                    {padding, top, std::max(title.width, 1.f), std::max(title.height(), 1.f)});
    return top + title.height() + metrics_.gap();
  }

  // A colour swatch and name per series, flowing onto more lines when needed.
  float composeLegend(float top) {
    if (chart_.series.size() < 2 && !scales_.right) return top;
    TextStyle text = metrics_.small(palette::kInk);
    float swatch = metrics_.smallSize() * 0.8f;
    float line = lineHeight(text);
    float x = metrics_.padding();
    float y = top;
    for (std::size_t i = 0; i < chart_.series.size(); ++i) {
      const ChartSeries& series = chart_.series[i];
      std::string name = series.name;
      if (scales_.right) {
        name += " (" +
                scenarioWord(series.axis == ChartAxis::right ? ScenarioWord::right_axis
                                                             : ScenarioWord::left_axis,
                             style_.language) +
                ")";
      }
      float available = contentWidth() - swatch - metrics_.smallGap();
      TextBlock label = layoutText(name, text, std::max(available, 1.f), metrics_.fallback);
      float entry = swatch + metrics_.smallGap() + label.width;
      if (x > metrics_.padding() && x + entry > metrics_.padding() + contentWidth()) {
        x = metrics_.padding();
        y += line;
      }
      canvas_.addRectangle({x, y + (line - swatch) / 2, swatch, swatch},
                           palette::seriesColour(static_cast<int>(i)), swatch / 5);
      canvas_.addText(label, {x + swatch + metrics_.smallGap(), y});
      x += entry + metrics_.padding();
      y += label.height() - line;  // a label that wrapped pushes the next line down
    }
    return y + line + metrics_.gap();
  }

  // "40K" rather than "40,000" on an axis of large round numbers, as chart
  // tools write them: it leaves the room to the plot.
  std::string tickLabel(const ValueScale& scale, double value) const {
    constexpr double kCompactFrom = 10'000;
    constexpr double kRoundEnough = 1'000;
    double largest = std::max(std::abs(scale.minimum), std::abs(scale.maximum));
    bool round_ticks = std::all_of(scale.ticks.begin(), scale.ticks.end(),
                                   [](double tick) { return std::fmod(tick, kRoundEnough) == 0; });
    if (largest >= kCompactFrom && round_ticks && std::abs(value) < 1e15) {
      return withUnit(formatCompactCount(std::llround(value), style_.language), chart_.unit);
    }
    return withUnit(formatNumber(value, scale.decimals, style_.language), chart_.unit);
  }

  float widestTickLabel(const ValueScale& scale, const TextStyle& text) const {
    float widest = 0;
    for (double tick : scale.ticks) {
      widest = std::max(widest, measureTextWidth(tickLabel(scale, tick), text, metrics_.fallback));
    }
    return widest;
  }

  sf::Color axisColour(ChartAxis axis) const {
    // With two axes, each is written in its series' colour so the reader can
    // tell which scale belongs to which line.
    if (!scales_.right) return palette::kInk;
    for (std::size_t i = 0; i < chart_.series.size(); ++i) {
      if (chart_.series[i].axis == axis) return palette::seriesColour(static_cast<int>(i));
    }
    return palette::kInk;
  }

  float composePlot(float top) {
    if (!hasLabels()) return top;
    bool squares = chart_.misleading.area_scaling && chart_.chart == ChartKind::bar;
    TextStyle tick_text = metrics_.small(palette::kInk);
    float line = lineHeight(tick_text);
    float padding = metrics_.padding();

    // The caption above the value axis: what the numbers count.
    TextBlock caption = layoutText(chart_.value_label, metrics_.small(palette::kMutedInk),
                                   contentWidth(), metrics_.fallback);
    canvas_.addText(caption, {padding, top});
    top += caption.height() + (caption.line_count ? metrics_.smallGap() : 0.f);

    float left_labels = squares ? 0.f : widestTickLabel(scales_.left, tick_text) + metrics_.gap();
    float right_labels =
        scales_.right ? widestTickLabel(*scales_.right, tick_text) + metrics_.gap() : 0.f;
    // On a narrow card the tick labels move inside the plot, above their
    // gridlines, as phone apps draw them, so the plot keeps its width.
    labels_inside_ = contentWidth() - left_labels - right_labels < metrics_.base * 5;
    if (labels_inside_) left_labels = right_labels = 0;
    float plot_x = padding + left_labels;
    float plot_width = std::max(contentWidth() - left_labels - right_labels, 1.f);
    float plot_height = std::clamp(plot_width * 0.5f, metrics_.base * 8, metrics_.base * 14);
    // Room above the plot, so the top tick label is not cut.
    float plot_top = top + (labels_inside_ ? line : line / 2);
    sf::FloatRect plot{plot_x, plot_top, plot_width, plot_height};

    if (squares) {
      composeSquares(plot, tick_text);
    } else {
      composeGrid(plot);
      if (chart_.chart == ChartKind::bar) {
        composeBars(plot);
      } else {
        composeLines(plot);
      }
      composeTickLabels(plot, tick_text);
    }
    float labels_bottom = composeCategoryLabels(plot, tick_text, squares);
    return labels_bottom + metrics_.gap();
  }

  float valueY(const sf::FloatRect& plot, const ValueScale& scale, double value) const {
    return plot.top + plot.height * static_cast<float>(1 - scale.fractionOf(value));
  }

  const ValueScale& scaleOf(const ChartSeries& series) const {
    return series.axis == ChartAxis::right && scales_.right ? *scales_.right : scales_.left;
  }

  void composeGrid(const sf::FloatRect& plot) {
    float hairline = metrics_.hairline();
    for (double tick : scales_.left.ticks) {
      float y = valueY(plot, scales_.left, tick);
      canvas_.addRectangle({plot.left, y - hairline / 2, plot.width, hairline}, palette::kHairline);
    }
    if (scales_.right) {
      canvas_.addRectangle({plot.left + plot.width - hairline, plot.top, 2 * hairline, plot.height},
                           palette::kInk);
    }
    // The axis lines themselves, darker than the grid.
    canvas_.addRectangle({plot.left - hairline, plot.top, 2 * hairline, plot.height},
                         palette::kInk);
    canvas_.addRectangle({plot.left - hairline, plot.top + plot.height - hairline,
                          plot.width + hairline, 2 * hairline},
                         palette::kInk);
  }

  // Tick labels beside the plot, or inside it above each gridline when the
  // card is narrow; drawn after the data so that bars never hide them.
  void composeTickLabels(const sf::FloatRect& plot, const TextStyle& tick_text) {
    float line = lineHeight(tick_text);
    float hairline = metrics_.hairline();
    float padding = metrics_.padding();
    float inset = metrics_.smallGap();
    float widest = 0;
    TextStyle left_text = tick_text;
    left_text.colour = axisColour(ChartAxis::left);
    for (double tick : scales_.left.ticks) {
      float y = valueY(plot, scales_.left, tick);
      if (labels_inside_) {
        TextBlock label = layoutText(tickLabel(scales_.left, tick), left_text,
                                     std::max(plot.width - 2 * inset, 1.f), metrics_.fallback);
        addLabelBacking({plot.left + inset, y - line, label.width, line});
        canvas_.addText(label, {plot.left + inset, y - line});
        widest = std::max(widest, label.width);
      } else {
        TextBlock label = layoutText(tickLabel(scales_.left, tick), left_text,
                                     std::max(plot.left - padding - metrics_.gap(), 1.f),
                                     metrics_.fallback, TextAlignment::right);
        canvas_.addText(label, {padding, y - line / 2});
      }
    }
    if (scales_.right) {
      TextStyle right_text = tick_text;
      right_text.colour = axisColour(ChartAxis::right);
      for (double tick : scales_.right->ticks) {
        float y = valueY(plot, *scales_.right, tick);
        if (labels_inside_) {
          float label_width = std::max(plot.width - 2 * inset, 1.f);
          TextBlock label = layoutText(tickLabel(*scales_.right, tick), right_text, label_width,
                                       metrics_.fallback, TextAlignment::right);
          addLabelBacking(
              {plot.left + inset + label_width - label.width, y - line, label.width, line});
          canvas_.addText(label, {plot.left + inset, y - line});
        } else {
          TextBlock label = layoutText(tickLabel(*scales_.right, tick), right_text, contentWidth(),
                                       metrics_.fallback);
          canvas_.addText(label, {plot.left + plot.width + metrics_.gap(), y - line / 2});
        }
      }
    }
    // The value axis as a hotspot part: its labels and its line.
    if (labels_inside_) {
      canvas_.addPart("axis",
                      {plot.left - hairline, plot.top - line,
                       std::min(widest + inset + hairline, plot.width), plot.height + line});
    } else {
      canvas_.addPart("axis", {padding, plot.top - line / 2, plot.left + hairline - padding,
                               plot.height + line});
    }
  }

  // A label inside the plot sits on a patch of the card's colour, so that a
  // line or bar passing behind it does not cross out its digits.
  void addLabelBacking(const sf::FloatRect& label) {
    sf::Color backing = palette::kCard;
    backing.a = 215;
    float margin = metrics_.smallGap() / 2;
    canvas_.addRectangle({label.left - margin, label.top, label.width + 2 * margin, label.height},
                         backing, margin);
  }

  float slotWidth(const sf::FloatRect& plot) const {
    return plot.width / static_cast<float>(scales_.labels.count());
  }

  void addDataPart(std::optional<sf::FloatRect>& bounds, const sf::FloatRect& piece) {
    bounds = bounds ? uniteRectangles(*bounds, piece) : piece;
  }

  void composeBars(const sf::FloatRect& plot) {
    float slot = slotWidth(plot);
    float group = slot * 0.7f;
    float bar = group / static_cast<float>(std::max<std::size_t>(chart_.series.size(), 1));
    std::optional<sf::FloatRect> bars;
    for (std::size_t label = scales_.labels.first; label <= scales_.labels.last; ++label) {
      float group_x =
          plot.left + slot * static_cast<float>(label - scales_.labels.first) + (slot - group) / 2;
      for (std::size_t i = 0; i < chart_.series.size(); ++i) {
        const ChartSeries& series = chart_.series[i];
        if (label >= series.values.size()) continue;
        const ValueScale& scale = scaleOf(series);
        float base = valueY(plot, scale, std::clamp(0.0, scale.minimum, scale.maximum));
        float end = valueY(plot, scale, series.values[label]);
        sf::FloatRect rectangle{group_x + bar * static_cast<float>(i), std::min(base, end),
                                bar * 0.92f, std::max(std::abs(base - end), metrics_.hairline())};
        canvas_.addRectangle(rectangle, palette::seriesColour(static_cast<int>(i)));
        addDataPart(bars, rectangle);
      }
    }
    canvas_.addPart(partForData(), bars.value_or(plot));
  }

  void composeLines(const sf::FloatRect& plot) {
    float slot = slotWidth(plot);
    float thickness = metrics_.strokeWidth() * 1.6f;
    float dot = metrics_.base * 0.22f;
    std::optional<sf::FloatRect> lines;
    sf::VertexArray triangles(sf::Triangles);
    for (std::size_t i = 0; i < chart_.series.size(); ++i) {
      const ChartSeries& series = chart_.series[i];
      const ValueScale& scale = scaleOf(series);
      sf::Color colour = palette::seriesColour(static_cast<int>(i));
      std::vector<sf::Vector2f> points;
      for (std::size_t label = scales_.labels.first;
           label <= scales_.labels.last && label < series.values.size(); ++label) {
        float x = plot.left + slot * (static_cast<float>(label - scales_.labels.first) + 0.5f);
        points.push_back({x, valueY(plot, scale, series.values[label])});
      }
      appendPolyline(triangles, points, thickness, colour);
      for (const auto& point : points) {
        appendDisc(triangles, point, dot, colour);
        addDataPart(lines, {point.x - dot, point.y - dot, 2 * dot, 2 * dot});
      }
    }
    canvas_.addTriangles(triangles);
    canvas_.addPart(partForData(), lines.value_or(plot));
  }

  // Area scaling: each bar becomes a square whose side follows the value, so
  // its area (what the eye compares) grows with the square of the value.
  void composeSquares(const sf::FloatRect& plot, const TextStyle& value_text) {
    float slot = slotWidth(plot);
    float line = lineHeight(value_text);
    float tallest = std::max(plot.height - line - metrics_.smallGap(), metrics_.base);
    float largest_side = std::min(slot * 0.9f, tallest);
    double largest = 0;
    for (const auto& series : chart_.series) {
      for (std::size_t label = scales_.labels.first;
           label <= scales_.labels.last && label < series.values.size(); ++label) {
        largest = std::max(largest, series.values[label]);
      }
    }
    std::optional<sf::FloatRect> squares;
    float baseline = plot.top + plot.height;
    const ChartSeries* series = chart_.series.empty() ? nullptr : &chart_.series.front();
    for (std::size_t label = scales_.labels.first;
         series && label <= scales_.labels.last && label < series->values.size(); ++label) {
      double value = std::max(series->values[label], 0.0);
      float side = largest > 0 ? largest_side * static_cast<float>(value / largest) : 0.f;
      side = std::max(side, metrics_.hairline());
      float centre = plot.left + slot * (static_cast<float>(label - scales_.labels.first) + 0.5f);
      sf::FloatRect square{centre - side / 2, baseline - side, side, side};
      canvas_.addRectangle(square, palette::seriesColour(0));
      addDataPart(squares, square);
      TextBlock label_text = layoutText(tickLabel(scales_.left, value), value_text, slot,
                                        metrics_.fallback, TextAlignment::centre);
      canvas_.addText(label_text, {centre - slot / 2, square.top - metrics_.smallGap() - line});
    }
    canvas_.addRectangle({plot.left, baseline, plot.width, metrics_.hairline() * 2}, palette::kInk);
    canvas_.addPart(partForData(), squares.value_or(plot));
  }

  // Category labels under the plot; every k-th one when they would overlap.
  float composeCategoryLabels(const sf::FloatRect& plot, const TextStyle& text, bool is_axis) {
    float slot = slotWidth(plot);
    float widest = 0;
    for (std::size_t label = scales_.labels.first; label <= scales_.labels.last; ++label) {
      widest = std::max(widest, measureTextWidth(chart_.labels[label], text, metrics_.fallback));
    }
    float room = widest + metrics_.gap();
    auto every = static_cast<std::size_t>(std::max(1.f, std::ceil(room / slot)));
    // A label may wrap inside the room of `every` slots, never beyond.
    float label_width = slot * static_cast<float>(every);
    float top = plot.top + plot.height + metrics_.smallGap();
    float tallest = 0;
    for (std::size_t label = scales_.labels.first; label <= scales_.labels.last; label += every) {
      float centre = plot.left + slot * (static_cast<float>(label - scales_.labels.first) + 0.5f);
      TextBlock block = layoutText(chart_.labels[label], text, label_width, metrics_.fallback,
                                   TextAlignment::centre);
      float left =
          std::clamp(centre - label_width / 2, metrics_.padding(),
                     std::max(metrics_.padding(), width_ - metrics_.padding() - label_width));
      canvas_.addText(block, {left, top});
      tallest = std::max(tallest, block.height());
    }
    if (is_axis) {
      canvas_.addPart(
          "axis", {plot.left, plot.top + plot.height, plot.width, tallest + metrics_.smallGap()});
    }
    return top + tallest;
  }

  float composeSource(float top) {
    if (chart_.source.empty()) return top - metrics_.gap();
    std::string text = scenarioWord(ScenarioWord::source, style_.language) + " " + chart_.source;
    TextBlock source =
        layoutText(text, metrics_.small(palette::kMutedInk), contentWidth(), metrics_.fallback);
    float padding = metrics_.padding();
    canvas_.addText(source, {padding, top});
    canvas_.addPart("source", {padding, top, source.width, source.height()});
    return top + source.height();
  }

  const ChartScenario& chart_;
  ChartScales scales_;
  bool labels_inside_ = false;
};

}  // namespace

float composeChart(Canvas& canvas, const ChartScenario& chart, float width,
                   const ScenarioStyle& style) {
  return ChartComposer(canvas, chart, width, style).compose();
}

}  // namespace esprit::ui
