// "Host a class game" from the title screen: the teacher picks a pack, how
// many questions, teams or not, and the class the results belong to, then
// the lobby opens and students can join.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/Screen.hpp"

#include <memory>
#include <string>

namespace esprit::ui {

class HostSetupScreen : public ScreenWithId<ScreenId::host_setup> {
 public:
  using ScreenWithId::ScreenWithId;
  void buildInterface() override;

 private:
  void start();

  std::string chosen_location_;
  int question_choice_ = 1;   // index into kQuestionChoices
  int countdown_choice_ = 0;  // index into kCountdownChoices: no timer by default
  bool teams_ = false;
  bool leaderboard_ = false;
  char class_code_[21] = {};  // the results store takes class codes of up to 20 characters
  std::string problem_;
};

}  // namespace esprit::ui
