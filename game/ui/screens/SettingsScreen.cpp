// The settings screen.
#include "ui/screens/SettingsScreen.hpp"

#include "core/AssetPaths.hpp"
#include "ui/Context.hpp"
#include "ui/Icons.hpp"
#include "ui/ScreenStack.hpp"
#include "ui/Theme.hpp"
#include "ui/Widgets.hpp"
#include "ui/screens/ScreenLayout.hpp"

#include <algorithm>

namespace esprit::ui {
namespace {

constexpr int kTextSizeStepPercent = 25;

}  // namespace

SettingsScreen::SettingsScreen(ScreenStack& stack, Context& context) : Screen(stack, context) {
  const auto directory = assetDirectory() / "i18n";
  for (const auto& language : Translations::availableLanguages(directory)) {
    const auto table = Translations::load(directory, language, [](const std::string&) {});
    languages_.emplace_back(
        language, table.contains("language.name") ? table.text("language.name") : language);
  }
}

void SettingsScreen::buildLanguage(float width) {
  Context& shared = context();
  ImGui::PushFont(shared.fonts.bold());
  widgets::wrappedText(shared.text("settings.language"));
  ImGui::PopFont();
  float used = 0;
  for (const auto& [code, name] : languages_) {
    const bool selected = shared.settings.language == code;
    const std::string label =
        (selected ? std::string(icon::kDot) + " " : std::string(icon::kCircle) + " ") + name +
        "##" + code;
    const float button_width = widgets::buttonWidth(label.substr(0, label.find("##")));
    if (used > 0 && used + button_width <= width)
      ImGui::SameLine();
    else
      used = 0;
    if (widgets::button(label,
                        selected ? widgets::ButtonKind::primary : widgets::ButtonKind::secondary,
                        button_width) &&
        !selected) {
      shared.settings.language = code;
      shared.saveSettings();
    }
    used += button_width + ImGui::GetStyle().ItemSpacing.x;
  }
}

void SettingsScreen::buildTextSize(float width) {
  Context& shared = context();
  const Metrics measure = metrics();
  ImGui::PushFont(shared.fonts.bold());
  widgets::wrappedText(shared.text("settings.text_size"));
  ImGui::PopFont();
  int& percent = shared.settings.text_size_percent;
  const int before = percent;
  const float step_width = measure.touchTarget();
  const std::string smaller = std::string("A") + icon::kMinus + "##smaller";
  const std::string bigger = std::string("A+##bigger");
  if (widgets::buttonIf(percent > kMinimumTextSizePercent, smaller, widgets::ButtonKind::secondary,
                        step_width * 1.2f)) {
    percent = std::max(kMinimumTextSizePercent, percent - kTextSizeStepPercent);
  }
  ImGui::SameLine();
  const float slider_width = std::max(
      measure.em * 5.f, width - (step_width * 1.2f + ImGui::GetStyle().ItemSpacing.x) * 2.f);
  ImGui::SetNextItemWidth(slider_width);
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding,
                      ImVec2(ImGui::GetStyle().FramePadding.x,
                             (measure.touchTarget() - ImGui::GetFontSize()) * 0.5f));
  const std::string format = percentFormat(shared);
  // The slider only commits when released, so the fonts are not rebuilt on every pixel of a drag.
  int dragged = percent;
  ImGui::SliderInt("##text-size", &dragged, kMinimumTextSizePercent, kMaximumTextSizePercent,
                   format.c_str(), ImGuiSliderFlags_AlwaysClamp);
  if (ImGui::IsItemDeactivatedAfterEdit() || (ImGui::IsItemEdited() && !ImGui::IsItemActive())) {
    percent = (dragged + kTextSizeStepPercent / 2) / kTextSizeStepPercent * kTextSizeStepPercent;
  }
  ImGui::PopStyleVar();
  widgets::focusRingForLastItem();
  ImGui::SameLine();
  if (widgets::buttonIf(percent < kMaximumTextSizePercent, bigger, widgets::ButtonKind::secondary,
                        step_width * 1.2f)) {
    percent = std::min(kMaximumTextSizePercent, percent + kTextSizeStepPercent);
  }
  percent = std::clamp(percent, kMinimumTextSizePercent, kMaximumTextSizePercent);
  widgets::mutedText(shared.text("settings.text_size_help"));
  if (percent != before) shared.saveSettings();
}

bool SettingsScreen::buildToggle(const char* id, const std::string& title, const std::string& help,
                                 bool& value, float width) {
  if (!widgets::toggleCard(id, title, help, value, width, context().fonts.bold())) return false;
  context().saveSettings();
  return true;
}

void SettingsScreen::buildInterface() {
  Context& shared = context();
  const Metrics measure = metrics();
  widgets::beginScreen("##settings");
  if (widgets::button(std::string(icon::kArrowLeft) + "  " + shared.text("common.back")) ||
      shared.input.back) {
    stack().pop();
  }
  ImGui::SameLine(0, measure.margin());
  ImGui::SetCursorPosY(ImGui::GetCursorPosY() +
                       (measure.touchTarget() - shared.fonts.heading()->FontSize) * 0.5f -
                       ImGui::GetStyle().FramePadding.y);
  widgets::heading(shared.text("settings.title"));

  ImGui::BeginChild("##settings-body", ImVec2(0, 0), false, ImGuiWindowFlags_NavFlattened);
  scrollWithKeysAndTouch(shared);
  const float inner = ImGui::GetStyle().ScrollbarSize + ImGui::GetStyle().ItemSpacing.x;
  const float width = std::min(ImGui::GetContentRegionAvail().x - inner, measure.readingWidth());
  widgets::centreNext(width);
  ImGui::BeginGroup();
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
  buildLanguage(width);
  ImGui::Dummy(ImVec2(0, measure.gap()));
  buildTextSize(width);
  ImGui::Dummy(ImVec2(0, measure.gap()));
  buildToggle("##fullscreen", shared.text("settings.fullscreen"),
              shared.text("settings.fullscreen_help"), shared.settings.fullscreen, width);
  buildToggle("##motion", shared.text("settings.reduced_motion"),
              shared.text("settings.reduced_motion_help"), shared.settings.reduced_motion, width);
  buildToggle("##confidence", shared.text("settings.confidence"),
              shared.text("settings.confidence_help"), shared.settings.confidence, width);
  ImGui::Dummy(ImVec2(0, measure.gap()));
  widgets::mutedText(
      shared.translations.format("settings.saved_in", {{"file", shared.settings_path.string()}}));
  ImGui::PopTextWrapPos();
  ImGui::EndGroup();
  ImGui::EndChild();
  widgets::endScreen();
}

}  // namespace esprit::ui
