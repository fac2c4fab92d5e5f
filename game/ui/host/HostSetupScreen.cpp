// Choosing what to host, then starting the session.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/host/HostSetupScreen.hpp"

#include "core/AssetPaths.hpp"
#include "ui/Context.hpp"
#include "ui/ScreenStack.hpp"
#include "ui/Theme.hpp"
#include "ui/Widgets.hpp"
#include "ui/host/ClassHosting.hpp"
#include "ui/screens/BackHeader.hpp"
#include "ui/screens/ScreenLayout.hpp"

#include <imgui.h>

#include <algorithm>

namespace esprit::ui {
namespace {

constexpr std::size_t kQuestionChoices[] = {5, 10, 20, 0};  // 0: the whole pack
constexpr int kCountdownChoices[] = {0, 20, 30, 60};        // seconds; 0: no timer

}  // namespace

void HostSetupScreen::start() {
  Context& shared = context();
  std::shared_ptr<const PackEntry> entry;
  for (const auto& candidate : shared.packs->entries()) {
    if (candidate->location.string() == chosen_location_ && candidate->result.usable())
      entry = candidate;
  }
  if (!entry) {
    problem_ = shared.text("host.choose_pack");
    return;
  }
  host::ClassSessionOptions options;
  options.pack = entry;
  options.taxonomy = &shared.taxonomy;
  options.class_code = class_code_;
  options.question_limit = kQuestionChoices[question_choice_];
  options.teams = teams_;
  options.leaderboard = leaderboard_;
  options.countdown_seconds = kCountdownChoices[countdown_choice_];
  options.data_folder = userDataDirectory();
  options.http.asset_directory = assetDirectory();
  auto hosting = startHosting(std::move(options), entry->result.pack->folder,
                              entry->result.pack->metadata.language);
  if (!hosting) {
    problem_ =
        shared.translations.format("host.cannot_start", {{"detail", hosting.error().message}});
    return;
  }
  shared.class_hosting = std::move(hosting).value();
  stack().pop();
  stack().push(ScreenId::host_game);
}

void HostSetupScreen::buildInterface() {
  Context& shared = context();
  const Metrics measure = metrics();
  widgets::beginScreen("##host-setup");
  if (backHeader(shared, shared.text("host.setup_title"))) {
    widgets::endScreen();
    stack().pop();
    return;
  }
  const float body_height = ImGui::GetContentRegionAvail().y - actionBarHeight();
  ImGui::BeginChild("##setup", ImVec2(0, body_height), false, ImGuiWindowFlags_NavFlattened);
  scrollWithKeysAndTouch(shared);
  const float width = std::min(ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ScrollbarSize,
                               measure.readingWidth());
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
  widgets::wrappedText(shared.text("host.setup_intro"));
  ImGui::Dummy(ImVec2(0, measure.gap()));
  widgets::boldText(shared.text("host.pack"));
  for (const auto& entry : shared.packs->entries()) {
    if (!entry->result.usable()) continue;
    const auto& pack = *entry->result.pack;
    const std::string location = entry->location.string();
    if (chosen_location_.empty()) chosen_location_ = location;
    const std::string text =
        pack.metadata.title + "  (" +
        shared.translations.plural("chooser.questions",
                                   static_cast<long long>(pack.questions.size())) +
        ")";
    // The badge says the pack's language: a class plays in one.
    const std::string badge = pack.metadata.language.substr(0, 2);
    if (widgets::choiceCard(("##pack" + location).c_str(), badge, text,
                            location == chosen_location_, widgets::Marker::radio, width)) {
      chosen_location_ = location;
    }
  }
  ImGui::Dummy(ImVec2(0, measure.gap()));
  widgets::boldText(shared.text("chooser.round_length"));
  for (int index = 0; index < 4; ++index) {
    const std::size_t count = kQuestionChoices[index];
    const std::string label =
        count == 0 ? shared.text("chooser.all_questions") : std::to_string(count);
    if (index > 0) ImGui::SameLine();
    if (widgets::button(label,
                        index == question_choice_ ? widgets::ButtonKind::primary
                                                  : widgets::ButtonKind::secondary,
                        measure.em * 5)) {
      question_choice_ = index;
    }
  }
  ImGui::Dummy(ImVec2(0, measure.gap()));
  widgets::boldText(shared.text("host.countdown"));
  widgets::mutedText(shared.text("host.countdown_help"));
  for (int index = 0; index < 4; ++index) {
    const int seconds = kCountdownChoices[index];
    const std::string label =
        seconds == 0
            ? shared.text("host.no_timer")
            : shared.translations.format("host.seconds", {{"seconds", std::to_string(seconds)}});
    if (index > 0) ImGui::SameLine();
    ImGui::PushID(index);
    if (widgets::button(label,
                        index == countdown_choice_ ? widgets::ButtonKind::primary
                                                   : widgets::ButtonKind::secondary,
                        measure.em * 5)) {
      countdown_choice_ = index;
    }
    ImGui::PopID();
  }
  ImGui::Dummy(ImVec2(0, measure.gap()));
  widgets::toggleCard("##teams", shared.text("host.teams"), shared.text("host.teams_help"), teams_,
                      width, shared.fonts.bold());
  widgets::toggleCard("##leaderboard", shared.text("host.leaderboard_toggle"),
                      shared.text("host.leaderboard_help"), leaderboard_, width,
                      shared.fonts.bold());
  ImGui::Dummy(ImVec2(0, measure.gap()));
  widgets::boldText(shared.text("host.class_code"));
  widgets::mutedText(shared.text("host.class_code_help"));
  ImGui::SetNextItemWidth(measure.em * 12);
  ImGui::InputText("##class-code", class_code_, sizeof class_code_);
  if (!problem_.empty()) {
    ImGui::Dummy(ImVec2(0, measure.gap()));
    widgets::coloredWrappedText(palette().wrong, problem_);
  }
  ImGui::PopTextWrapPos();
  ImGui::EndChild();

  const std::string label = shared.text("host.open_lobby");
  const float button_width = std::max(widgets::buttonWidth(label), measure.em * 12.f);
  ImGui::SetCursorPos(
      ImVec2(ImGui::GetWindowContentRegionMax().x - button_width,
             ImGui::GetWindowHeight() - ImGui::GetStyle().WindowPadding.y - measure.touchTarget()));
  if (widgets::button(label, widgets::ButtonKind::primary, button_width) || shared.input.confirm)
    start();
  widgets::endScreen();
}

}  // namespace esprit::ui
