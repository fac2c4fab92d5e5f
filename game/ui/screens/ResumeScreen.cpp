// The offer to carry on an unfinished round.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/screens/ResumeScreen.hpp"

#include "ui/Context.hpp"
#include "ui/PlayFlow.hpp"
#include "ui/Icons.hpp"
#include "ui/ScreenStack.hpp"
#include "ui/Theme.hpp"
#include "ui/Widgets.hpp"
#include "ui/screens/BackHeader.hpp"

#include <algorithm>

namespace esprit::ui {

void ResumeScreen::carryOn() {
  Context& shared = context();
  stack().pop();
  if (!resumeOffered(shared)) {
    shared.notice = shared.text("resume.failed");
    return;
  }
  stack().push(shared.round->finished() ? ScreenId::results : ScreenId::play);
}

void ResumeScreen::startAgain() {
  Context& shared = context();
  if (!shared.resume_offer) return;
  auto pack = shared.resume_offer->pack;
  shared.records.abandon(shared.resume_offer->session.id);
  shared.resume_offer.reset();
  stack().pop();
  if (shared.startRound(std::move(pack))) stack().push(ScreenId::play);
}

void ResumeScreen::later() {
  context().resume_offer.reset();
  stack().pop();
}

void ResumeScreen::buildInterface() {
  Context& shared = context();
  const Palette& colours = palette();
  const Metrics measure = metrics();
  widgets::beginScreen("##resume");
  if (!shared.resume_offer) {
    widgets::endScreen();
    stack().pop();
    return;
  }
  const auto& offer = shared.resume_offer->session;
  const std::string& title = shared.resume_offer->pack->result.pack->metadata.title;
  const bool go_back = backHeader(shared, shared.text("resume.title"));

  const float width = std::min(ImGui::GetContentRegionAvail().x, measure.readingWidth());
  ImGui::Dummy(ImVec2(0, measure.gap()));
  widgets::centreNext(width);
  ImGui::BeginGroup();
  widgets::beginCard(width, colours.card, colours.card_border);
  ImGui::PushFont(shared.fonts.bold());
  widgets::wrappedText(title);
  ImGui::PopFont();
  widgets::wrappedText(shared.translations.format(
      "resume.progress", {{"answered", std::to_string(offer.answered)},
                          {"total", std::to_string(offer.planned_questions)},
                          {"right", std::to_string(offer.correct)}}));
  widgets::mutedText(shared.text("resume.explained"));
  // The progress so far, as a bar as well as in words.
  const float fraction =
      offer.planned_questions > 0
          ? std::clamp(static_cast<float>(offer.answered) / offer.planned_questions, 0.f, 1.f)
          : 0.f;
  const ImVec2 start = ImGui::GetCursorScreenPos();
  const float bar_width = width - measure.em * 1.8f;
  const float bar_height = measure.em * 0.5f;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(start, ImVec2(start.x + bar_width, start.y + bar_height),
                      toU32(colours.secondary), bar_height);
  draw->AddRectFilled(start, ImVec2(start.x + bar_width * fraction, start.y + bar_height),
                      toU32(colours.primary), bar_height);
  ImGui::Dummy(ImVec2(bar_width, bar_height));
  widgets::endCard();
  ImGui::Dummy(ImVec2(0, measure.gap()));

  const std::string carry_on = shared.text("resume.carry_on") + "  " + icon::kArrowRight;
  if (widgets::button(carry_on, widgets::ButtonKind::primary, width) || shared.input.confirm) {
    carryOn();
  } else if (widgets::button(shared.text("resume.start_again"), widgets::ButtonKind::secondary,
                             width)) {
    startAgain();
  } else if (widgets::button(shared.text("resume.later"), widgets::ButtonKind::secondary, width) ||
             go_back) {
    later();
  }
  ImGui::EndGroup();
  widgets::endScreen();
}

}  // namespace esprit::ui
