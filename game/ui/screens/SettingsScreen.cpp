// The settings screen.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/screens/SettingsScreen.hpp"

#include "core/AssetPaths.hpp"
#include "ui/Context.hpp"
#include "ui/Fonts.hpp"
#include "ui/Icons.hpp"
#include "ui/ReadAloud.hpp"
#include "ui/ScreenStack.hpp"
#include "ui/Theme.hpp"
#include "ui/Widgets.hpp"
#include "ui/screens/BackHeader.hpp"
#include "ui/screens/ScreenLayout.hpp"

#include <algorithm>

namespace esprit::ui {
namespace {

constexpr int kTextSizeStepPercent = 25;

// One choice among a few, as a row of buttons that wraps onto a new line when
// `width` is full. The chosen button is filled and dotted, so the choice
// shows by shape as well as by colour.
class ChoiceRow {
 public:
  explicit ChoiceRow(float width) : width_(width) {}

  // A button for `name` (`id` keeps it apart from others of the same name);
  // true when tapped while not already chosen.
  bool choice(const std::string& name, const std::string& id, bool selected) {
    const std::string shown = std::string(selected ? icon::kDot : icon::kCircle) + " " + name;
    const float button_width = widgets::buttonWidth(shown);
    if (used_ > 0 && used_ + button_width <= width_)
      ImGui::SameLine();
    else
      used_ = 0;
    used_ += button_width + ImGui::GetStyle().ItemSpacing.x;
    return widgets::button(shown + "##" + id,
                           selected ? widgets::ButtonKind::primary : widgets::ButtonKind::secondary,
                           button_width) &&
           !selected;
  }

