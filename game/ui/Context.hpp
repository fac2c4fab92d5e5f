// What every screen shares (the SFML Game Development book's Context): the
// window, settings, words, fonts, packs and the round being played. It
// replaces globals; screens get it by reference from the ScreenStack.
// SPDX-License-Identifier: GPL-3.0-or-later
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
#include "ui/speech/Speaker.hpp"

#include <SFML/Graphics/RenderWindow.hpp>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace esprit::ui {

using play::PackEntry;
class KioskMode;
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

// Keys and gamepad buttons that mean something to the game itself, gathered
// from this frame's events (ui/GameInput.cpp) before the screens build their
// interface. Answer numbers, check, next, back and read-aloud follow the
// player's key bindings.
struct FrameInput {
  std::vector<int> digits;   // answer keys 1 to 9 (letters and digits matched as typed)
  bool confirm = false;      // Enter (or the gamepad's A or Start) while no widget shows focus
  bool check = false;        // the check key, or A or Start on the gamepad
  bool next = false;         // the next key, or A or Start on the gamepad
  bool back = false;         // the back key (Escape), or B on the gamepad
  bool read_aloud = false;   // the read-aloud key (R)
  int confidence_steps = 0;  // the gamepad's shoulder buttons: RB +1, LB -1
  int pages = 0;             // Page Down (+1) and Page Up (−1) presses
  // While the settings screen waits for a new key: the name of the key
  // pressed this frame, and no action is taken for it.
  std::string captured_key;
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
  // Library kiosk mode (docs/kiosk.md), when the game runs as one; else nullptr.
  KioskMode* kiosk = nullptr;
  // A message for the player that is not tied to a screen (a settings file
  // that had to be replaced); the title screen shows it until dismissed.
  std::string notice;
  // The class game this window hosts, while the host screens are open.
  std::shared_ptr<ClassHosting> class_hosting;

  // Accessibility (issue 13): --high-contrast, keys being chosen, and read-aloud.
  // While --high-contrast forces the theme, the player's own choice is what is saved.
  bool high_contrast_forced = false;
  bool own_high_contrast = false;
  bool capturing_key = false;                // the settings screen waits for a key to bind
  std::unique_ptr<speech::Speaker> speaker;  // read-aloud's voice
  bool speech_problem_shown = false;         // open the "what to install" dialog
  Translations reading_words;     // ReadAloud.hpp's readingWords, for a pack in another language
  std::string reading_words_for;  // the language reading_words was loaded for

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
  // Gives the memory freed by the last round back to the system (see Context.cpp).
  void releaseFreedMemory();
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
