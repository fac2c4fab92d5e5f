// esprit's windowed game: reads the game options and the script, then runs.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/GameMain.hpp"

#include "ui/Game.hpp"

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>

namespace esprit::ui {

int runGame(int argc, char** argv) {
  std::vector<std::string> arguments(argv + 1, argv + argc);
  auto parsed = parseGameOptions(arguments);
  if (auto* error = std::get_if<GameOptionsError>(&parsed)) {
    std::fprintf(stderr, "esprit: %s\n\n%s", error->message.c_str(), kGameOptionsHelp);
    return 2;
  }
  auto options = std::get<GameOptions>(std::move(parsed));

  if (options.data_directory) {
    // Everything of the player's (settings, own packs, results) then lives
    // under DIR/esprit; set before any folder is worked out.
    std::error_code error;
    std::filesystem::create_directories(*options.data_directory, error);
    const auto absolute = std::filesystem::absolute(*options.data_directory, error).string();
    setenv("XDG_DATA_HOME", absolute.c_str(), 1);
    setenv("XDG_CONFIG_HOME", absolute.c_str(), 1);
  }

  std::optional<ScriptPlayer> script;
  if (options.script) {
    std::ifstream stream(*options.script, std::ios::binary);
    if (!stream) {
      std::fprintf(stderr, "esprit: cannot read the script %s\n", options.script->c_str());
      return 2;
    }
    std::stringstream text;
    text << stream.rdbuf();
    auto parsed_script = parseScript(text.str(), options.script->string());
    if (!parsed_script.errors.empty()) {
      for (const auto& message : parsed_script.errors)
        std::fprintf(stderr, "%s\n", message.c_str());
      return 2;
    }
    script.emplace(std::move(parsed_script.steps), parsed_script.real_clock);
  }
  if (options.screenshot_directory) {
    std::error_code error;
    std::filesystem::create_directories(*options.screenshot_directory, error);
    if (error) {
      std::fprintf(stderr, "esprit: cannot create %s: %s\n", options.screenshot_directory->c_str(),
                   error.message().c_str());
      return 2;
    }
  }

  Game game(std::move(options), std::move(script));
  return game.run();
}

}  // namespace esprit::ui
