// Chart table and misleading options.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/ChartTableForm.hpp"

#include "core/editing/ChartTable.hpp"
#include "ui/Icons.hpp"
#include "ui/Theme.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

namespace esprit::ui::editor {
namespace {

void track(FormState& form, bool edited) {
  form.changed |= edited;
  form.committed |= ImGui::IsItemDeactivatedAfterEdit();
}

}  // namespace

void chartTableForm(FormState& form, ChartScenario& chart) {
  editing::normalizeChart(chart);
  const int series_count = static_cast<int>(chart.series.size());
  const float small_button = ImGui::GetFrameHeight();
  std::optional<std::size_t> removed_label, removed_series;
  const ImGuiTableFlags flags =
      ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchSame;
  if (ImGui::BeginTable("##chart", series_count + 2, flags)) {
    ImGui::TableSetupColumn("##label", ImGuiTableColumnFlags_WidthStretch, 1.4f);
    for (int series = 0; series < series_count; ++series) {
      ImGui::TableSetupColumn(("##series" + std::to_string(series)).c_str(),
                              ImGuiTableColumnFlags_WidthStretch, 1.f);
    }
    ImGui::TableSetupColumn("##remove", ImGuiTableColumnFlags_WidthFixed, small_button);
    // Header rows: series names, then their axis.
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(form.text("editor.chart.labels").c_str());
    for (int series = 0; series < series_count; ++series) {
      ImGui::TableNextColumn();
      ImGui::PushID(series);
      focusIfRequested(form, "series/" + std::to_string(series) + "/name");
      ImGui::SetNextItemWidth(series_count > 1 ? -small_button - ImGui::GetStyle().ItemSpacing.x
                                               : -1);
      track(form, ImGui::InputTextWithHint("##name", form.text("editor.chart.series_name").c_str(),
                                           &chart.series[series].name));
      if (series_count > 1) {
        ImGui::SameLine();
        if (ImGui::Button(icon::kCross, ImVec2(small_button, 0))) {
          removed_series = static_cast<std::size_t>(series);
        }
      }
      bool right_axis = chart.series[series].axis == ChartAxis::right;
      if (ImGui::Checkbox(form.text("editor.chart.right_axis").c_str(), &right_axis)) {
        chart.series[series].axis = right_axis ? ChartAxis::right : ChartAxis::left;
        form.immediate(true);
      }
      ImGui::PopID();
    }
    ImGui::TableNextColumn();
    for (std::size_t label = 0; label < chart.labels.size(); ++label) {
      ImGui::PushID(static_cast<int>(label) + 1000);
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      focusIfRequested(form, "labels/" + std::to_string(label));
      ImGui::SetNextItemWidth(-1);
      track(form, ImGui::InputText("##label", &chart.labels[label]));
      for (int series = 0; series < series_count; ++series) {
        ImGui::TableNextColumn();
        ImGui::PushID(series);
        ImGui::SetNextItemWidth(-1);
        track(form, ImGui::InputDouble("##value", &chart.series[series].values[label], 0, 0, "%g"));
        ImGui::PopID();
      }
      ImGui::TableNextColumn();
      if (chart.labels.size() > 1 && ImGui::Button(icon::kCross, ImVec2(small_button, 0))) {
        removed_label = label;
      }
      ImGui::PopID();
    }
    ImGui::EndTable();
  }
  if (removed_label) {
    editing::removeChartLabel(chart, *removed_label);
    form.immediate(true);
  }
  if (removed_series) {
    editing::removeChartSeries(chart, *removed_series);
    form.immediate(true);
  }
  problemUnder(form, "labels");
  problemUnder(form, "series");
  if (chart.labels.size() < 500 && ImGui::Button(form.text("editor.chart.add_label").c_str())) {
    editing::addChartLabel(chart);
    form.immediate(true);
  }
  ImGui::SameLine();
  if (chart.series.size() < editing::kMaximumChartSeries &&
      ImGui::Button(form.text("editor.chart.add_series").c_str())) {
    editing::addChartSeries(chart);
    form.immediate(true);
  }
}

void chartMisleadingForm(FormState& form, ChartScenario& chart) {
  formHeading(form.text("editor.chart.misleading"));
  ChartMisleading& misleading = chart.misleading;
  bool truncated = misleading.axis_from.has_value();
  if (checkField(form, "misleading/axis_from", form.text("editor.chart.truncated"), truncated)) {
    if (truncated)
      misleading.axis_from = 0.0;
    else
      misleading.axis_from.reset();
  }
  if (misleading.axis_from) {
    ImGui::Indent();
    decimalField(form, "misleading/axis_from_value", form.text("editor.chart.axis_from"),
                 *misleading.axis_from);
    ImGui::Unindent();
  }
  bool cherry_picked = misleading.range.has_value();
  if (checkField(form, "misleading/range", form.text("editor.chart.range"), cherry_picked)) {
    if (cherry_picked && !chart.labels.empty()) {
      misleading.range = std::pair<std::size_t, std::size_t>{0, chart.labels.size() - 1};
    } else {
      misleading.range.reset();
    }
  }
  if (misleading.range && !chart.labels.empty()) {
    ImGui::Indent();
    int first = static_cast<int>(misleading.range->first) + 1;
    int last = static_cast<int>(misleading.range->second) + 1;
    const int count = static_cast<int>(chart.labels.size());
    ImGui::SetNextItemWidth(metrics().em * 12);
    const bool first_changed =
        ImGui::SliderInt(form.text("editor.chart.range_first").c_str(), &first, 1, count);
    form.immediate(first_changed);
    ImGui::SetNextItemWidth(metrics().em * 12);
    const bool last_changed =
        ImGui::SliderInt(form.text("editor.chart.range_last").c_str(), &last, 1, count);
    form.immediate(last_changed);
    if (last < first) last = first;
    misleading.range = std::pair<std::size_t, std::size_t>{static_cast<std::size_t>(first - 1),
                                                           static_cast<std::size_t>(last - 1)};
    ImGui::Unindent();
  }
  checkField(form, "misleading/dual_axis", form.text("editor.chart.dual_axis"),
             misleading.dual_axis);
  checkField(form, "misleading/area_scaling", form.text("editor.chart.area_scaling"),
             misleading.area_scaling);
}

}  // namespace esprit::ui::editor
