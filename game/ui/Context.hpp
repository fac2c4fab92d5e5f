// What every screen shares (the SFML Game Development book's Context): the
// window, settings, words, fonts, packs and the round being played. It
// replaces globals; screens get it by reference from the ScreenStack.
#pragma once

#include "core/Settings.hpp"
#include "core/Taxonomy.hpp"
#include "core/Translations.hpp"
#include "core/play/PackLibrary.hpp"
#include "core/play/PlayerRecords.hpp"
#include "core/play/PlayerRounds.hpp"
#include "core/play/Round.hpp"
#include "ui/Fonts.hpp"
#include "ui/scenario/MediaCache.hpp"
#include "ui/scenario/ScenarioRenderer.hpp"

#include <SFML/Graphics/RenderWindow.hpp>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace esprit::ui {

using play::PackEntry;
struct ClassHosting;  // ui/host/ClassHosting.hpp

// What the pack chooser has set for the next round.
struct RoundChoice {
  std::size_t question_limit = play::kDefaultRoundLength;  // 0 plays every question
  std::string form;  // "A", "B" or "C" of an assessment pack, else empty
};

// Where to go once a player has been chosen.
struct AfterPlayerChoice {
  bool open_chooser = false;                    // Play was pressed with nobody chosen
  std::shared_ptr<const PackEntry> play_pack;  // `esprit PACK` with nobody chosen
};

// Keys that mean something to the game itself, gathered from this frame's
// events before the screens build their interface.
struct FrameInput {
  std::vector<int> digits;  // 1 to 9, typed (from text, so any keyboard layout works)
  bool confirm = false;     // Enter while no widget shows keyboard focus
  bool back = false;        // Escape
  int pages = 0;            // Page Down (+1) and Page Up (−1) presses
  // The same keys while a dialog is open: they answer the dialog only.
  bool dialog_confirm = false;
  bool dialog_back = false;
};

struct Context {
  sf::RenderWindow* window = nullptr;
  Settings settings;
  std::filesystem::path settings_path;
  Translations translations;
  Taxonomy taxonomy;
  std::unique_ptr<play::PackLibrary> packs;
  FontSet fonts;
  MediaCache media;
  std::optional<play::Round> round;  // the round being played, through the core's engine
  RoundChoice round_choice;
  FrameInput input;
  play::PlayerRecords records;  // the results database and who is playing
  AfterPlayerChoice after_player;
  std::optional<play::ResumeOffer> resume_offer;  // what the resume screen offers
  // An answer that could not be saved, in words; the banner shows it until dismissed.
  std::string records_problem;

  std::optional<std::uint64_t> fixed_seed;  // --seed: repeatable sessions for tests
  std::uint64_t next_seed = 1;
  double now = 0;  // seconds since start; steps by a fixed frame under a script
  bool scripted = false;
  bool quit_requested = false;
  // A message for the player that is not tied to a screen (a settings file
  // that had to be replaced); the title screen shows it until dismissed.
  std::string notice;
  // The class game this window hosts, while the host screens are open.
  std::shared_ptr<ClassHosting> class_hosting;

  const std::string& text(std::string_view key) const { return translations.text(key); }
  // Writes settings.json; a failure becomes a notice rather than a crash.
  void saveSettings();
  // The seed for a new session: fixed under --seed, otherwise fresh each time.
  std::uint64_t takeSeed();
  // Starts a round on a usable pack with the chooser's choice and the
  // player's settings, recorded for the player; false when it cannot be played.
  bool startRound(std::shared_ptr<const PackEntry> entry);
  // Makes `round` the one being played: records it for the player and
  // points the scenario renderers at its pack's pictures.
  void playRound(play::Round round);
  // Answers the current question; a save that failed becomes records_problem
  // (and a line in the log) while the round goes on. False when the answer
  // does not fit.
  bool answerQuestion(const Answer& answer);
  // How scenarios are drawn now: fonts, text size, language, and the
  // question's hotspot regions (so the renderer can outline them).
  ScenarioStyle scenarioStyle(const Question* question = nullptr) const;
  // 0 to 1 over `duration` seconds from `start`; always 1 with reduced motion.
  float motionProgress(double start, double duration) const;
};

}  // namespace esprit::ui
