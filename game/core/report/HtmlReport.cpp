// Laying out the printable HTML report (see HtmlReport.hpp).
#include "HtmlReport.hpp"

#include "SvgBarChart.hpp"

#include <algorithm>
#include <cmath>
#include <initializer_list>

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
td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.total td { font-weight: bold; background: #f6f6f6; }
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

class HtmlWriter {
 public:
  explicit HtmlWriter(const HtmlOptions& options) : options_(options) {}

  std::string_view text(Text key) const { return reportText(key, options_.language); }
  std::string percent(double share) const { return formatPercent(share, options_.language); }
  std::string decimal(double value, int digits) const {
    return formatDecimal(value, digits, options_.language == Language::french);
  }
  std::string change(double value, int digits) const {
    return formatChange(value, digits, options_.language);
  }

  std::string techniqueName(const std::string& tag) const {
    if (tag.empty()) return std::string(text(Text::no_technique));
    if (options_.taxonomy != nullptr) {
      if (const auto* described =
              options_.taxonomy->describe(tag, languageTag(options_.language))) {
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

  // A table row; cells starting with a number are right-aligned.
  void headerRow(std::initializer_list<std::pair<std::string_view, bool>> cells) {
    html_ += "<thead><tr>";
    for (const auto& [label, numeric] : cells) {
      html_ += numeric ? "<th class=\"number\">" : "<th>";
      html_ += escapeHtml(label) + "</th>";
    }
    html_ += "</tr></thead>\n<tbody>\n";
  }
  void row(std::initializer_list<std::pair<std::string, bool>> cells,
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
  std::string html_;
};

// Grid labels of a chart whose axis runs from 0 to 100 %.
std::vector<std::string> shareGridLabels(const HtmlWriter& out) {
  std::vector<std::string> labels;
  for (int line = 0; line < kBarChartGridLines; ++line) {
    labels.push_back(out.percent(static_cast<double>(line) / (kBarChartGridLines - 1)));
  }
  return labels;
}

std::pair<std::string, bool> cell(std::string text) { return {std::move(text), false}; }
std::pair<std::string, bool> numberCell(std::string text) { return {std::move(text), true}; }
std::pair<std::string_view, bool> heading(std::string_view text) { return {text, false}; }
std::pair<std::string_view, bool> numberHeading(std::string_view text) { return {text, true}; }

void writeQuestions(HtmlWriter& out, const ReportModel& model) {
  out.element("h2", out.text(Text::questions_title));
  out.element("p", out.text(Text::questions_intro), "hint");
  const bool has_forms = std::any_of(model.questions.begin(), model.questions.end(),
                                     [](const auto& question) { return !question.form.empty(); });
  for (auto first = model.questions.begin(); first != model.questions.end();) {
    const auto last = std::find_if(first, model.questions.end(), [&](const auto& question) {
      return question.pack_id != first->pack_id;
    });
    out.element("h3", std::string(out.text(Text::column_pack)) + " " + first->pack_id);

    BarChart chart;
    chart.title = std::string(out.text(Text::chart_share_right)) + " (" + first->pack_id + ")";
    chart.grid_labels = shareGridLabels(out);
    for (auto question = first; question != last; ++question) {
      chart.rows.push_back(
          BarRow{question->question_id,
                 question->prompt,
                 {BarValue{question->shareRight(), out.percent(question->shareRight())}}});
    }
    out.raw(renderBarChart(chart));

    out.raw("<table>\n");
    if (has_forms) {
      out.headerRow(
          {heading(out.text(Text::column_question)), heading(out.text(Text::column_prompt)),
           heading(out.text(Text::column_techniques)), heading(out.text(Text::column_form)),
           numberHeading(out.text(Text::column_players_answered)),
           numberHeading(out.text(Text::column_right_first_try)),
           numberHeading(out.text(Text::column_share_right)),
           numberHeading(out.text(Text::column_mean_credit)),
           numberHeading(out.text(Text::column_mean_seconds))});
    } else {
      out.headerRow({heading(out.text(Text::column_question)),
                     heading(out.text(Text::column_prompt)),
                     heading(out.text(Text::column_techniques)),
                     numberHeading(out.text(Text::column_players_answered)),
                     numberHeading(out.text(Text::column_right_first_try)),
                     numberHeading(out.text(Text::column_share_right)),
                     numberHeading(out.text(Text::column_mean_credit)),
                     numberHeading(out.text(Text::column_mean_seconds))});
    }
    for (auto question = first; question != last; ++question) {
      if (has_forms) {
        out.row({cell(question->question_id), cell(question->prompt),
                 cell(out.techniqueNames(question->techniques)), cell(question->form),
                 numberCell(std::to_string(question->players)),
                 numberCell(std::to_string(question->right)),
                 numberCell(out.percent(question->shareRight())),
                 numberCell(out.decimal(question->meanCredit(), kCreditDigits)),
                 numberCell(out.decimal(question->meanSeconds(), kSecondsDigits))});
      } else {
        out.row({cell(question->question_id), cell(question->prompt),
                 cell(out.techniqueNames(question->techniques)),
                 numberCell(std::to_string(question->players)),
                 numberCell(std::to_string(question->right)),
                 numberCell(out.percent(question->shareRight())),
                 numberCell(out.decimal(question->meanCredit(), kCreditDigits)),
                 numberCell(out.decimal(question->meanSeconds(), kSecondsDigits))});
      }
    }
    out.raw("</tbody></table>\n");
    first = last;
  }
}

void writeTechniques(HtmlWriter& out, const ReportModel& model) {
  out.element("h2", out.text(Text::techniques_title));
  out.element("p", out.text(Text::techniques_intro), "hint");
  BarChart chart;
  chart.title = out.text(Text::chart_technique_share);
  chart.grid_labels = shareGridLabels(out);
  for (const auto& technique : model.techniques) {
    chart.rows.push_back(
        BarRow{out.techniqueName(technique.technique),
               technique.technique,
               {BarValue{technique.shareRight(), out.percent(technique.shareRight())}}});
  }
  out.raw(renderBarChart(chart));
  out.raw("<table>\n");
  out.headerRow({heading(out.text(Text::column_technique)),
                 numberHeading(out.text(Text::column_questions)),
                 numberHeading(out.text(Text::column_answers)),
                 numberHeading(out.text(Text::column_right_first_try)),
                 numberHeading(out.text(Text::column_share_right)),
                 numberHeading(out.text(Text::column_mean_credit))});
  for (const auto& technique : model.techniques) {
    out.row({cell(out.techniqueName(technique.technique)),
             numberCell(std::to_string(technique.questions)),
             numberCell(std::to_string(technique.answers)),
             numberCell(std::to_string(technique.right)),
             numberCell(out.percent(technique.shareRight())),
             numberCell(out.decimal(technique.meanCredit(), kCreditDigits))});
  }
  out.raw("</tbody></table>\n");
}

void writePlayers(HtmlWriter& out, const ReportModel& model) {
  out.element("h2", out.text(Text::players_title));
  out.element("p", out.text(Text::players_intro), "hint");
  BarChart chart;
  chart.title = out.text(Text::chart_player_share);
  chart.grid_labels = shareGridLabels(out);
  for (const auto& player : model.player_totals) {
    chart.rows.push_back(BarRow{player.nickname,
                                player.class_code,
                                {BarValue{player.shareRight(), out.percent(player.shareRight())}}});
  }
  out.raw(renderBarChart(chart));
  out.raw("<table>\n");
  out.headerRow({heading(out.text(Text::column_player)), heading(out.text(Text::column_class)),
                 numberHeading(out.text(Text::column_sessions)),
                 numberHeading(out.text(Text::column_questions)),
                 numberHeading(out.text(Text::column_right_first_try)),
                 numberHeading(out.text(Text::column_share_right)),
                 numberHeading(out.text(Text::column_answers)),
                 numberHeading(out.text(Text::column_points))});
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
  out.element("h2", out.text(Text::discernment_title));
  out.element("p", out.text(Text::discernment_intro), "hint");
  if (model.discernment_changes.empty()) {
    out.element("p", out.text(Text::discernment_none));
    return;
  }

  BarChart chart;
  chart.title = out.text(Text::chart_sensitivity);
  chart.series_names = {std::string(out.text(Text::series_before)),
                        std::string(out.text(Text::series_after))};
  double lowest = 0;
  double highest = 1;
  for (const auto& change : model.discernment_changes) {
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
  out.headerRow({heading(out.text(Text::column_player)), heading(out.text(Text::column_class)),
                 heading(out.text(Text::column_first_form)),
                 numberHeading(out.text(Text::column_items)),
                 numberHeading(out.text(Text::column_sensitivity_before)),
                 numberHeading(out.text(Text::column_sensitivity_after)),
                 numberHeading(out.text(Text::column_sensitivity_change)),
                 numberHeading(out.text(Text::column_bias_before)),
                 numberHeading(out.text(Text::column_bias_after)),
                 numberHeading(out.text(Text::column_bias_change))});
  for (const auto& change : model.discernment_changes) {
    out.row({cell(change.nickname), cell(change.class_code), cell(change.before.form),
             numberCell(itemCounts(change.before.counts, change.after.counts)),
             numberCell(out.decimal(change.before.result.sensitivity, kDiscernmentDigits)),
             numberCell(out.decimal(change.after.result.sensitivity, kDiscernmentDigits)),
             numberCell(out.change(change.sensitivityChange(), kDiscernmentDigits)),
             numberCell(out.decimal(change.before.result.bias, kDiscernmentDigits)),
             numberCell(out.decimal(change.after.result.bias, kDiscernmentDigits)),
             numberCell(out.change(change.biasChange(), kDiscernmentDigits))});
  }
  if (model.class_discernment) {
    const ClassDiscernment& whole = *model.class_discernment;
    out.row({cell(std::string(out.text(Text::whole_class))), cell(""), cell(""),
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

}  // namespace

std::string buildHtmlReport(const ReportModel& model, const HtmlOptions& options) {
  HtmlWriter out(options);
  const std::string class_name =
      model.class_code ? std::string(out.text(Text::class_label)) + " " + *model.class_code
                       : std::string(out.text(Text::all_classes));
  const std::string title = std::string(out.text(Text::report_title)) + " \u2014 " + class_name;

  out.raw(std::string("<!DOCTYPE html>\n<html lang=\"") + languageTag(options.language) +
          "\">\n<head>\n<meta charset=\"utf-8\">\n"
          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" +
          escapeHtml(title) + "</title>\n<style>" + kStyle + "</style>\n</head>\n<body>\n");
  out.element("h1", title);
  std::string meta =
      std::to_string(model.players) + " " + std::string(out.text(Text::summary_players)) +
      " \u00b7 " + std::to_string(model.sessions) + " " +
      std::string(out.text(Text::summary_sessions)) + " \u00b7 " + std::to_string(model.answers) +
      " " + std::string(out.text(Text::summary_answers));
  if (!options.generated_at.empty()) {
    meta += " \u00b7 " + std::string(out.text(Text::generated_on)) + " " + options.generated_at;
  }
  out.element("p", meta, "meta");

  if (model.answers == 0) {
    out.element("p", out.text(Text::no_answers));
  } else {
    out.element("p", out.text(Text::how_to_read), "hint");
    writeQuestions(out, model);
    writeTechniques(out, model);
    writePlayers(out, model);
    writeDiscernment(out, model);
  }
  out.raw("</body>\n</html>\n");
  return out.take();
}

}  // namespace esprit::report
