// Score bars and mastery lines for the history screen.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/screens/HistoryCharts.hpp"

#include "ui/Theme.hpp"

#include <imgui.h>

#include <algorithm>

namespace esprit::ui {

void drawScoreChart(const std::vector<ScoreBar>& bars, float width, float height) {
  const Palette& colours = palette();
  const Metrics measure = metrics();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float line = ImGui::GetTextLineHeight();
  // Room for the percentages on the left, a label above each bar and the date below.
  const float axis_width = ImGui::CalcTextSize("100 %").x + measure.em * 0.4f;
  const float plot_top = origin.y + line * 1.2f;
  const float plot_bottom = origin.y + height - line * 1.3f;
  const float plot_left = origin.x + axis_width;
  const float plot_width = width - axis_width;
  const float thin = std::max(1.f, measure.em * 0.06f);

  for (const int percent : {0, 50, 100}) {
    const float y = plot_bottom - (plot_bottom - plot_top) * static_cast<float>(percent) / 100.f;
    draw->AddLine(ImVec2(plot_left, y), ImVec2(origin.x + width, y), toU32(colours.card_border),
                  thin);
    const std::string label = std::to_string(percent) + " %";
    const ImVec2 size = ImGui::CalcTextSize(label.c_str());
    draw->AddText(ImVec2(plot_left - size.x - measure.em * 0.3f, y - size.y * 0.5f),
                  toU32(colours.muted_text), label.c_str());
  }
  if (!bars.empty()) {
    const float slot = plot_width / static_cast<float>(bars.size());
    const float bar_width = std::min(slot * 0.6f, measure.em * 3.f);
    for (std::size_t index = 0; index < bars.size(); ++index) {
      const ScoreBar& bar = bars[index];
      const float centre = plot_left + slot * (static_cast<float>(index) + 0.5f);
      const float top =
          plot_bottom - (plot_bottom - plot_top) * std::clamp(bar.share_right, 0.f, 1.f);
      const ImVec2 low(centre - bar_width * 0.5f, top);
      const ImVec2 high(centre + bar_width * 0.5f, plot_bottom);
      const ImVec4 fill = bar.practice ? colours.accent : colours.primary;
      if (bar.unfinished) {
        // An unfinished round is an outline: the score may still change.
        draw->AddRect(low, high, toU32(fill), measure.rounding() * 0.5f, 0, thin * 2.f);
      } else {
        draw->AddRectFilled(low, high, toU32(fill), measure.rounding() * 0.5f,
                            ImDrawFlags_RoundCornersTop);
      }
      const ImVec2 above = ImGui::CalcTextSize(bar.above.c_str());
      draw->AddText(ImVec2(centre - above.x * 0.5f, top - above.y - measure.em * 0.15f),
                    toU32(colours.text), bar.above.c_str());
      const ImVec2 below = ImGui::CalcTextSize(bar.below.c_str());
      if (below.x <= slot) {
        draw->AddText(ImVec2(centre - below.x * 0.5f, plot_bottom + measure.em * 0.2f),
                      toU32(colours.muted_text), bar.below.c_str());
      }
    }
  }
  ImGui::Dummy(ImVec2(width, height));
}

void drawMasteryLine(const std::vector<float>& shares, float width, float height) {
  const Palette& colours = palette();
  const Metrics measure = metrics();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float dot = measure.em * 0.22f;
  const float thin = std::max(1.f, measure.em * 0.06f);
  const float top = origin.y + dot;
  const float bottom = origin.y + height - dot;
  // A faint band marks the bottom and the top: "none right" and "all right".
  draw->AddLine(ImVec2(origin.x, bottom), ImVec2(origin.x + width, bottom),
                toU32(colours.card_border), thin);
  draw->AddLine(ImVec2(origin.x, top), ImVec2(origin.x + width, top), toU32(colours.card_border),
                thin);
  std::vector<ImVec2> points;
  const float step =
      shares.size() > 1 ? (width - dot * 2.f) / static_cast<float>(shares.size() - 1) : 0.f;
  for (std::size_t index = 0; index < shares.size(); ++index) {
    const float x = shares.size() > 1 ? origin.x + dot + step * static_cast<float>(index)
                                      : origin.x + width * 0.5f;
    points.emplace_back(x, bottom - (bottom - top) * std::clamp(shares[index], 0.f, 1.f));
  }
  if (points.size() > 1)
    draw->AddPolyline(points.data(), static_cast<int>(points.size()), toU32(colours.primary), 0,
                      thin * 2.5f);
  if (!points.empty()) draw->AddCircleFilled(points.back(), dot * 1.3f, toU32(colours.primary));
  ImGui::Dummy(ImVec2(width, height));
}

}  // namespace esprit::ui
