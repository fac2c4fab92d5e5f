// The player screen: a new nickname, the list of players, deleting one.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/screens/PlayerScreen.hpp"

#include "ui/Context.hpp"
#include "ui/PlayFlow.hpp"
#include "ui/Icons.hpp"
#include "ui/ScreenStack.hpp"
#include "ui/Theme.hpp"
#include "ui/Widgets.hpp"
#include "ui/screens/BackHeader.hpp"
#include "ui/screens/PlayerRow.hpp"
#include "ui/screens/ScreenLayout.hpp"

#include <imgui_stdlib.h>

#include <algorithm>
#include <cctype>
#include <utility>

namespace esprit::ui {
namespace {

std::string trimmed(const std::string& text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return {};
  return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

std::size_t characterCount(const std::string& text) {
  // UTF-8: count every byte that does not continue a character.
  return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char byte) {
    return (static_cast<unsigned char>(byte) & 0xC0) != 0x80;
  }));
}

// The store's own rule: the same name ignoring the case of unaccented letters.
bool sameName(const std::string& left, const std::string& right) {
  return left.size() == right.size() &&
         std::equal(left.begin(), left.end(), right.begin(), [](char a, char b) {
           return std::tolower(static_cast<unsigned char>(a)) ==
                  std::tolower(static_cast<unsigned char>(b));
         });
}

// The first UTF-8 character, so "Élodie" gives "É", not half of it.
std::string firstCharacter(const std::string& text) {
  std::size_t length = 1;
  while (length < text.size() && (static_cast<unsigned char>(text[length]) & 0xC0) == 0x80)
    ++length;
  return text.substr(0, length);
}

}  // namespace

PlayerScreen::PlayerScreen(ScreenStack& stack, Context& context) : ScreenWithId(stack, context) {
  reload();
}

void PlayerScreen::reload() {
  players_.clear();
  if (auto* store = context().records.store()) {
    if (auto listed = store->listPlayers()) players_ = std::move(listed).value();
  }
}

void PlayerScreen::leave() {
  context().after_player = {};
  stack().pop();
}

void PlayerScreen::choose(const storage::Player& player) {
  Context& shared = context();
  shared.records.choosePlayer(player);
  stack().pop();
  const AfterPlayerChoice next = std::exchange(shared.after_player, {});
  if (next.play_pack) {
    playPack(shared, stack(), next.play_pack);
    return;
  }
  if (next.open_chooser) stack().push(ScreenId::pack_chooser);
  // The resume offer goes on top, so "Not now" lands where the player was going.
  offerResume(shared, stack());
}

void PlayerScreen::submitNickname() {
  Context& shared = context();
  const std::string nickname = trimmed(nickname_);
  const std::string class_code = trimmed(class_code_);
  if (nickname.empty()) {
    message_ = shared.text("players.need_nickname");
    return;
  }
  if (characterCount(nickname) > storage::kMaxNicknameCharacters ||
      characterCount(class_code) > storage::kMaxClassCodeCharacters) {
    message_ = shared.translations.format(
        "players.too_long", {{"nickname", std::to_string(storage::kMaxNicknameCharacters)},
                             {"class", std::to_string(storage::kMaxClassCodeCharacters)}});
    return;
  }
  // Typing your own name again simply picks you.
  for (const auto& player : players_) {
    if (sameName(player.nickname, nickname) && sameName(player.class_code, class_code)) {
      choose(player);
      return;
    }
  }
  auto* store = shared.records.store();
  if (store == nullptr) return;
  auto created = store->createPlayer(nickname, class_code);
  if (!created) {
    message_ =
        shared.translations.format("players.not_created", {{"detail", created.error().message}});
    return;
  }
  choose(*created);
}

