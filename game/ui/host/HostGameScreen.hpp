// The projector's view of a hosted class game, one screen through all its
// phases: the lobby (join address in big letters, the code, a QR code, the
// players as they arrive), the question (its scenario drawn big and a count
// of answers in), the reveal (the class's share on each option, the right
// answer, the explanation and a moment to discuss), and the end (the
// class's discernment in plain words and its hardest techniques). Enter
// moves the game on, like the button.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/ScenarioView.hpp"
#include "ui/Screen.hpp"

#include <SFML/Graphics/Texture.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace esprit::ui {

class HostGameScreen : public ScreenWithId<ScreenId::host_game> {
 public:
  using ScreenWithId::ScreenWithId;
  bool update() override;
  void drawBackground(sf::RenderTarget& target) override;
  void buildInterface() override;
  bool allowsClosing() override;

 private:
  void buildLobby();
  void reserveBigLine(const std::string& text, float ems, bool code, float max_width);
  void buildQuestion(bool reveal);
  void buildEnd();
  void buildShares(float width);
  void buildLeaderboard();
  void buildFooter();
  bool buildNextButton(const std::string& label);
  void stopHosting();

  ScenarioView scenario_view_;
  sf::Texture qr_;
  std::string qr_for_;
  std::uint64_t seen_event_ = 0;
  std::size_t seen_answers_ = 0;
  std::size_t seen_players_ = 0;
  long seen_seconds_ = -1;
  bool confirm_stop_ = false;
  std::string remove_candidate_;
  // The address and the code, drawn crisp with SFML over the space the
  // lobby's layout keeps for them (ImGui would scale a smaller glyph).
  struct BigLine {
    std::string text;
    float x = 0, y = 0;
    unsigned pixels = 0;
    bool code = false;
  };
  std::vector<BigLine> big_lines_;
  std::string problem_;
};

}  // namespace esprit::ui
