// The play screen: scenario beside (or above) the question, and answering.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/screens/PlayScreen.hpp"

#include "core/SpokenText.hpp"
#include "ui/Context.hpp"
#include "ui/Icons.hpp"
#include "ui/ReadAloud.hpp"
#include "ui/ScreenStack.hpp"
#include "ui/Theme.hpp"
#include "ui/Widgets.hpp"
#include "ui/screens/ScreenLayout.hpp"

#include <imgui_internal.h>

#include <algorithm>

namespace esprit::ui {
namespace {

constexpr double kQuestionEntranceSeconds = 0.25;

}  // namespace

PlayScreen::PlayScreen(ScreenStack& stack, Context& context) : ScreenWithId(stack, context) {
  startQuestion();
}

void PlayScreen::startQuestion() {
  const play::Round& round = *context().round;
  if (round.finished()) return;
  question_position_ = round.position();
  input_.reset(round.currentQuestion(), round.optionOrder(), round.asksConfidence());
  question_shown_at_ = context().now;
  tapped_outside_ = false;
  auto_read_pending_ = true;
  widgets::hideKeyboardFocus();
}

std::string PlayScreen::textToRead() {
  Context& shared = context();
  const play::Round& round = *shared.round;
  if (round.finished()) return {};
  SpokenQuestionParts parts;
  parts.number = round.position() + 1;
  parts.total = round.questionCount();
  parts.shown_order = input_.shownOrder();
  parts.asks_confidence = round.asksConfidence();
  return spokenQuestion(round.currentQuestion(), round.currentScenario(), parts,
                        readingWords(shared));
}

void PlayScreen::onRevealed() {
  // Back from the feedback screen: the session has moved on (or finished).
  const play::Round& round = *context().round;
  if (round.finished()) {
    stack().pop();
    stack().push(ScreenId::results);
    return;
  }
  if (round.position() != question_position_) startQuestion();
}

bool PlayScreen::isAnimating() const {
  return context().motionProgress(question_shown_at_, kQuestionEntranceSeconds) < 1.f;
}

void PlayScreen::buildScenario(float width) {
  const auto shown_at = showRoundScenario(context(), scenario_view_, width);
  if (!shown_at) return;
  const ImVec2 origin = *shown_at;
  const Question& question = context().round->currentQuestion();
  if (question.type != QuestionType::hotspot) return;

  // Hotspot: a tap picks the region under it (the renderer's own hit test);
  // each region is also a focusable button so the keyboard can pick it.
  const Palette& colours = palette();
  const Metrics measure = metrics();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec2 after_image = ImGui::GetCursorScreenPos();
  bool any_region_hovered = false;
  for (const auto& region : question.regions) {
    const auto bounds = scenario_view_.regionOnScreen(region);
    if (!bounds) continue;
    ImGui::SetCursorScreenPos(bounds->Min);
    ImGui::PushID(region.id.c_str());
    const bool pressed = ImGui::InvisibleButton("##region", bounds->GetSize());
    const bool focused = ImGui::IsItemFocused() && ImGui::GetIO().NavVisible;
    any_region_hovered = any_region_hovered || ImGui::IsItemHovered();
    widgets::handCursorForLastItem();
    ImGui::PopID();
    if (pressed) {
      const bool by_mouse = ImGui::IsMouseReleased(ImGuiMouseButton_Left) ||
                            ImGui::IsMouseClicked(ImGuiMouseButton_Left);
      const HotspotRegion* picked =
          by_mouse ? scenario_view_.regionAtScreenPoint(question.regions, ImGui::GetIO().MousePos)
                   : &region;
      if (picked != nullptr) input_.chooseRegion(picked->id);
      tapped_outside_ = false;
    }
    const bool chosen = input_.chosenRegion() == region.id;
    if (chosen || focused) {
      const float thickness = measure.focusThickness() * (chosen ? 1.5f : 1.f);
      draw->AddRect(ImVec2(bounds->Min.x - thickness, bounds->Min.y - thickness),
                    ImVec2(bounds->Max.x + thickness, bounds->Max.y + thickness),
                    toU32(chosen ? colours.accent : colours.focus), measure.rounding() * 0.5f, 0,
                    thickness);
    }
  }
  // A tap on the scenario away from every region: say so, gently.
  const ImRect image(
      origin, ImVec2(origin.x + scenario_view_.size().x, origin.y + scenario_view_.size().y));
  if (!any_region_hovered && ImGui::IsMouseClicked(ImGuiMouseButton_Left) &&
      ImGui::IsWindowHovered() && image.Contains(ImGui::GetIO().MousePos)) {
    tapped_outside_ =
        scenario_view_.regionAtScreenPoint(question.regions, ImGui::GetIO().MousePos) == nullptr;
  }
  ImGui::SetCursorScreenPos(after_image);
  ImGui::Dummy(ImVec2(0, 0));
}

void PlayScreen::buildPrompt(float width) {
  const Question& question = context().round->currentQuestion();
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
  widgets::heading(question.prompt);
  ImGui::PopTextWrapPos();
  ImGui::Dummy(ImVec2(0, metrics().gap() * 0.5f));
}

void PlayScreen::buildQuestion(float width, bool with_prompt) {
  Context& shared = context();
  const Question& question = shared.round->currentQuestion();
  if (with_prompt) buildPrompt(width);
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
  input_.build(shared, question, width);
  if (tapped_outside_ && question.type == QuestionType::hotspot) {
    widgets::coloredWrappedText(palette().partial, shared.text("answer.tapped_outside"));
  }
  ImGui::PopTextWrapPos();
}

void PlayScreen::submit() {
  Context& shared = context();
  if (!input_.ready() || shared.round->currentAnswered()) return;
  if (shared.answerQuestion(input_.answer(shared.now - question_shown_at_))) {
    stack().push(ScreenId::feedback);
  }
}

void PlayScreen::buildInterface() {
  Context& shared = context();
  const play::Round& round = *shared.round;
  widgets::beginScreen("##play");
  if (round.finished() || round.currentAnswered()) {
    widgets::endScreen();
    return;
  }
  bool read_pressed = false;
  if (roundHeader(shared, shared.input.back, &read_pressed)) {
    stack().pop();
    widgets::endScreen();
    return;
  }
  if (read_pressed) toggleReading(shared, textToRead(), readingLanguage(shared));
  // Auto-read starts here, once the screen is shown: changing screens stops the voice.
  if (auto_read_pending_) {
    auto_read_pending_ = false;
    if (shared.settings.auto_read && shared.settings.read_aloud && shared.speaker &&
        shared.speaker->problem() == speech::SpeechProblem::none)
      shared.speaker->say(textToRead(), readingLanguage(shared));
  }
  const Metrics measure = metrics();
  // The new question slides up a little as it arrives.
  const float appear = shared.motionProgress(question_shown_at_, kQuestionEntranceSeconds);
  ImGui::SetCursorPosY(ImGui::GetCursorPosY() + (1.f - appear) * measure.em);

  const bool has_scenario = round.currentScenario() != nullptr;
  const ColumnLayout columns = splitColumns(has_scenario);
  const float full = beginRoundBody(shared, columns, "##question", [this](float scenario_width) {
    buildScenario(scenario_width);
  });
  if (columns.two_columns) {
    buildQuestion(full, true);
  } else {
    // Stacked: the question comes first, so it is seen before any scrolling.
    buildPrompt(full);
    if (has_scenario) {
      const float width = std::min(full, measure.readingWidth());
      widgets::centreNext(width);
      buildScenario(width);
      ImGui::Dummy(ImVec2(0, measure.gap()));
    }
    buildQuestion(full, false);
  }
  ImGui::EndChild();

  // The action bar: Check, on the right, always in the same place.
  const std::string check = shared.text("play.check") + "  " + icon::kArrowRight;
  const float check_width = std::max(widgets::buttonWidth(check), measure.em * 12.f);
  const float bar_top =
      ImGui::GetWindowHeight() - ImGui::GetStyle().WindowPadding.y - measure.touchTarget();
  if (!input_.ready()) {
    ImGui::SetCursorPosY(bar_top + (measure.touchTarget() - ImGui::GetTextLineHeight()) * 0.5f);
    ImGui::PushTextWrapPos(ImGui::GetWindowContentRegionMax().x - check_width - measure.em);
    widgets::mutedText(shared.text("play.pick_first"));
    ImGui::PopTextWrapPos();
  }
  ImGui::SetCursorPos(ImVec2(ImGui::GetWindowContentRegionMax().x - check_width, bar_top));
  if (widgets::buttonIf(input_.ready(), check, widgets::ButtonKind::primary, check_width) ||
      (shared.input.check && input_.ready())) {
    submit();
  }
  widgets::endScreen();
}

}  // namespace esprit::ui