 private:
  float width_;
  float used_ = 0;
};

}  // namespace

SettingsScreen::~SettingsScreen() { context().capturing_key = false; }

SettingsScreen::SettingsScreen(ScreenStack& stack, Context& context)
    : ScreenWithId(stack, context) {
  // So the read-aloud setting can say what to install before anyone tries it.
  if (context.speaker) context.speaker->checkInstalled();
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
  ChoiceRow row(width);
  for (const auto& [code, name] : languages_) {
    if (row.choice(name, code, shared.settings.language == code)) {
      shared.settings.language = code;
      shared.saveSettings();
    }
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

void SettingsScreen::buildSection(const std::string& title) {
  ImGui::Dummy(ImVec2(0, metrics().gap()));
  widgets::heading(title);
}

void SettingsScreen::buildFont(float width) {
  Context& shared = context();
  ImGui::PushFont(shared.fonts.bold());
  widgets::wrappedText(shared.text("settings.font"));
  ImGui::PopFont();
  struct Choice {
    FontChoice font;
    const char* key;
  };
  const Choice choices[] = {{FontChoice::standard, "settings.font_standard"},
                            {FontChoice::legible, "settings.font_legible"},
                            {FontChoice::opendyslexic, "settings.font_opendyslexic"}};
  ChoiceRow row(width);
  for (const auto& choice : choices) {
    if (row.choice(shared.text(choice.key), "font-" + std::string(fontChoiceName(choice.font)),
                   shared.settings.font == choice.font)) {
      shared.settings.font = choice.font;
      shared.saveSettings();
    }
  }
  widgets::mutedText(shared.text("settings.font_help"));
  if (shared.settings.font != FontChoice::standard) {
    if (font_checked_for_ != shared.settings.font || !font_present_.has_value()) {
      font_checked_for_ = shared.settings.font;
      font_present_ = findFontFile(fontFamily(shared.settings.font), "Regular").has_value();
    }
    if (!*font_present_) {
      widgets::coloredWrappedText(
          palette().wrong,
          std::string(icon::kWarning) + " " +
              shared.translations.format("settings.font_missing",
                                         {{"font", fontFamily(shared.settings.font)},
                                          {"package", fontPackage(shared.settings.font)}}));
    }
  }
}

void SettingsScreen::buildReadAloud(float width) {
  Context& shared = context();
  buildToggle(
      "##read-aloud", shared.text("settings.read_aloud"),
      shared.translations.format("settings.read_aloud_help",
                                 {{"key", shared.settings.keys.key(KeyAction::read_aloud)}}),
      shared.settings.read_aloud, width);
  buildToggle("##auto-read", shared.text("settings.auto_read"),
              shared.text("settings.auto_read_help"), shared.settings.auto_read, width);
  if (shared.speaker && shared.speaker->problem() != speech::SpeechProblem::none) {
    widgets::coloredWrappedText(
        palette().wrong,
        std::string(icon::kWarning) + " " +
            (shared.speaker->problem() == speech::SpeechProblem::not_installed
                 ? shared.text("read.missing")
                 : shared.translations.format("read.no_voice",
                                              {{"detail", shared.speaker->problemDetail()}})));
  }
}

std::string SettingsScreen::actionLabel(KeyAction action) const {
  const Context& shared = context();
  switch (action) {
    case KeyAction::check:
      return shared.text("settings.key_check");
    case KeyAction::next:
      return shared.text("settings.key_next");
    case KeyAction::back:
      return shared.text("settings.key_back");
    case KeyAction::read_aloud:
      return shared.text("settings.key_read_aloud");
    default:
      return shared.translations.format(
          "settings.key_answer",
          {{"number",
            std::to_string(static_cast<int>(action) - static_cast<int>(KeyAction::answer_1) + 1)}});
  }
}

void SettingsScreen::takeCapturedKey() {
  Context& shared = context();
  if (!capturing_ || shared.input.captured_key.empty()) return;
  const auto name = canonicalKeyName(shared.input.captured_key);
  if (!name) return;  // a key Esprit has no name for: keep waiting
  if (reservedKey(*name)) {
    key_message_ = shared.translations.format("settings.key_reserved", {{"key", *name}});
  } else if (const auto clash = clashingAction(shared.settings.keys, *capturing_, *name)) {
    key_message_ = shared.translations.format("settings.key_clash",
                                              {{"key", *name}, {"action", actionLabel(*clash)}});
  } else {
    shared.settings.keys.set(*capturing_, *name);
    shared.saveSettings();
    key_message_.clear();
  }
  capturing_.reset();
}

void SettingsScreen::buildKeys(float width) {
  Context& shared = context();
  const Metrics measure = metrics();
  takeCapturedKey();
  widgets::mutedText(shared.text("settings.keys_help"));
  const std::string change = shared.text("settings.key_change");
  const std::string cancel = shared.text("settings.key_cancel");
  const float button_width = std::max(widgets::buttonWidth(change), widgets::buttonWidth(cancel));
  const float key_width = measure.em * 6.f;
  if (ImGui::BeginTable("##keys", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH,
                        ImVec2(width, 0))) {
    ImGui::TableSetupColumn("action", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn("key", ImGuiTableColumnFlags_WidthFixed, key_width);
    ImGui::TableSetupColumn("change", ImGuiTableColumnFlags_WidthFixed, button_width);
    for (const KeyAction action : allKeyActions()) {
      ImGui::PushID(static_cast<int>(action));
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      const float text_offset = (measure.touchTarget() - ImGui::GetTextLineHeight()) * 0.5f;
      ImGui::SetCursorPosY(ImGui::GetCursorPosY() + text_offset);
      widgets::wrappedText(actionLabel(action));
      ImGui::TableNextColumn();
      ImGui::SetCursorPosY(ImGui::GetCursorPosY() + text_offset);
      const bool waiting = capturing_ == action;
      ImGui::PushFont(shared.fonts.bold());
      widgets::wrappedText(waiting ? std::string("…") : shared.settings.keys.key(action));
      ImGui::PopFont();
      ImGui::TableNextColumn();
      if (widgets::button((waiting ? cancel : change) + "##change", widgets::ButtonKind::secondary,
                          button_width)) {
        if (waiting) {
          capturing_.reset();
        } else {
          capturing_ = action;
          key_message_.clear();
        }
      }
      ImGui::PopID();
    }
    ImGui::EndTable();
  }
  if (capturing_) {
    widgets::coloredWrappedText(palette().primary, shared.text("settings.key_press"));
  } else if (!key_message_.empty()) {
    widgets::coloredWrappedText(palette().wrong, std::string(icon::kWarning) + " " + key_message_);
  }
  if (widgets::buttonIf(!(shared.settings.keys == KeyBindings{}),
                        shared.text("settings.keys_reset"), widgets::ButtonKind::secondary)) {
    shared.settings.keys = KeyBindings{};
    shared.saveSettings();
    key_message_.clear();
  }
  widgets::mutedText(shared.text("settings.gamepad_help"));
  shared.capturing_key = capturing_.has_value();
}

std::string SettingsScreen::textToRead() {
  const Context& shared = context();
  const Settings& settings = shared.settings;
  std::string text = shared.text("settings.title") + ".";
  auto add = [&](const char* title, const char* help, bool on) {
    text += "\n" + shared.text(title) + ": " +
            shared.text(on ? "settings.switch_on" : "settings.switch_off") + ". " +
            shared.text(help);
  };
  add("settings.high_contrast", "settings.high_contrast_help", settings.high_contrast);
  add("settings.simple_words", "settings.simple_words_help", settings.simple_words);
  add("settings.reduced_motion", "settings.reduced_motion_help", settings.reduced_motion);
  add("settings.fullscreen", "settings.fullscreen_help", settings.fullscreen);
  add("settings.auto_read", "settings.auto_read_help", settings.auto_read);
  add("settings.confidence", "settings.confidence_help", settings.confidence);
  text += "\n" + shared.text("settings.font_help");
  return text;
}

void SettingsScreen::buildInterface() {
  Context& shared = context();
  const Metrics measure = metrics();
  widgets::beginScreen("##settings");
  // While a key is being chosen, the back key may be the one chosen.
  if (backButton(shared) || (shared.input.back && !capturing_)) stack().pop();
  headingBesideButton(shared, shared.text("settings.title"));

  const float width = beginReadingColumn(shared, "##settings-body");
  buildLanguage(width);
  ImGui::Dummy(ImVec2(0, measure.gap()));
  buildTextSize(width);
  buildSection(shared.text("settings.section_reading"));
  buildFont(width);
  ImGui::Dummy(ImVec2(0, measure.gap() * 0.5f));
  buildToggle("##high-contrast", shared.text("settings.high_contrast"),
              shared.text("settings.high_contrast_help"), shared.settings.high_contrast, width);
  buildToggle("##simple-words", shared.text("settings.simple_words"),
              shared.text("settings.simple_words_help"), shared.settings.simple_words, width);
  buildToggle("##motion", shared.text("settings.reduced_motion"),
              shared.text("settings.reduced_motion_help"), shared.settings.reduced_motion, width);
  buildToggle("##fullscreen", shared.text("settings.fullscreen"),
              shared.text("settings.fullscreen_help"), shared.settings.fullscreen, width);
  buildSection(shared.text("settings.section_speech"));
  buildReadAloud(width);
  buildSection(shared.text("settings.section_play"));
  buildToggle("##confidence", shared.text("settings.confidence"),
              shared.text("settings.confidence_help"), shared.settings.confidence, width);
  buildSection(shared.text("settings.section_keys"));
  buildKeys(width);
  ImGui::Dummy(ImVec2(0, measure.gap()));
  widgets::mutedText(
      shared.translations.format("settings.saved_in", {{"file", shared.settings_path.string()}}));
  endReadingColumn();
  if (cornerReadAloudButton(shared))
    toggleReading(shared, textToRead(), shared.translations.language());
  widgets::endScreen();
}

}  // namespace esprit::ui
