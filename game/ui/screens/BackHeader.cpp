// Back button and heading, aligned on one line.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/screens/BackHeader.hpp"

#include "ui/Context.hpp"
#include "ui/Icons.hpp"
#include "ui/Theme.hpp"
#include "ui/Widgets.hpp"

namespace esprit::ui {

bool backHeader(Context& context, const std::string& title) {
  const Metrics measure = metrics();
  // Escape belongs to an open dialog first, then to the screen.
  const bool back = backButton(context) ||
                    (context.input.back && !ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId));
  ImGui::SameLine(0, measure.margin());
  ImGui::SetCursorPosY(ImGui::GetCursorPosY() +
                       (measure.touchTarget() - ImGui::GetFontSize() * kHeadingScale) * 0.5f -
                       ImGui::GetStyle().FramePadding.y);
  widgets::heading(title);
  return back;
}

bool backButton(const Context& context) {
  return widgets::button(std::string(icon::kArrowLeft) + "  " + context.text("common.back"));
}

void headingBesideButton(const Context& context, const std::string& title) {
  const Metrics measure = metrics();
  ImGui::SameLine(0, measure.margin());
  ImGui::SetCursorPosY(ImGui::GetCursorPosY() +
                       (measure.touchTarget() - context.fonts.heading()->FontSize) * 0.5f -
                       ImGui::GetStyle().FramePadding.y);
  widgets::heading(title);
}

}  // namespace esprit::ui
