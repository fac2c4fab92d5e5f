// The speaker button and the voice's start, stop and problems.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ReadAloud.hpp"

#include "core/AssetPaths.hpp"
#include "ui/Context.hpp"
#include "ui/Theme.hpp"
#include "ui/Widgets.hpp"

#include <imgui.h>

#include <algorithm>

namespace esprit::ui {
namespace {

constexpr const char* kProblemDialog = "##speech-problem";
// Each sound wave spans about a third of a circle.
constexpr float kHalfWaveAngle = 0.94f;

// A loudspeaker (box and cone) with two sound waves, or a stop square.
void drawSpeakerSymbol(ImDrawList* draw, ImVec2 centre, float size, bool speaking, ImU32 ink) {
  const float half = size * 0.5f;
  if (speaking) {
    const float side = size * 0.34f;
    draw->AddRectFilled(ImVec2(centre.x - side, centre.y - side),
                        ImVec2(centre.x + side, centre.y + side), ink, size * 0.06f);
    return;
  }
  const float left = centre.x - half;
  const ImVec2 cone[] = {ImVec2(left, centre.y - size * 0.16f),
                         ImVec2(left + size * 0.22f, centre.y - size * 0.16f),
                         ImVec2(left + size * 0.5f, centre.y - size * 0.42f),
                         ImVec2(left + size * 0.5f, centre.y + size * 0.42f),
                         ImVec2(left + size * 0.22f, centre.y + size * 0.16f),
                         ImVec2(left, centre.y + size * 0.16f)};
  draw->AddConvexPolyFilled(cone, 6, ink);
  const float line = std::max(1.5f, size * 0.08f);
  const ImVec2 wave_centre(left + size * 0.5f, centre.y);
  for (const float radius : {size * 0.22f, size * 0.42f}) {
    draw->PathArcTo(wave_centre, radius, -kHalfWaveAngle, kHalfWaveAngle, 12);
    draw->PathStroke(ink, 0, line);
  }
}

std::string buttonLabel(const Context& context) {
  const bool speaking = context.speaker && context.speaker->speaking();
  return context.text(speaking ? "read.stop" : "read.button");
}

}  // namespace

std::string readingLanguage(const Context& context) {
  std::string language = context.translations.language();
  if (context.round) {
    const std::string& pack = context.round->pack().metadata.language;
    if (!pack.empty()) language = pack;
  }
  return language.substr(0, language.find_first_of("-_"));
}

const Translations& readingWords(Context& context) {
  const std::string language = readingLanguage(context);
  if (language == context.translations.language()) return context.translations;
  if (context.reading_words_for != language) {
    context.reading_words = Translations::load(assetDirectory() / "i18n", language);
    context.reading_words_for = language;
  }
  // A language without a table of its own reads with the interface's words.
  return context.reading_words.language() == language ? context.reading_words
                                                      : context.translations;
}

void toggleReading(Context& context, const std::string& text, const std::string& language) {
  if (!context.speaker) return;
  if (context.speaker->speaking()) {
    context.speaker->stop();
    return;
  }
  if (context.speaker->problem() != speech::SpeechProblem::none) {
    context.speech_problem_shown = true;
    return;
  }
  if (!text.empty()) context.speaker->say(text, language);
}

float readAloudButtonWidth(const Context& context) {
  const Metrics measure = metrics();
  return widgets::buttonWidth(buttonLabel(context)) + measure.em * 1.6f;
}

bool readAloudButton(Context& context) {
  if (!context.settings.read_aloud) return false;
  const Metrics measure = metrics();
  const bool speaking = context.speaker && context.speaker->speaking();
  // Spaces keep room for the symbol drawn at the start of the button.
  const std::string label = "      " + buttonLabel(context) + "##read-aloud";
  const float width = readAloudButtonWidth(context);
  const bool pressed = widgets::button(label, widgets::ButtonKind::secondary, width);
  const ImVec2 min = ImGui::GetItemRectMin();
  const ImVec2 max = ImGui::GetItemRectMax();
  const float symbol = measure.em * 1.1f;
  drawSpeakerSymbol(
      ImGui::GetWindowDrawList(),
      ImVec2(min.x + ImGui::GetStyle().FramePadding.x + symbol * 0.5f, (min.y + max.y) * 0.5f),
      symbol, speaking, toU32(palette().text));
  return pressed;
}

void showSpeechProblem(Context& context) {
  if (context.speech_problem_shown) {
    ImGui::OpenPopup(kProblemDialog);
    context.speech_problem_shown = false;
  }
  const Metrics measure = metrics();
  ImGui::SetNextWindowSize(
      ImVec2(std::min(ImGui::GetIO().DisplaySize.x * 0.9f, measure.em * 30.f), 0));
  if (ImGui::BeginPopupModal(kProblemDialog, nullptr,
                             ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoMove |
                                 ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoSavedSettings)) {
    const bool missing =
        context.speaker && context.speaker->problem() == speech::SpeechProblem::not_installed;
    widgets::wrappedText(
        missing ? context.text("read.missing")
                : context.translations.format(
                      "read.no_voice",
                      {{"detail", context.speaker ? context.speaker->problemDetail() : ""}}));
    if (widgets::button(context.text("common.ok"), widgets::ButtonKind::primary) ||
        context.input.dialog_confirm || context.input.dialog_back) {
      ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
  }
}

}  // namespace esprit::ui
