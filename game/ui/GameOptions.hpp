// The game's own command-line options (everything that is not a subcommand):
// packs to open, scripted play, screenshots, a fixed seed, and where to keep
// the player's data, so tests never touch the real home folder.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <SFML/System/Vector2.hpp>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace esprit::ui {

struct GameOptions {
  std::vector<std::filesystem::path> packs;  // `esprit PATH`: open this pack directly
  std::optional<std::filesystem::path> script;
  std::optional<std::filesystem::path> screenshot_directory;
  std::optional<std::filesystem::path> data_directory;
  std::optional<std::uint64_t> seed;
  std::optional<sf::Vector2u> window_size;
  // Library kiosk mode (docs/kiosk.md): --kiosk, --kiosk-config FILE, --kiosk-idle SECONDS.
  bool kiosk = false;
  std::optional<std::filesystem::path> kiosk_config;
  std::optional<int> kiosk_idle_seconds;
  bool high_contrast = false;           // --high-contrast, for kiosks
  bool report_first_frame = false;      // for bench/run-game
  std::optional<int> benchmark_frames;  // for bench/run-game
  int autoplay_rounds = 0;              // for bench/run-rounds
};

struct GameOptionsError {
  std::string message;
};

std::variant<GameOptions, GameOptionsError> parseGameOptions(
    const std::vector<std::string>& arguments);

inline constexpr const char* kGameOptionsHelp =
    "Game options:\n"
    "  PACK                   open this pack (a folder holding pack.json) straight away\n"
    "  --script FILE          play the inputs written in FILE (docs/scripting.md), then quit\n"
    "  --screenshot DIR       where the script's 'screenshot NAME' lines save NAME.png\n"
    "  --seed N               shuffle questions the same way every time\n"
    "  --data-dir DIR         keep settings, own packs and results in DIR instead of the\n"
    "                         XDG folders (~/.config/esprit, ~/.local/share/esprit)\n"
    "  --window WIDTHxHEIGHT  window size in pixels (default 1280x720)\n"
    "  --kiosk                library kiosk mode: fullscreen, anonymous, back to the attract\n"
    "                         screen when left alone, nothing a visitor can close (docs/kiosk.md)\n"
    "  --kiosk-config FILE    the kiosk's settings (default: $XDG_CONFIG_HOME/esprit/kiosk.json,\n"
    "                         else /etc/esprit/kiosk.json)\n"
    "  --kiosk-idle SECONDS   ask \"Are you still there?\" after SECONDS without input (default "
    "90)\n"
    "  --high-contrast        start in the high-contrast theme (white and yellow on black)\n"
    "  --report-first-frame   print when the first frame is on screen (for bench/run-game)\n"
    "  --benchmark-frames N   draw N frames, print the median CPU time of one, quit\n"
    "  --autoplay-rounds N    play N rounds by itself, printing its memory now and then, quit\n";

}  // namespace esprit::ui
