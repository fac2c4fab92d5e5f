// Who is playing, on the title screen.
#include "ui/screens/PlayerRow.hpp"

#include "ui/Context.hpp"
#include "ui/ScreenStack.hpp"
#include "ui/Theme.hpp"
#include "ui/Widgets.hpp"

#include <algorithm>

namespace esprit::ui {

std::string playerLabel(const storage::Player& player) {
  return player.class_code.empty() ? player.nickname
                                   : player.nickname + " (" + player.class_code + ")";
}

void buildPlayerRow(Context& context, ScreenStack& stack, float width) {
  // A one-off notice below takes this place until dismissed, so that it is
  // on screen even when the window is short.
  if (!context.records.available() || !context.notice.empty()) return;
  const Metrics measure = metrics();
  ImGui::Dummy(ImVec2(0, measure.gap()));
  const auto& player = context.records.player();
  const std::string line =
      player ? context.translations.format("players.playing_as", {{"name", playerLabel(*player)}})
             : context.text("players.nobody");
  // The line may be wider than the buttons: it wraps only at the window's edge.
  const float line_width =
      std::min(ImGui::CalcTextSize(line.c_str()).x + 1.f, ImGui::GetContentRegionAvail().x);
  widgets::centreNext(line_width);
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + line_width);
  widgets::mutedText(line);
  ImGui::PopTextWrapPos();

  const std::string change = context.text(player ? "players.change" : "players.choose");
  const std::string progress = context.text("history.open");
  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  const float side_by_side =
      widgets::buttonWidth(change) + (player ? spacing + widgets::buttonWidth(progress) : 0.f);
  // Side by side whenever the window has room, even past the main column.
  if (side_by_side <= ImGui::GetContentRegionAvail().x) {
    widgets::centreNext(side_by_side);
    if (widgets::button(change)) stack.push(ScreenId::players);
    if (player) {
      ImGui::SameLine();
      if (widgets::button(progress)) stack.push(ScreenId::history);
    }
  } else {
    // Big text on a narrow window: one button under the other.
    widgets::centreNext(width);
    if (widgets::button(change, widgets::ButtonKind::secondary, width))
      stack.push(ScreenId::players);
    if (player) {
      widgets::centreNext(width);
      if (widgets::button(progress, widgets::ButtonKind::secondary, width))
        stack.push(ScreenId::history);
    }
  }
}

}  // namespace esprit::ui
