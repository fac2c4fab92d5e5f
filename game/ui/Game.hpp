// The running game: window, ImGui, fonts, screens and the loop. The loop
// draws only when something changed or moves, and sleeps when idle, so a
// question waiting for the player costs almost nothing.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/Context.hpp"
#include "ui/FrameBenchmark.hpp"
#include "ui/GameOptions.hpp"
#include "ui/RoundAutoplay.hpp"
#include "ui/ScreenStack.hpp"
#include "ui/Script.hpp"

#include <SFML/Graphics/RenderWindow.hpp>
#include <SFML/System/Clock.hpp>

#include <functional>
#include <future>
#include <memory>
#include <optional>

namespace esprit::ui {

class KioskMode;

class Game {
 public:
  Game(GameOptions options, std::optional<ScriptPlayer> script);
  ~Game();
  Game(const Game&) = delete;
  Game& operator=(const Game&) = delete;

  // Runs until the player quits or the script ends; returns the exit code.
  int run();
  // Replaces the usual first screens (`esprit host` opens the class lobby):
  // called once the window is up; false ends the run with exit code 1.
  using StartHook = std::function<bool(Context&, ScreenStack&)>;
  void startWith(StartHook hook) { start_hook_ = std::move(hook); }

 private:
  void loadEverything();
  // Returns how the settings file was found (a first start follows the desktop).
  SettingsFileState loadSettingsAndWords();
  // Returns what the player should be told about the results database.
  std::string loadLibraryAndRecords();
  // Theme, voice and, on a first start, the desktop's reduced motion.
  void applyAccessibilityAtStart(SettingsFileState settings_state);
  void followDesktopMotion();
  void loadFonts();
  void createWindow();
  void startImGui();
  void prepareRenderer();
  void startRenderer();
  void uploadAtlas();
  void useUploadedAtlas();
  void stopImGui();
  void handleEvent(const sf::Event& event);
  void applyChangedSettings();
  void rebuildFontsIfNeeded(bool immediately);
  float wantedTextPixels() const;
  void rebuildAtlas(float text_pixels);
  void drawFrame(const std::optional<std::string>& screenshot);
  bool saveScreenshot(const std::string& name);
  bool somethingMoves() const;
  // bench/run-rounds: plays the asked number of rounds as a player named
  // "Autoplay", then returns.
  void runAutoplay();

  bool fixedClockScript() const { return script_ && !script_->realClock(); }

  GameOptions options_;
  std::optional<ScriptPlayer> script_;
  std::unique_ptr<KioskMode> kiosk_;  // --kiosk: library kiosk mode (ui/kiosk/)
  FrameBenchmark benchmark_;
  RoundAutoplay autoplay_;
  Context context_;
  // Made in loadEverything(), not with the Game: SFML's first window
  // creates its shared OpenGL context (tens of milliseconds under software
  // OpenGL), and that should happen while the packs and fonts load.
  std::optional<sf::RenderWindow> window_;
  ScreenStack screens_;
  Settings applied_settings_;  // what the window, fonts and words currently reflect
  sf::Clock clock_;
  double last_frame_time_ = 0;
  double last_activity_time_ = 0;
  double last_resize_time_ = -1;
  int frames_owed_ = 0;  // frames still to draw after input, for ImGui to settle
  bool imgui_started_ = false;
  int exit_code_ = 0;
  bool was_speaking_ = false;
  std::future<bool> desktop_motion_;  // GNOME's answer on a first start
  bool ask_gnome_after_first_frame_ = false;
  bool save_after_first_frame_ = false;
  bool first_frame_drawn_ = false;
  StartHook start_hook_;
};

// A window that fits the screen, centred on it.
struct WindowPlacement {
  sf::Vector2u size;
  sf::Vector2i position;
};
WindowPlacement placeWindow(sf::Vector2u wanted, sf::Vector2u screen);

}  // namespace esprit::ui