void PlayerScreen::buildNewPlayer(float width) {
  Context& shared = context();
  const Palette& colours = palette();
  const Metrics measure = metrics();
  beginHeadedCard(width,
                  shared.text(players_.empty() ? "players.first_time" : "players.new_player"));
  const float field_width = width - measure.em * 1.8f;

  ImGui::PushFont(shared.fonts.bold());
  widgets::wrappedText(shared.text("players.nickname"));
  ImGui::PopFont();
  if (focus_nickname_) {
    ImGui::SetKeyboardFocusHere();
    focus_nickname_ = false;
  }
  ImGui::SetNextItemWidth(field_width);
  const bool entered_name =
      ImGui::InputTextWithHint("##nickname", shared.text("players.nickname_hint").c_str(),
                               &nickname_, ImGuiInputTextFlags_EnterReturnsTrue);
  widgets::focusRingForLastItem();

  ImGui::PushFont(shared.fonts.bold());
  widgets::wrappedText(shared.text("players.class_code"));
  ImGui::PopFont();
  ImGui::SetNextItemWidth(field_width);
  const bool entered_class =
      ImGui::InputTextWithHint("##class", shared.text("players.class_code_hint").c_str(),
                               &class_code_, ImGuiInputTextFlags_EnterReturnsTrue);
  widgets::focusRingForLastItem();
  widgets::mutedText(shared.text("players.privacy"));
  if (!message_.empty()) widgets::coloredWrappedText(colours.wrong, message_);
  ImGui::Spacing();
  const std::string start = shared.text("players.start") + "  " + icon::kArrowRight;
  if (widgets::button(start, widgets::ButtonKind::primary) || entered_name || entered_class)
    submitNickname();
  widgets::endCard();
}

void PlayerScreen::buildPlayerList(float width) {
  Context& shared = context();
  const Metrics measure = metrics();
  if (players_.empty()) return;
  ImGui::Dummy(ImVec2(0, measure.gap()));
  widgets::heading(shared.text("players.pick_yourself"));
  const std::string remove = shared.text("players.delete");
  const float remove_width = widgets::buttonWidth(remove);
  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  const auto& current = shared.records.player();
  for (const auto& player : players_) {
    ImGui::PushID(static_cast<int>(player.id));
    const bool chosen = current && current->id == player.id;
    // The badge shows the name's first letter, like an avatar (digits typed
    // here go to the nickname field, so a number would mislead).
    const std::string badge = firstCharacter(player.nickname);
    if (widgets::choiceCard("##player", badge, playerLabel(player), chosen, widgets::Marker::radio,
                            width - remove_width - spacing)) {
      choose(player);
    }
    ImGui::SameLine();
    const float card_height = ImGui::GetItemRectSize().y;
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + (card_height - measure.touchTarget()) * 0.5f);
    if (widgets::button(remove, widgets::ButtonKind::secondary, remove_width)) {
      to_delete_ = player;
      open_delete_dialog_ = true;
    }
    ImGui::PopID();
  }
}

void PlayerScreen::buildDeleteDialog() {
  Context& shared = context();
  const Metrics measure = metrics();
  if (!beginDialog("##delete-player", std::exchange(open_delete_dialog_, false),
                   ImVec2(std::min(ImGui::GetIO().DisplaySize.x * 0.9f, measure.em * 30.f), 0))) {
    return;
  }
  const std::string name = to_delete_ ? playerLabel(*to_delete_) : std::string();
  widgets::heading(shared.translations.format("players.delete_question", {{"name", name}}));
  widgets::wrappedText(shared.text("players.delete_explained"));
  ImGui::Spacing();
  const float half = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
  // Enter and Escape both keep the player: deleting takes a deliberate tap.
  if (widgets::button(shared.text("players.keep"), widgets::ButtonKind::primary, half) ||
      shared.input.dialog_confirm || shared.input.dialog_back) {
    to_delete_.reset();
    focus_nickname_ = true;
    ImGui::CloseCurrentPopup();
  }
  ImGui::SameLine();
  if (widgets::button(shared.text("players.delete_confirm"), widgets::ButtonKind::secondary,
                      half) &&
      to_delete_) {
    if (auto* store = shared.records.store()) {
      if (auto deleted = store->deletePlayer(to_delete_->id); !deleted) {
        message_ = shared.translations.format("players.not_deleted",
                                              {{"detail", deleted.error().message}});
      } else if (shared.records.player() && shared.records.player()->id == to_delete_->id) {
        shared.records.forgetPlayer();
      }
    }
    to_delete_.reset();
    reload();
    focus_nickname_ = true;
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
}

void PlayerScreen::buildInterface() {
  Context& shared = context();
  const Metrics measure = metrics();
  widgets::beginScreen("##players");
  if (backHeader(shared, shared.text("players.title"))) leave();

  const float width = beginReadingColumn(shared, "##player-list");
  buildNewPlayer(width);
  buildPlayerList(width);
  ImGui::Dummy(ImVec2(0, measure.gap()));
  widgets::mutedText(shared.text("players.teacher_hint"));
  if (widgets::button(shared.text("report.open"))) stack().push(ScreenId::class_report);
  endReadingColumn();
  buildDeleteDialog();
  widgets::endScreen();
}

}  // namespace esprit::ui
