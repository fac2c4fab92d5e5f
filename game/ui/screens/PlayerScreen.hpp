// "Who is playing?": type a nickname (and, if the teacher wants, a class or
// group code) or tap your name in the list. Nothing else about the player is
// asked or kept. A player can be deleted, with everything of theirs, after a
// confirmation. Teachers reach the class report from here.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/StoredRecords.hpp"
#include "ui/Screen.hpp"

#include <optional>
#include <string>
#include <vector>

namespace esprit::ui {

class PlayerScreen : public ScreenWithId<ScreenId::players> {
 public:
  PlayerScreen(ScreenStack& stack, Context& context);
  void buildInterface() override;
  void onRevealed() override { reload(); }

 private:
  void reload();
  void buildNewPlayer(float width);
  void buildPlayerList(float width);
  void buildDeleteDialog();
  void submitNickname();
  void choose(const storage::Player& player);
  void leave();

  std::vector<storage::Player> players_;
  std::string nickname_;
  std::string class_code_;
  std::string message_;  // why the nickname was refused
  std::optional<storage::Player> to_delete_;
  bool open_delete_dialog_ = false;
  bool focus_nickname_ = true;
};

}  // namespace esprit::ui
