// Settings: language, text size (100-250 %), fullscreen, reduced motion and
// the confidence slider. Every change applies at once and is saved.
#pragma once

#include "ui/Screen.hpp"

#include <string>
#include <utility>
#include <vector>

namespace esprit::ui {

class SettingsScreen : public Screen {
 public:
  SettingsScreen(ScreenStack& stack, Context& context);
  void buildInterface() override;

 private:
  void buildLanguage(float width);
  void buildTextSize(float width);
  bool buildToggle(const char* id, const std::string& title, const std::string& help, bool& value,
                   float width);

  // Each available language with its own name for itself ("Français").
  std::vector<std::pair<std::string, std::string>> languages_;
};

}  // namespace esprit::ui
