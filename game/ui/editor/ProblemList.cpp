// Clickable problem rows.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/ProblemList.hpp"

#include "ui/Icons.hpp"
#include "ui/Theme.hpp"
#include "ui/Widgets.hpp"

#include <imgui.h>

namespace esprit::ui::editor {

std::optional<std::size_t> problemList(const Context& context,
                                       const std::vector<Problem>& problems) {
  std::optional<std::size_t> clicked;
  const auto errors = countProblems(problems, Severity::error);
  const auto warnings = countProblems(problems, Severity::warning);
  if (problems.empty()) {
    widgets::coloredWrappedText(
        palette().right, std::string(icon::kCheck) + " " + context.text("editor.problems.none"));
    return clicked;
  }
  widgets::mutedText(context.translations.format(
      "editor.problems.count",
      {{"errors", std::to_string(errors)}, {"warnings", std::to_string(warnings)}}));
  for (const Severity severity : {Severity::error, Severity::warning}) {
    for (std::size_t index = 0; index < problems.size(); ++index) {
      const Problem& problem = problems[index];
      if (problem.severity != severity) continue;
      const bool error = severity == Severity::error;
      const std::string mark = error ? icon::kCross : icon::kWarning;
      const std::string kind =
          context.text(error ? "editor.problems.error" : "editor.problems.warning");
      ImGui::PushID(static_cast<int>(index));
      ImGui::PushStyleColor(ImGuiCol_Text, error ? palette().wrong : palette().partial);
      ImGui::PushTextWrapPos(0);
      const std::string label = mark + " " + kind + ": " + problem.message;
      // A selectable row as tall as its wrapped text, so the whole message is tappable.
      const ImVec2 text_size =
          ImGui::CalcTextSize(label.c_str(), nullptr, false, ImGui::GetContentRegionAvail().x);
      const ImVec2 start = ImGui::GetCursorPos();
      if (ImGui::Selectable("##problem", false, 0, ImVec2(0, text_size.y))) clicked = index;
      ImGui::SetCursorPos(start);
      ImGui::TextUnformatted(label.c_str());
      ImGui::PopTextWrapPos();
      ImGui::PopStyleColor();
      ImGui::PopID();
    }
  }
  return clicked;
}

}  // namespace esprit::ui::editor
