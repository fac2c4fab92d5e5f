// Who is playing, on the title screen.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/screens/PlayerRow.hpp"

#include "ui/Context.hpp"
#include "ui/Icons.hpp"
#include "ui/ScreenStack.hpp"
#include "ui/Theme.hpp"
#include "ui/Widgets.hpp"

#include <algorithm>
#include <vector>

namespace esprit::ui {

std::string playerLabel(const storage::Player& player) {
  return player.class_code.empty() ? player.nickname
                                   : player.nickname + " (" + player.class_code + ")";
}

bool buildPlayerRow(Context& context, ScreenStack& stack, float width,
                    const std::string& review) {
  // A one-off notice below takes this place until dismissed, so that it is
  // on screen even when the window is short.
  if (!context.records.available() || !context.notice.empty()) return false;
  const Metrics measure = metrics();
  ImGui::Dummy(ImVec2(0, measure.gap()));
  const auto& player = context.records.player();
  const std::string line =
      player ? context.translations.format("players.playing_as", {{"name", playerLabel(*player)}})
             : context.text("players.nobody");
  // The line may be wider than the buttons: it wraps only at the window's
  // edge, each of its lines centred under the buttons.
  widgets::centredText(line, palette().muted_text, ImGui::GetContentRegionAvail().x);

  // The player's own buttons: the review that is due (it matters most, so it
  // comes first and stands out), changing player, their progress.
  struct RowButton {
    std::string label;
    widgets::ButtonKind kind;
  };
  std::vector<RowButton> buttons;
  if (player && !review.empty()) {
    buttons.push_back({std::string(icon::kStar) + " " + review, widgets::ButtonKind::primary});
  }
  buttons.push_back({context.text(player ? "players.change" : "players.choose"),
                     widgets::ButtonKind::secondary});
  if (player) buttons.push_back({context.text("history.open"), widgets::ButtonKind::secondary});

  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  float side_by_side = -spacing;
  for (const auto& button : buttons) side_by_side += widgets::buttonWidth(button.label) + spacing;
  // Side by side whenever the window has room, even past the main column;
  // with big text on a narrow window, one under the other.
  const bool in_a_row = side_by_side <= ImGui::GetContentRegionAvail().x;
  if (in_a_row) widgets::centreNext(side_by_side);
  std::size_t pressed = buttons.size();
  for (std::size_t index = 0; index < buttons.size(); ++index) {
    if (in_a_row && index > 0) ImGui::SameLine();
    if (!in_a_row) widgets::centreNext(width);
    if (widgets::button(buttons[index].label, buttons[index].kind, in_a_row ? 0.f : width))
      pressed = index;
  }
  if (pressed == buttons.size()) return false;
  const bool has_review = player && !review.empty();
  if (has_review && pressed == 0) return true;
  const std::size_t change = has_review ? 1 : 0;
  stack.push(pressed == change ? ScreenId::players : ScreenId::history);
  return false;
}

}  // namespace esprit::ui
