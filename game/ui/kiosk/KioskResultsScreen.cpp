// The kiosk's results screen (see KioskResultsScreen.hpp).
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/kiosk/KioskResultsScreen.hpp"

#include "ui/Context.hpp"
#include "ui/Icons.hpp"
#include "ui/ScreenStack.hpp"
#include "ui/Theme.hpp"
#include "ui/Widgets.hpp"
#include "ui/kiosk/KioskMode.hpp"
#include "ui/kiosk/KioskWidgets.hpp"

#include <algorithm>
#include <cmath>

namespace esprit::ui {
namespace {

constexpr double kEntranceSeconds = 0.35;
// Shares of right answers that earn the warmest and the middle words.
constexpr double kGreatShare = 0.8;
constexpr double kGoodShare = 0.5;
constexpr std::size_t kTricksNamed = 4;

}  // namespace

KioskResultsScreen::KioskResultsScreen(ScreenStack& stack, Context& context)
    : ScreenWithId(stack, context) {
  shown_at_ = context.now;
}

bool KioskResultsScreen::isAnimating() const {
  return context().motionProgress(shown_at_, kEntranceSeconds) < 1.f;
}

void KioskResultsScreen::buildInterface() {
  Context& shared = context();
  const Metrics measure = metrics();
  widgets::beginScreen("##kiosk-results");
  if (!shared.round || shared.kiosk == nullptr) {
    widgets::endScreen();
    return;
  }
  const SessionResults results = shared.round->results();
  const float width = std::min(ImGui::GetContentRegionAvail().x, measure.readingWidth());
  ImGui::Dummy(ImVec2(0, measure.margin()));

  // The verdict icon grows in, then the score in words.
  const double share =
      results.answered > 0 ? static_cast<double>(results.correct) / results.answered : 0.0;
  // No red cross at the end of a visit: a low score gets the half mark and
  // kind words, so a visitor leaves wanting another go.
  const widgets::Verdict verdict =
      share >= kGreatShare ? widgets::Verdict::right : widgets::Verdict::partly;
  const float radius = measure.em * 1.8f;
  const float appear = shared.motionProgress(shown_at_, kEntranceSeconds);
  widgets::centreNext(radius * 2.f);
  const ImVec2 corner = ImGui::GetCursorScreenPos();
  widgets::verdictIcon(ImGui::GetWindowDrawList(), ImVec2(corner.x + radius, corner.y + radius),
                       radius, verdict, 1.f - (1.f - appear) * (1.f - appear));
  ImGui::Dummy(ImVec2(radius * 2.f, radius * 2.f));
  ImGui::Dummy(ImVec2(0, measure.gap()));

  ImGui::PushFont(shared.fonts.heading());
  widgets::centredText(shared.translations.format("kiosk.results_score",
                                                  {{"right", std::to_string(results.correct)},
                                                   {"count", std::to_string(results.answered)}}),
                       palette().text, width);
  ImGui::PopFont();
  const char* praise = share >= kGreatShare  ? "kiosk.results_great"
                       : share >= kGoodShare ? "kiosk.results_good"
                                             : "kiosk.results_keep_trying";
  widgets::centredText(shared.text(praise), palette().text, width);
  ImGui::Dummy(ImVec2(0, measure.gap()));

  // Trusting and doubting, in words: what d′ and bias say to a teacher.
  if (results.discernment) {
    const auto& counts = results.discernment->counts;
    if (counts.reals() > 0) {
      widgets::centredText(
          shared.translations.format("kiosk.results_trusted",
                                     {{"right", std::to_string(counts.correct_rejections)},
                                      {"count", std::to_string(counts.reals())}}),
          palette().text, width);
    }
    if (counts.fakes() > 0) {
      widgets::centredText(shared.translations.format("kiosk.results_caught",
                                                      {{"right", std::to_string(counts.hits)},
                                                       {"count", std::to_string(counts.fakes())}}),
                           palette().text, width);
    }
    if (counts.reals() > 0 && counts.fakes() > 0) {
      widgets::centredText(shared.text("kiosk.results_both_count"), palette().muted_text, width);
    }
    if (counts.false_alarms > 0 && counts.false_alarms >= counts.misses) {
      widgets::centredText(shared.text("kiosk.results_too_doubtful"), palette().partial, width);
    }
    ImGui::Dummy(ImVec2(0, measure.gap()));
  }

  if (!results.techniques.empty()) {
    // A few names read at a glance; a long list would not be read at all.
    std::string met;
    std::size_t named = 0;
    for (const auto& technique : results.techniques) {
      if (named++ == kTricksNamed) {
        met += " …";
        break;
      }
      const auto* described =
          shared.taxonomy.describe(technique.technique, shared.translations.language());
      if (!met.empty()) met += " · ";
      met += described ? described->name : technique.technique;
    }
    ImGui::PushFont(shared.fonts.bold());
    widgets::centredText(shared.text("kiosk.results_tricks"), palette().text, width);
    ImGui::PopFont();
    widgets::centredText(met, palette().text, width);
    ImGui::Dummy(ImVec2(0, measure.gap()));
  }

  const std::string again = shared.text("kiosk.play_again") + "  " + icon::kArrowRight;
  const float button_width = std::max(widgets::buttonWidth(again), measure.em * 14.f);
  // "Play again" and the line under it sit at the bottom, where a visitor's
  // hand goes, and never below it: long words (German) or a warning about
  // doubting everything push the text above, not the button off the screen.
  const float bottom_block = kiosk_widgets::buttonHeight(shared) + measure.gap() +
                             ImGui::GetTextLineHeightWithSpacing() * 2.f;
  const float bottom_top =
      ImGui::GetWindowHeight() - ImGui::GetStyle().WindowPadding.y - bottom_block;
  ImGui::SetCursorPosY(std::max(ImGui::GetCursorPosY() + measure.gap(), bottom_top));
  widgets::centreNext(button_width);
  if (kiosk_widgets::button(shared, again, widgets::ButtonKind::primary, button_width) ||
      shared.input.confirm) {
    stack().pop();
    shared.kiosk->startRound(shared, stack());
  }
  ImGui::Dummy(ImVec2(0, measure.gap()));
  widgets::centredText(shared.text("kiosk.walk_away"), palette().muted_text, width);
  widgets::endScreen();
}

}  // namespace esprit::ui
