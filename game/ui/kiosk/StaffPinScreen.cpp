// The staff PIN pad (see StaffPinScreen.hpp).
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/kiosk/StaffPinScreen.hpp"

#include "core/kiosk/StaffPin.hpp"
#include "ui/Context.hpp"
#include "ui/Icons.hpp"
#include "ui/ScreenStack.hpp"
#include "ui/Theme.hpp"
#include "ui/Widgets.hpp"
#include "ui/kiosk/KioskMode.hpp"
#include "ui/kiosk/KioskWidgets.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace esprit::ui {
namespace {

constexpr float kKeyWidthEms = 5.f;

}  // namespace

bool StaffPinScreen::update() {
  // The wait after wrong PINs counts down on screen, one frame a second.
  const auto& attempts = context().kiosk->pinAttempts();
  const int wait = static_cast<int>(std::ceil(attempts.secondsToWait(context().now)));
  if (wait == shown_wait_) return false;
  shown_wait_ = wait;
  return true;
}

void StaffPinScreen::submit() {
  Context& shared = context();
  KioskMode& kiosk = *shared.kiosk;
  auto& attempts = kiosk.pinAttempts();
  if (typed_.empty() || !attempts.allowed(shared.now)) return;
  if (kiosk::staffPinMatches(typed_, kiosk.config().staff_pin_hash)) {
    attempts.right();
    std::fprintf(stderr, "esprit kiosk: staff menu opened\n");
    stack().pop();
    stack().push(ScreenId::kiosk_staff_menu);
  } else {
    attempts.wrong(shared.now);
    std::fprintf(stderr, "esprit kiosk: a wrong staff PIN was typed (%d in a row)\n",
                 attempts.wrongInARow());
    wrong_ = true;
  }
  std::fill(typed_.begin(), typed_.end(), '\0');
  typed_.clear();
}

void StaffPinScreen::buildPad(float key_width, float key_height) {
  Context& shared = context();
  const bool allowed = shared.kiosk->pinAttempts().allowed(shared.now);
  const char* keys[] = {"1", "2", "3", "4", "5", "6", "7", "8", "9", "erase", "0", "ok"};
  const float row_width = key_width * 3.f + ImGui::GetStyle().ItemSpacing.x * 2.f;
  for (int index = 0; index < 12; ++index) {
    if (index % 3 == 0) {
      widgets::centreNext(row_width);
    } else {
      ImGui::SameLine();
    }
    const std::string key = keys[index];
    ImGui::PushID(index);
    std::string label = key;
    widgets::ButtonKind kind = widgets::ButtonKind::secondary;
    if (key == "erase") {
      label = icon::kArrowLeft;
      label += ' ';
      label += shared.text("kiosk.staff.erase");
    }
    if (key == "ok") {
      label = shared.text("common.ok");
      kind = widgets::ButtonKind::primary;
    }
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding,
                        ImVec2(ImGui::GetStyle().FramePadding.x,
                               std::max(0.f, (key_height - ImGui::GetTextLineHeight()) * 0.5f)));
    const bool pressed = allowed && kiosk_widgets::button(shared, label, kind, key_width);
    if (!allowed) widgets::buttonIf(false, label, kind, key_width);
    ImGui::PopStyleVar();
    ImGui::PopID();
    if (!pressed) continue;
    wrong_ = false;
    if (key == "erase") {
      if (!typed_.empty()) typed_.pop_back();
    } else if (key == "ok") {
      submit();
    } else if (typed_.size() < kiosk::kMaximumPinDigits) {
      typed_ += key;
    }
  }
}

void StaffPinScreen::buildInterface() {
  Context& shared = context();
  KioskMode& kiosk = *shared.kiosk;
  const Metrics measure = metrics();
  widgets::beginScreen("##staff-pin");
  const float width = std::min(ImGui::GetContentRegionAvail().x, measure.readingWidth() * 0.7f);
  ImGui::Dummy(ImVec2(0, measure.margin()));
  const std::string title = shared.text("kiosk.staff.pin_title");
  ImGui::PushFont(shared.fonts.heading());
  widgets::centreNext(ImGui::CalcTextSize(title.c_str()).x);
  ImGui::TextUnformatted(title.c_str());
  ImGui::PopFont();

  const auto& attempts = kiosk.pinAttempts();
  const bool no_pin = kiosk.config().staff_pin_hash.empty();
  const std::string message =
      no_pin ? shared.text("kiosk.staff.pin_none")
      : !attempts.allowed(shared.now)
          ? shared.translations.plural(
                "kiosk.staff.pin_wait",
                static_cast<long long>(std::ceil(attempts.secondsToWait(shared.now))))
      : wrong_ ? shared.text("kiosk.staff.pin_wrong")
               : shared.text("kiosk.staff.pin_prompt");
  // Centred while it fits on one line, wrapped at the pad's width otherwise.
  const float message_width = std::min(width, ImGui::CalcTextSize(message.c_str()).x + 1.f);
  widgets::centreNext(message_width);
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + message_width);
  const bool warning = wrong_ || no_pin || !attempts.allowed(shared.now);
  ImGui::PushStyleColor(ImGuiCol_Text, warning ? palette().partial : palette().text);
  ImGui::TextUnformatted(message.c_str());
  ImGui::PopStyleColor();
  ImGui::PopTextWrapPos();

  if (!no_pin) {
    // Typed digits too, from any keyboard layout (text, not key codes).
    for (const ImWchar character : ImGui::GetIO().InputQueueCharacters) {
      if (character >= '0' && character <= '9' && typed_.size() < kiosk::kMaximumPinDigits &&
          attempts.allowed(shared.now)) {
        typed_ += static_cast<char>(character);
        wrong_ = false;
      }
    }
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Backspace)) && !typed_.empty())
      typed_.pop_back();
    if (shared.input.confirm) submit();

    // The PIN as dots, one per digit, never the digits themselves.
    std::string dots;
    for (std::size_t index = 0; index < typed_.size(); ++index) {
      dots += icon::kDot;
      dots += ' ';
    }
    if (dots.empty()) dots = " ";
    ImGui::Dummy(ImVec2(0, measure.gap()));
    ImGui::PushFont(shared.fonts.heading());
    widgets::centreNext(ImGui::CalcTextSize(dots.c_str()).x);
    ImGui::TextUnformatted(dots.c_str());
    ImGui::PopFont();
    ImGui::Dummy(ImVec2(0, measure.gap()));
    buildPad(measure.em * kKeyWidthEms, kiosk_widgets::buttonHeight(shared));
  }

  ImGui::Dummy(ImVec2(0, measure.gap()));
  const std::string cancel = shared.text("kiosk.staff.cancel");
  const float cancel_width =
      measure.em * kKeyWidthEms * 3.f + ImGui::GetStyle().ItemSpacing.x * 2.f;
  widgets::centreNext(cancel_width);
  if (kiosk_widgets::button(shared, cancel, widgets::ButtonKind::secondary, cancel_width)) {
    typed_.clear();
    stack().pop();
  }
  widgets::endScreen();
}

}  // namespace esprit::ui
