// Parsing the game's command-line options.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/GameOptions.hpp"

#include <charconv>
#include <limits>
#include <optional>

namespace esprit::ui {
namespace {

template <typename Number>
bool readWhole(const std::string& text, Number& value) {
  const char* end = text.data() + text.size();
  auto [stop, error] = std::from_chars(text.data(), end, value);
  return error == std::errc() && stop == end;
}

}  // namespace

std::variant<GameOptions, GameOptionsError> parseGameOptions(
    const std::vector<std::string>& arguments) {
  GameOptions options;
  for (std::size_t index = 0; index < arguments.size(); ++index) {
    const std::string& argument = arguments[index];
    auto value = [&]() -> const std::string* {
      return index + 1 < arguments.size() ? &arguments[++index] : nullptr;
    };
    // The next argument as a whole number from `smallest` to `largest`, if it is one.
    auto count = [&](int smallest, int largest) -> std::optional<int> {
      const std::string* given = value();
      int number = 0;
      if (given == nullptr || !readWhole(*given, number) || number < smallest || number > largest)
        return std::nullopt;
      return number;
    };
    if (argument == "--script" || argument == "--screenshot" || argument == "--data-dir" ||
        argument == "--seed" || argument == "--window") {
      const std::string* given = value();
      if (given == nullptr || given->empty()) return GameOptionsError{argument + " needs a value"};
      if (argument == "--script")
        options.script = *given;
      else if (argument == "--screenshot")
        options.screenshot_directory = *given;
      else if (argument == "--data-dir")
        options.data_directory = *given;
      else if (argument == "--seed") {
        std::uint64_t seed = 0;
        if (!readWhole(*given, seed))
          return GameOptionsError{"--seed needs a whole number, not '" + *given + "'"};
        options.seed = seed;
      } else {
        const auto cross = given->find('x');
        unsigned width = 0, height = 0;
        if (cross == std::string::npos || !readWhole(given->substr(0, cross), width) ||
            !readWhole(given->substr(cross + 1), height) || width < 320 || height < 240 ||
            width > 7680 || height > 4320) {
          return GameOptionsError{"--window needs a size such as 1920x1080, not '" + *given + "'"};
        }
        options.window_size = sf::Vector2u(width, height);
      }
    } else if (argument == "--kiosk") {
      options.kiosk = true;
    } else if (argument == "--kiosk-config") {
      const std::string* given = value();
      if (given == nullptr || given->empty())
        return GameOptionsError{"--kiosk-config needs a file"};
      options.kiosk_config = *given;
      options.kiosk = true;
    } else if (argument == "--kiosk-idle") {
      options.kiosk_idle_seconds = count(1, 3600);
      if (!options.kiosk_idle_seconds)
        return GameOptionsError{
            "--kiosk-idle needs a number of seconds from 1 to 3600, such as 90"};
      options.kiosk = true;
    } else if (argument == "--high-contrast") {
      options.high_contrast = true;
    } else if (argument == "--report-first-frame") {
      options.report_first_frame = true;
    } else if (argument == "--benchmark-frames") {
      options.benchmark_frames = count(1, std::numeric_limits<int>::max());
      if (!options.benchmark_frames)
        return GameOptionsError{"--benchmark-frames needs a number of frames, such as 100"};
    } else if (argument == "--autoplay-rounds") {
      const auto rounds = count(1, std::numeric_limits<int>::max());
      if (!rounds)
        return GameOptionsError{"--autoplay-rounds needs a number of rounds, such as 10000"};
      options.autoplay_rounds = *rounds;
    } else if (argument.starts_with("--")) {
      return GameOptionsError{"unknown option '" + argument + "'"};
    } else {
      options.packs.emplace_back(argument);
    }
  }
  return options;
}

}  // namespace esprit::ui
