// Choosing a pack: every pack with its title, language, number of questions
// and topics; broken packs greyed out with their first error and a list of
// all their problems; the player's own packs folder, with a button to open
// it. Rescans every couple of seconds so newly copied packs appear.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/play/PackLibrary.hpp"
#include "ui/Screen.hpp"

#include <memory>
#include <string>

namespace esprit::ui {

class PackChooserScreen : public ScreenWithId<ScreenId::pack_chooser> {
 public:
  PackChooserScreen(ScreenStack& stack, Context& context);
  bool update() override;
  void buildInterface() override;
  void onRevealed() override;
  // The title, then each pack that can be played: its title, language, size and description.
  std::string textToRead() override;

 private:
  void buildPackCard(const std::shared_ptr<const play::PackEntry>& entry, float width);
  void buildProblemsPopup();
  void buildQuestionLimit();
  void buildFolderBar();
  std::string topicsOf(const Pack& pack) const;

  double last_scan_ = 0;
  std::shared_ptr<const play::PackEntry> problems_shown_;  // the pack whose problems are listed
  bool open_problems_ = false;
  std::string folder_message_;
};

}  // namespace esprit::ui
