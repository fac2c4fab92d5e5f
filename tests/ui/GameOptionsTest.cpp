// The game's command-line options.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/Fonts.hpp"
#include "ui/Game.hpp"
#include "ui/GameOptions.hpp"

#include <doctest/doctest.h>

using namespace esprit::ui;

TEST_CASE("the game options are read in any order, with a pack path among them") {
  auto parsed = parseGameOptions({"--seed", "42", "my-pack", "--script", "play.txt", "--screenshot",
                                  "shots", "--data-dir", "data", "--window", "1920x1080"});
  auto* options = std::get_if<GameOptions>(&parsed);
  REQUIRE(options != nullptr);
  CHECK(options->seed == 42u);
  REQUIRE(options->packs.size() == 1);
  CHECK(options->packs[0] == "my-pack");
  CHECK(options->script == std::filesystem::path("play.txt"));
  CHECK(options->screenshot_directory == std::filesystem::path("shots"));
  CHECK(options->data_directory == std::filesystem::path("data"));
  CHECK(options->window_size == sf::Vector2u(1920, 1080));
}

TEST_CASE("a bad game option is refused with a reason") {
  CHECK(std::holds_alternative<GameOptionsError>(parseGameOptions({"--seed", "many"})));
  CHECK(std::holds_alternative<GameOptionsError>(parseGameOptions({"--window", "huge"})));
  CHECK(std::holds_alternative<GameOptionsError>(parseGameOptions({"--window", "100x100"})));
  CHECK(std::holds_alternative<GameOptionsError>(parseGameOptions({"--script"})));
  CHECK(std::holds_alternative<GameOptionsError>(parseGameOptions({"--fullscreen-please"})));
}

TEST_CASE("text grows with the window and the text-size setting, within sane limits") {
  const float small = textPixelsFor({1280, 720}, 100);
  const float big = textPixelsFor({1280, 720}, 250);
  CHECK(small >= 14.f);
  CHECK(big == doctest::Approx(small * 2.5f).epsilon(0.05));
  CHECK(textPixelsFor({3840, 2160}, 100) ==
        doctest::Approx(textPixelsFor({1280, 720}, 100) * 3.f).epsilon(0.05));
  CHECK(textPixelsFor({3840, 2160}, 250) <= 128.f);
}

TEST_CASE("a window is placed wholly on the screen, centred, and never larger than it") {
  const WindowPlacement usual = placeWindow({1280, 720}, {1920, 1080});
  CHECK(usual.size == sf::Vector2u(1280, 720));
  CHECK(usual.position == sf::Vector2i(320, 180));  // SFML alone put it at y = 600
  const WindowPlacement small_screen = placeWindow({1920, 1080}, {1366, 768});
  CHECK(small_screen.size == sf::Vector2u(1366, 768));
  CHECK(small_screen.position == sf::Vector2i(0, 0));
}

TEST_CASE("the kiosk options turn kiosk mode on and carry its file and idle time") {
  auto parsed = parseGameOptions({"--kiosk"});
  REQUIRE(std::holds_alternative<GameOptions>(parsed));
  CHECK(std::get<GameOptions>(parsed).kiosk);
  CHECK_FALSE(std::get<GameOptions>(parseGameOptions({})).kiosk);
  parsed = parseGameOptions({"--kiosk-config", "/etc/library.json", "--kiosk-idle", "30"});
  auto* options = std::get_if<GameOptions>(&parsed);
  REQUIRE(options != nullptr);
  CHECK(options->kiosk);
  CHECK(options->kiosk_config == std::filesystem::path("/etc/library.json"));
  CHECK(options->kiosk_idle_seconds == 30);
}

TEST_CASE("a kiosk idle time that is not a sane number of seconds is refused") {
  for (const char* bad : {"0", "-5", "soon", "3601", "1.5"}) {
    CHECK_MESSAGE(std::holds_alternative<GameOptionsError>(
                      parseGameOptions({"--kiosk", "--kiosk-idle", bad})),
                  bad);
  }
  CHECK(std::holds_alternative<GameOptionsError>(parseGameOptions({"--kiosk-config"})));
}
