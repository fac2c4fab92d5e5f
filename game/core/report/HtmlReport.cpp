// Laying out the printable HTML report (see HtmlReport.hpp).
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HtmlReport.hpp"

#include "SvgBarChart.hpp"

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <span>

namespace esprit::report {
namespace {

constexpr const char* kStyle = R"css(
body { font-family: "Noto Sans", "DejaVu Sans", system-ui, sans-serif; color: #1a1a1a;
       line-height: 1.4; max-width: 60em; margin: 2em auto; padding: 0 1em; }
h1 { font-size: 1.8em; margin-bottom: 0.2em; }
h2 { font-size: 1.35em; margin-top: 2em; border-bottom: 2px solid #2f5d8c; }
h3 { font-size: 1.1em; margin-top: 1.5em; }
p.meta { color: #444; margin-top: 0; }
p.hint { color: #333; }
table { border-collapse: collapse; width: 100%; margin: 1em 0; font-size: 0.92em; }
th, td { border: 1px solid #bbb; padding: 0.3em 0.5em; text-align: left; vertical-align: top; }
thead th { background: #eef2f7; }
td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
td.number { white-space: nowrap; }
tr.total td { font-weight: bold; background: #f6f6f6; }
tr.flagged td:last-child { font-weight: bold; }
svg.chart { width: 100%; height: auto; display: block; margin: 1em 0; }
@page { size: A4; margin: 15mm; }
@media print {
  body { max-width: none; margin: 0; padding: 0; font-size: 10pt; }
  h2, h3 { break-after: avoid; }
  tr, svg.chart { break-inside: avoid; }
  thead { display: table-header-group; }
}
)css";

constexpr int kCreditDigits = 2;
constexpr int kSecondsDigits = 1;
constexpr int kDiscernmentDigits = 2;
constexpr int kItemDigits = 2;

class HtmlWriter {
 public:
  HtmlWriter(const HtmlOptions& options, const ReportLanguage& language)
      : options_(options), language_(language) {}

  const ReportLanguage& language() const { return language_; }
  const std::string& text(std::string_view key) const { return language_.text(key); }
  const std::string& column(std::string_view name) const {
    return language_.text(std::string("column.") + std::string(name));
  }
  std::string percent(double share) const { return language_.percent(share); }
  std::string decimal(double value, int digits) const { return language_.decimal(value, digits); }
  std::string change(double value, int digits) const { return language_.change(value, digits); }

  std::string techniqueName(const std::string& tag) const {
    if (tag.empty()) return text("report.no_technique");
    if (options_.taxonomy != nullptr) {
      if (const auto* described = options_.taxonomy->describe(tag, language_.tag())) {
        return described->name;
      }
    }
    return tag;
  }
  std::string techniqueNames(const std::vector<std::string>& tags) const {
    std::string names;
    for (const auto& tag : tags) names += (names.empty() ? "" : ", ") + techniqueName(tag);
    return names;
  }

  void raw(std::string_view html) { html_ += html; }
  void element(const char* tag, std::string_view content, const char* css_class = nullptr) {
    html_ += std::string("<") + tag;
    if (css_class != nullptr) html_ += std::string(" class=\"") + css_class + "\"";
    html_ += ">" + escapeHtml(content) + "</" + tag + ">\n";
  }

  // A table row; cells marked numeric are right-aligned.
  void headerRow(const std::vector<std::pair<std::string_view, bool>>& cells) {
    html_ += "<thead><tr>";
    for (const auto& [label, numeric] : cells) {
      html_ += numeric ? "<th class=\"number\">" : "<th>";
      html_ += escapeHtml(label) + "</th>";
    }
    html_ += "</tr></thead>\n<tbody>\n";
  }
  void row(const std::vector<std::pair<std::string, bool>>& cells,
           const char* css_class = nullptr) {
    html_ += css_class != nullptr ? std::string("<tr class=\"") + css_class + "\">" : "<tr>";
    for (const auto& [content, numeric] : cells) {
      html_ += numeric ? "<td class=\"number\">" : "<td>";
      html_ += escapeHtml(content) + "</td>";
    }
    html_ += "</tr>\n";
  }

  std::string take() { return std::move(html_); }

 private:
  const HtmlOptions& options_;
  const ReportLanguage& language_;
  std::string html_;
};

// A bar per row, as long as the row's share right, on an axis from 0 to
// 100 %. `labels(row)` gives the bar's label and its tooltip.
template <class Rows, class Labels>
std::string shareRightChart(const HtmlWriter& out, std::string title, const Rows& rows,
                            Labels labels) {
  BarChart chart;
  chart.title = std::move(title);
  for (int line = 0; line < kBarChartGridLines; ++line) {
    chart.grid_labels.push_back(out.percent(static_cast<double>(line) / (kBarChartGridLines - 1)));
  }
  for (const auto& row : rows) {
    auto [label, tooltip] = labels(row);
    chart.rows.push_back(BarRow{std::move(label),
                                std::move(tooltip),
                                {BarValue{row.shareRight(), out.percent(row.shareRight())}}});
  }
  return renderBarChart(chart);
}

std::pair<std::string, bool> cell(std::string text) { return {std::move(text), false}; }
std::pair<std::string, bool> numberCell(std::string text) { return {std::move(text), true}; }
std::pair<std::string_view, bool> heading(std::string_view text) { return {text, false}; }
std::pair<std::string_view, bool> numberHeading(std::string_view text) { return {text, true}; }

// Calls `each(first, last)` for every run of questions from one pack.
template <class Items, class Each>
void forEachPack(const Items& items, Each each) {
  for (auto first = items.begin(); first != items.end();) {
    const auto last = std::find_if(
        first, items.end(), [&](const auto& item) { return item.pack_id != first->pack_id; });
    each(first, last);
    first = last;
  }
}

void writeQuestions(HtmlWriter& out, const ReportModel& model) {
  out.element("h2", out.text("questions.title"));
  out.element("p", out.text("questions.intro"), "hint");
  const bool has_forms = std::any_of(model.questions.begin(), model.questions.end(),
                                     [](const auto& question) { return !question.form.empty(); });
  forEachPack(model.questions, [&](auto first, auto last) {
    out.element("h3", first->pack_title);

    out.raw(shareRightChart(
        out, out.language().format("questions.chart", {{"pack", first->pack_title}}),
        // A span, not std::ranges::subrange, which clang 14 cannot build with libstdc++ 12.
        std::span<const QuestionStatistic>(&*first, static_cast<std::size_t>(last - first)),
        [](const QuestionStatistic& question) {
          return std::pair{question.question_id, question.prompt};
        }));

    out.raw("<table>\n");
    std::vector<std::pair<std::string_view, bool>> headings = {heading(out.column("question")),
                                                               heading(out.column("prompt")),
                                                               heading(out.column("techniques"))};
    if (has_forms) headings.push_back(heading(out.column("form")));
    for (const char* name :
         {"players_answered", "right_first_try", "share_right", "mean_credit", "mean_seconds"}) {
      headings.push_back(numberHeading(out.column(name)));
    }
    out.headerRow(headings);
    for (auto question = first; question != last; ++question) {
      std::vector<std::pair<std::string, bool>> cells = {
          cell(question->question_id), cell(question->prompt),
          cell(out.techniqueNames(question->techniques))};
      if (has_forms) cells.push_back(cell(question->form));
      cells.push_back(numberCell(std::to_string(question->players)));
      cells.push_back(numberCell(std::to_string(question->right)));
      cells.push_back(numberCell(out.percent(question->shareRight())));
      cells.push_back(numberCell(out.decimal(question->meanCredit(), kCreditDigits)));
      cells.push_back(numberCell(out.decimal(question->meanSeconds(), kSecondsDigits)));
      out.row(cells);
    }
    out.raw("</tbody></table>\n");
  });
}

void writeItems(HtmlWriter& out, const ReportModel& model) {
  out.element("h2", out.text("items.title"));
  out.element(
      "p",
      out.language().format("items.intro", {{"minimum", std::to_string(kMinimumAnswersToJudge)}}),
      "hint");
  forEachPack(model.items, [&](auto first, auto last) {
    out.element("h3", first->pack_title);
    out.raw("<table class=\"items\">\n");
    out.headerRow({heading(out.column("question")), heading(out.column("prompt")),
                   numberHeading(out.column("answers")), numberHeading(out.column("facility")),
                   numberHeading(out.column("discrimination")), heading(out.column("flag"))});
    for (auto item = first; item != last; ++item) {
      out.row(
          {cell(item->question_id), cell(item->prompt), numberCell(std::to_string(item->answers)),
           numberCell(itemFacilityText(*item, out.language())),
           numberCell(itemDiscriminationText(*item, out.language())),
           cell(out.text(itemFlagKey(item->flag)))},
          item->flag == ItemFlag::none ? nullptr : "flagged");
    }
    out.raw("</tbody></table>\n");
  });
}

void writeTechniques(HtmlWriter& out, const ReportModel& model) {
  out.element("h2", out.text("techniques.title"));
  out.element("p", out.text("techniques.intro"), "hint");
  out.raw(shareRightChart(
      out, out.text("techniques.chart"), model.techniques,
      [&out](const TechniqueStatistic& technique) {
        return std::pair{out.techniqueName(technique.technique), technique.technique};
      }));
  out.raw("<table>\n");
  out.headerRow({heading(out.column("technique")), numberHeading(out.column("questions")),
                 numberHeading(out.column("answers")), numberHeading(out.column("right_first_try")),
                 numberHeading(out.column("share_right")), numberHeading(out.column("mean_credit")),
                 numberHeading(out.column("sensitivity")), numberHeading(out.column("bias"))});
  for (const auto& technique : model.techniques) {
    std::string sensitivity, bias;
    if (technique.hasDiscernment()) {
      const Discernment discernment = computeDiscernment(technique.counts);
      sensitivity = out.decimal(discernment.sensitivity, kDiscernmentDigits);
      bias = out.decimal(discernment.bias, kDiscernmentDigits);
    }
    out.row({cell(out.techniqueName(technique.technique)),
             numberCell(std::to_string(technique.questions)),
             numberCell(std::to_string(technique.answers)),
             numberCell(std::to_string(technique.right)),
             numberCell(out.percent(technique.shareRight())),
             numberCell(out.decimal(technique.meanCredit(), kCreditDigits)),
             numberCell(sensitivity), numberCell(bias)});
  }
  out.raw("</tbody></table>\n");
}

void writePlayers(HtmlWriter& out, const ReportModel& model) {
  out.element("h2", out.text("players.title"));
  out.element("p", out.text("players.intro"), "hint");
  out.raw(shareRightChart(out, out.text("players.chart"), model.player_totals,
                          [](const PlayerStatistic& player) {
                            return std::pair{player.nickname, player.class_code};
                          }));
  out.raw("<table>\n");
  out.headerRow({heading(out.column("player")), heading(out.column("class")),
                 numberHeading(out.column("sessions")), numberHeading(out.column("questions")),
                 numberHeading(out.column("right_first_try")),
                 numberHeading(out.column("share_right")), numberHeading(out.column("answers")),
                 numberHeading(out.column("points"))});
  for (const auto& player : model.player_totals) {
    out.row(
        {cell(player.nickname), cell(player.class_code),
         numberCell(std::to_string(player.sessions)), numberCell(std::to_string(player.questions)),
         numberCell(std::to_string(player.right)), numberCell(out.percent(player.shareRight())),
         numberCell(std::to_string(player.answers)), numberCell(std::to_string(player.points))});
  }
  out.raw("</tbody></table>\n");
}

std::string itemCounts(const DiscernmentCounts& before, const DiscernmentCounts& after) {
  return std::to_string(before.fakes() + before.reals()) + " / " +
         std::to_string(after.fakes() + after.reals());
}

void writeDiscernment(HtmlWriter& out, const ReportModel& model) {
  out.element("h2", out.text("discernment.title"));
  out.element("p", out.text("discernment.intro"), "hint");
  const auto& changes = model.learning.after;
  if (changes.empty()) {
    out.element("p", out.text("discernment.none"));
    return;
  }

  BarChart chart;
  chart.title = out.text("discernment.chart");
  chart.series_names = {out.text("discernment.before"), out.text("discernment.after")};
  double lowest = 0;
  double highest = 1;
  for (const auto& change : changes) {
    const double before = change.before.result.sensitivity;
    const double after = change.after.result.sensitivity;
    chart.rows.push_back(BarRow{change.nickname,
                                change.class_code,
                                {BarValue{before, out.decimal(before, kDiscernmentDigits)},
                                 BarValue{after, out.decimal(after, kDiscernmentDigits)}}});
    lowest = std::min({lowest, before, after});
    highest = std::max({highest, before, after});
  }
  // Round grid steps, so the lines fall on values such as −1, 0, 1, 2, 3.
  constexpr double kGridSteps[] = {0.25, 0.5, 1, 1.5, 2, 2.5, 5};
  const int divisions = kBarChartGridLines - 1;
  double grid_step = 1;
  for (const double step : kGridSteps) {
    grid_step = step;
    chart.minimum = std::floor(lowest / step) * step;
    chart.maximum = chart.minimum + step * divisions;
    if (chart.maximum >= highest) break;
  }
  const int label_digits =
      grid_step == std::floor(grid_step) ? 0 : (grid_step * 2 == std::floor(grid_step * 2) ? 1 : 2);
  for (int line = 0; line < kBarChartGridLines; ++line) {
    chart.grid_labels.push_back(out.decimal(chart.minimum + grid_step * line, label_digits));
  }
  out.raw(renderBarChart(chart));

  out.raw("<table>\n");
  out.headerRow({heading(out.column("player")), heading(out.column("class")),
                 heading(out.column("first_form")), numberHeading(out.column("items")),
                 numberHeading(out.column("sensitivity_before")),
                 numberHeading(out.column("sensitivity_after")),
                 numberHeading(out.column("sensitivity_change")),
                 numberHeading(out.column("bias_before")), numberHeading(out.column("bias_after")),
                 numberHeading(out.column("bias_change"))});
  for (const auto& change : changes) {
    out.row({cell(change.nickname), cell(change.class_code), cell(change.before.form),
             numberCell(itemCounts(change.before.counts, change.after.counts)),
             numberCell(out.decimal(change.before.result.sensitivity, kDiscernmentDigits)),
             numberCell(out.decimal(change.after.result.sensitivity, kDiscernmentDigits)),
             numberCell(out.change(change.sensitivityChange(), kDiscernmentDigits)),
             numberCell(out.decimal(change.before.result.bias, kDiscernmentDigits)),
             numberCell(out.decimal(change.after.result.bias, kDiscernmentDigits)),
             numberCell(out.change(change.biasChange(), kDiscernmentDigits))});
  }
  if (model.learning.pooled_after) {
    const ClassDiscernment& whole = *model.learning.pooled_after;
    out.row({cell(out.text("discernment.whole_class")), cell(""), cell(""),
             numberCell(itemCounts(whole.before.counts, whole.after.counts)),
             numberCell(out.decimal(whole.before.sensitivity, kDiscernmentDigits)),
             numberCell(out.decimal(whole.after.sensitivity, kDiscernmentDigits)),
             numberCell(out.change(whole.after.sensitivity - whole.before.sensitivity,
                                   kDiscernmentDigits)),
             numberCell(out.decimal(whole.before.bias, kDiscernmentDigits)),
             numberCell(out.decimal(whole.after.bias, kDiscernmentDigits)),
             numberCell(out.change(whole.after.bias - whole.before.bias, kDiscernmentDigits))},
            "total");
  }
  out.raw("</tbody></table>\n");
}

void writeLearning(HtmlWriter& out, const ReportModel& model) {
  out.element("h2", out.text("change.title"));
  out.element("p", out.text("change.intro"), "hint");
  if (!model.learning.class_after && !model.learning.class_delayed) {
    out.element("p", out.text("change.none"));
    return;
  }
  out.raw("<table>\n");
  out.headerRow({heading(out.column("comparison")), numberHeading(out.column("players_both")),
                 numberHeading(out.column("sensitivity_change")),
                 numberHeading(out.column("bias_change")),
                 numberHeading(out.column("overconfidence_change"))});
  const auto write = [&](const char* label, const std::optional<ClassChange>& change) {
    if (!change) return;
    out.row({cell(out.text(label)), numberCell(std::to_string(change->players)),
             numberCell(meanChangeText(change->sensitivity, out.language())),
             numberCell(meanChangeText(change->bias, out.language())),
             numberCell(meanChangeText(change->overconfidence, out.language()))});
  };
  write("change.after", model.learning.class_after);
  write("change.delayed", model.learning.class_delayed);
  out.raw("</tbody></table>\n");
}

}  // namespace

std::string itemFacilityText(const ItemStatistic& item, const ReportLanguage& language) {
  return language.decimal(item.facility, kItemDigits);
}

std::string itemDiscriminationText(const ItemStatistic& item, const ReportLanguage& language) {
  if (!item.discrimination) return "\u2014";
  // A real minus sign: a hyphen before a number reads as a dash in print.
  const std::string number = language.decimal(std::fabs(*item.discrimination), kItemDigits);
  const bool negative =
      *item.discrimination < 0 && number.find_first_not_of("0.,") != std::string::npos;
  return negative ? "\u2212" + number : number;
}

std::string meanChangeText(const MeanChange& change, const ReportLanguage& language) {
  if (change.players == 0) return "\u2014";
  const std::string mean = language.change(change.mean, kDiscernmentDigits);
  if (!change.low || !change.high) return mean;
  return language.format("change.interval",
                         {{"mean", mean},
                          {"low", language.change(*change.low, kDiscernmentDigits)},
                          {"high", language.change(*change.high, kDiscernmentDigits)}});
}

std::string intervalText(const MeanChange& change, const ReportLanguage& language) {
  if (!change.low || !change.high) return {};
  return language.format("change.range",
                         {{"low", language.change(*change.low, kDiscernmentDigits)},
                          {"high", language.change(*change.high, kDiscernmentDigits)}});
}

std::string buildHtmlReport(const ReportModel& model, const HtmlOptions& options) {
  std::optional<ReportLanguage> english;
  if (options.language == nullptr) english = ReportLanguage::english();
  const ReportLanguage& language = options.language != nullptr ? *options.language : *english;
  HtmlWriter out(options, language);
  const std::string class_name =
      model.class_code ? language.format("report.class", {{"class", *model.class_code}})
                       : language.text("report.all_classes");
  const std::string title = language.text("report.title") + " \u2014 " + class_name;

  out.raw(std::string("<!DOCTYPE html>\n<html lang=\"") + language.tag() +
          "\">\n<head>\n<meta charset=\"utf-8\">\n"
          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" +
          escapeHtml(title) + "</title>\n<style>" + kStyle + "</style>\n</head>\n<body>\n");
  out.element("h1", title);
  std::string meta = summaryText(model, language);
  if (!options.generated_at.empty()) {
    meta += " \u00b7 " + language.format("report.made_on", {{"time", options.generated_at}});
  }
  out.element("p", meta, "meta");

  if (model.answers == 0) {
    out.element("p", out.text("report.no_answers"));
  } else {
    out.element("p", out.text("report.how_to_read"), "hint");
    writeQuestions(out, model);
    writeItems(out, model);
    writeTechniques(out, model);
    writePlayers(out, model);
    writeDiscernment(out, model);
    writeLearning(out, model);
  }
  out.raw("</body>\n</html>\n");
  return out.take();
}

std::string summaryText(const ReportModel& model, const ReportLanguage& language) {
  return language.plural("summary.players", model.players) + " \u00b7 " +
         language.plural("summary.sessions", model.sessions) + " \u00b7 " +
         language.plural("summary.answers", model.answers);
}

}  // namespace esprit::report
