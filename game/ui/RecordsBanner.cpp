// The "answer not saved" banner, drawn as its own small window on top.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/RecordsBanner.hpp"

#include "ui/Context.hpp"
#include "ui/Icons.hpp"
#include "ui/Theme.hpp"
#include "ui/Widgets.hpp"

#include <algorithm>

namespace esprit::ui {

void showRecordsBanner(Context& context) {
  if (context.records_problem.empty()) return;
  const Metrics measure = metrics();
  const ImVec2 display = ImGui::GetIO().DisplaySize;
  const float width = std::min(display.x - measure.margin() * 2.f, measure.readingWidth());
  // Low on the screen, above the action bar's row, so it hides no question.
  ImGui::SetNextWindowPos(ImVec2(display.x * 0.5f, display.y - measure.touchTarget() * 1.6f),
                          ImGuiCond_Always, ImVec2(0.5f, 1.f));
  ImGui::SetNextWindowSize(ImVec2(width, 0));
  ImGui::PushStyleColor(ImGuiCol_WindowBg, palette().partial_background);
  ImGui::PushStyleColor(ImGuiCol_Border, palette().partial);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, std::max(1.f, measure.em * 0.1f));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, measure.rounding());
  constexpr ImGuiWindowFlags kFlags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                      ImGuiWindowFlags_NoSavedSettings |
                                      ImGuiWindowFlags_AlwaysAutoResize;
  ImGui::Begin("##records-banner", nullptr, kFlags);
  ImGui::PushTextWrapPos(0.f);
  widgets::wrappedText(std::string(icon::kWarning) + " " + context.records_problem);
  ImGui::PopTextWrapPos();
  if (widgets::button(context.text("common.ok"))) context.records_problem.clear();
  ImGui::End();
  ImGui::PopStyleVar(2);
  ImGui::PopStyleColor(2);
}

}  // namespace esprit::ui
