// Kiosk-sized buttons (see KioskWidgets.hpp).
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/kiosk/KioskWidgets.hpp"

#include "ui/Context.hpp"
#include "ui/Theme.hpp"
#include "ui/kiosk/KioskMode.hpp"

#include <imgui.h>

#include <algorithm>

namespace esprit::ui::kiosk_widgets {

float buttonHeight(const Context& context) {
  if (context.kiosk == nullptr || context.window == nullptr) return metrics().touchTarget();
  return context.kiosk->minimumButtonPixels(*context.window);
}

bool button(const Context& context, const std::string& label, widgets::ButtonKind kind,
            float width) {
  const Palette& colours = palette();
  const bool primary = kind == widgets::ButtonKind::primary;
  if (primary) {
    ImGui::PushStyleColor(ImGuiCol_Button, colours.primary);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, colours.primary_hovered);
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, colours.primary_active);
    ImGui::PushStyleColor(ImGuiCol_Text, colours.on_primary);
  }
  const float used_width = width > 0 ? width : widgets::buttonWidth(label);
  const bool pressed = ImGui::Button(label.c_str(), ImVec2(used_width, buttonHeight(context)));
  if (primary) ImGui::PopStyleColor(4);
  widgets::handCursorForLastItem();
  widgets::focusRingForLastItem();
  return pressed;
}

}  // namespace esprit::ui::kiosk_widgets
