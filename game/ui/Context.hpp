// What every screen shares (the SFML Game Development book's Context): the
// window, settings, words, fonts, packs and the round being played. It
// replaces globals; screens get it by reference from the ScreenStack.
#pragma once

#include "core/Session.hpp"
#include "core/Settings.hpp"
#include "core/Taxonomy.hpp"
#include "core/Translations.hpp"
#include "ui/Fonts.hpp"
#include "ui/PackLibrary.hpp"
#include "ui/PlayFlow.hpp"
#include "ui/PlayerRecords.hpp"
#include "ui/scenario/MediaCache.hpp"
#include "ui/scenario/ScenarioRenderer.hpp"

#include <SFML/Graphics/RenderWindow.hpp>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace esprit::ui {

// The round in progress: which pack, the session engine, and the last answer
// (the feedback screen explains it).
struct Round {
  std::shared_ptr<const PackEntry> entry;  // keeps the pack alive while it is played
  std::unique_ptr<Session> session;
  SessionOptions options;  // as the session was built: stored with it, to resume it
  std::optional<Evaluation> last_evaluation;
  std::optional<Answer> last_answer;
  std::size_t question_limit = 10;  // 0 plays every question
  std::string form;  // "A" or "B" of an assessment pack: every item of that form, nothing else

  const Pack& pack() const { return *entry->result.pack; }
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
  std::unique_ptr<PackLibrary> packs;
  FontSet fonts;
  MediaCache media;
  Round round;
  FrameInput input;
  PlayerRecords records;  // the results database and who is playing
  PlayFlow flow;

  std::optional<std::uint64_t> fixed_seed;  // --seed: repeatable sessions for tests
  std::uint64_t next_seed = 1;
  double now = 0;  // seconds since start; steps by a fixed frame under a script
  bool scripted = false;
  bool quit_requested = false;
  // A message for the player that is not tied to a screen (a settings file
  // that had to be replaced); the title screen shows it until dismissed.
  std::string notice;

  const std::string& text(std::string_view key) const { return translations.text(key); }
  // Writes settings.json; a failure becomes a notice rather than a crash.
  void saveSettings();
  // The seed for a new session: fixed under --seed, otherwise fresh each time.
  std::uint64_t takeSeed();
  // Starts a round on a usable pack with the player's settings; false when
  // the pack cannot be played.
  bool startRound(std::shared_ptr<const PackEntry> entry);
  // How scenarios are drawn now: fonts, text size, language, and the
  // question's hotspot regions (so the renderer can outline them).
  ScenarioStyle scenarioStyle(const Question* question = nullptr) const;
  // 0 to 1 over `duration` seconds from `start`; always 1 with reduced motion.
  float motionProgress(double start, double duration) const;
};

}  // namespace esprit::ui
