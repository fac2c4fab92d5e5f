// Library kiosk mode's face (issue 11, docs/kiosk.md): what the running game
// does differently when started with --kiosk. The rules are the core's
// (core/kiosk); this class wires them to the window:
//   - words, text size and languages from kiosk.json, never settings.json;
//     no player records at all, only the anonymous usage figures;
//   - the attract screen as the base screen, kiosk results in plain words,
//     the staff PIN pad and staff menu; no title, chooser, settings, editor,
//     players or class report screens;
//   - events a visitor could close the game with are swallowed (Escape,
//     Alt+F4, Ctrl+Q, Ctrl+W, F11, the window manager's close request);
//   - the idle watch: "Are you still there?" over any screen, then back to
//     the attract screen with the round given up;
//   - the staff chord (Ctrl+Alt+Shift+S) and the five-second corner hold.
// Game calls load(), admit() for every event, update() every loop turn and
// buildOverlay() inside every frame; screens reach it as context.kiosk.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/kiosk/IdleWatch.hpp"
#include "core/kiosk/KioskConfig.hpp"
#include "core/kiosk/KioskPacks.hpp"
#include "core/kiosk/PinAttempts.hpp"
#include "core/kiosk/StaffGesture.hpp"
#include "core/kiosk/UsageRecorder.hpp"
#include "ui/GameOptions.hpp"

#include <SFML/Graphics/RenderWindow.hpp>
#include <SFML/Window/Event.hpp>

#include <string>
#include <vector>

namespace esprit::ui {

struct Context;
class ScreenStack;

class KioskMode {
 public:
  explicit KioskMode(const GameOptions& options);

  // The kiosk screens, in place of the usual ones.
  static void registerScreens(ScreenStack& screens);

  // Before the window: reads kiosk.json, sets the settings (fullscreen, its
  // text size and first language) and loads those words.
  void loadSettings(Context& context);
  // The library's own packs: `packs` in the kiosk's data folder.
  std::filesystem::path dataFolder() const;
  std::filesystem::path ownPackFolder() const { return dataFolder() / "packs"; }
  // Once the packs are loaded: opens the usage figures, picks examples.
  void start(Context& context);
  // Once the window and ImGui exist: the cursor as configured.
  void windowReady(sf::RenderWindow& window);

  // Every event, before the game sees it: false swallows it.
  bool admit(const sf::Event& event, Context& context, ScreenStack& screens);
  // Every loop turn: the idle watch and the corner hold; true when a frame
  // is needed (the countdown's number changed, the screen changed).
  bool update(Context& context, ScreenStack& screens);
  // Inside each frame, after the screen: the still-there dialog, the hold ring.
  void buildOverlay(Context& context);

  // ---- For the kiosk screens ----
  const kiosk::KioskConfig& config() const { return config_; }
  const kiosk::KioskConfigLoad& configLoad() const { return loaded_; }
  kiosk::UsageRecorder& usage() { return usage_; }
  kiosk::PinAttempts& pinAttempts() { return pin_attempts_; }

  // The languages offered, in order, and each one's own name ("Nederlands").
  const std::vector<std::string>& languages() const { return languages_; }
  std::string languageButtonName(const std::string& language) const;
  void chooseLanguage(Context& context, const std::string& language);

  // A visitor's tap: a fresh round on one of the offered packs, recorded
  // only as counts. False (and nothing pushed) when no pack can be played.
  bool startRound(Context& context, ScreenStack& screens);
  // Back to the attract screen, the round given up; the next visitor finds a fresh game.
  void returnToAttract(Context& context, ScreenStack& screens);
  // Rescans the packs (the staff menu's button); returns how many are offered.
  std::size_t reloadPacks(Context& context);
  // The attract screen's examples for the current language.
  const std::vector<kiosk::AttractExample>& examples() const { return examples_; }
  // Changes whenever examples() does (another language, packs reloaded).
  int offerGeneration() const { return offer_generation_; }
  const kiosk::PackList& offered() const { return offered_; }

  // Buttons at least 12 mm tall on this screen (or a touch target, if taller).
  float minimumButtonPixels(const sf::RenderWindow& window) const;
  // The corner a staff member holds: a square at the top right.
  bool inStaffCorner(const sf::RenderWindow& window, float x, float y) const;

 private:
  void openStaffPad(Context& context, ScreenStack& screens);
  void refreshOffer(Context& context);
  bool onAttract(ScreenStack& screens) const;

  GameOptions options_;
  kiosk::KioskConfigLoad loaded_;
  kiosk::KioskConfig config_;
  std::vector<std::string> languages_;
  std::vector<std::pair<std::string, std::string>> language_names_;
  kiosk::UsageRecorder usage_;
  kiosk::IdleWatch idle_;
  kiosk::PinAttempts pin_attempts_;
  kiosk::CornerHold corner_hold_;
  kiosk::PackList offered_;
  std::vector<kiosk::AttractExample> examples_;
  int offer_generation_ = 0;
  double last_input_ = 0;
  int shown_countdown_ = -1;
  bool holding_shown_ = false;
};

}  // namespace esprit::ui
