// Settings: language, text size (100-250 %), font, high contrast, simple
// words, reduced motion, full screen, read-aloud, the confidence slider, and
// the keys (each can be changed by pressing the new one). Every change
// applies at once and is saved.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/KeyBindings.hpp"
#include "core/Settings.hpp"
#include "ui/Screen.hpp"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace esprit::ui {

class SettingsScreen : public ScreenWithId<ScreenId::settings> {
 public:
  SettingsScreen(ScreenStack& stack, Context& context);
  ~SettingsScreen() override;
  void buildInterface() override;
  // Each setting with its help, and whether the switches are on.
  std::string textToRead() override;

 private:
  void buildLanguage(float width);
  void buildTextSize(float width);
  bool buildToggle(const char* id, const std::string& title, const std::string& help, bool& value,
                   float width);
  void buildSection(const std::string& title);
  void buildFont(float width);
  void buildReadAloud(float width);
  void buildKeys(float width);
  void takeCapturedKey();
  std::string actionLabel(KeyAction action) const;

  // Each available language with its own name for itself ("Français").
  std::vector<std::pair<std::string, std::string>> languages_;
  std::optional<KeyAction> capturing_;  // the action waiting for its new key
  std::string key_message_;             // why the last key pressed was refused
  // Whether the chosen font is installed, asked of fontconfig once per choice.
  std::optional<FontChoice> font_checked_for_;
  std::optional<bool> font_present_;
};

}  // namespace esprit::ui
