// Every text colour reaches WCAG AA contrast (4.5:1) on the background it is
// drawn on in the standard theme, and AAA (7:1) in the high-contrast theme.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/scenario/Palette.hpp"
#include "ui/scenario/ScenarioTheme.hpp"

#include <doctest/doctest.h>

#include <filesystem>

using namespace esprit::ui;

namespace {

// Makes a shipped theme's scenario colours the active ones.
void useShippedTheme(const char* name) {
  const auto file = std::filesystem::path(ESPRIT_SOURCE_ROOT) / "assets" / "themes" /
                    (std::string(name) + ".json");
  auto theme = esprit::loadThemeFile(file);
  REQUIRE_MESSAGE(theme.ok(), (theme.ok() ? "" : theme.error().message));
  CHECK(scenario_theme::readScenarioColours(*theme, true) == "");
}

}  // namespace

TEST_CASE("the contrast formula gives WCAG's known values") {
  CHECK(palette::contrastRatio(sf::Color::Black, sf::Color::White) == doctest::Approx(21));
  CHECK(palette::contrastRatio(sf::Color::White, sf::Color::White) == doctest::Approx(1));
}

static void checkEveryTextColour(double least) {
  struct Pair {
    const char* where;
    sf::Color text;
    sf::Color background;
  };
  const Pair pairs[] = {
      {"card text", palette::kInk, palette::kCard},
      {"card muted text", palette::kMutedInk, palette::kCard},
      {"links", palette::kLink, palette::kCard},
      {"placeholder text", palette::kInk, palette::kPictureWell},
      {"placeholder file name", palette::kMutedInk, palette::kPictureWell},
      {"address", palette::kAddressInk, palette::kAddressField},
      {"address path", palette::kAddressMutedInk, palette::kAddressField},
      {"not secure warning", palette::kWrong, palette::kAddressField},
      {"chat title", palette::kOnColour, palette::kChatBar},
      {"chat members", palette::kChatBarMutedInk, palette::kChatBar},
      {"message text", palette::kInk, palette::kBubbleOther},
      {"own message text", palette::kInk, palette::kBubbleSelf},
      {"message time", palette::kBubbleMutedInk, palette::kBubbleOther},
      {"own message time", palette::kBubbleMutedInk, palette::kBubbleSelf},
      {"quotation", palette::kOnColour, palette::kQuoteCard},
      {"speaker's role", palette::kQuoteMutedInk, palette::kQuoteCard},
      {"quotation context", palette::kInk, palette::kQuoteFooter},
  };
  for (const auto& pair : pairs) {
    INFO(std::string(pair.where));
    CHECK(palette::contrastRatio(pair.text, pair.background) >= least);
  }
  for (int i = 0; i < palette::kSeriesColourCount; ++i) {
    INFO("chart series " << i << " written on a card");
    CHECK(palette::contrastRatio(palette::seriesColour(i), palette::kCard) >= least);
  }
  for (int i = 0; i < palette::kNameColourCount; ++i) {
    INFO("name colour " << i << ": white initials on it, and sender names on a bubble");
    CHECK(palette::contrastRatio(palette::kOnColour, palette::nameColour(i)) >= least);
    CHECK(palette::contrastRatio(palette::nameColour(i), palette::kBubbleOther) >= least);
  }
}

TEST_CASE("every text colour reaches AA contrast on its background") {
  scenario_theme::useBuiltInScenarioColours();
  checkEveryTextColour(4.5);
}

TEST_CASE("the shipped standard theme gives scenarios the built-in colours") {
  useShippedTheme("standard");
  CHECK(palette::kInk == palette::ScenarioColours{}.ink);
  CHECK(palette::seriesColour(1) == palette::ScenarioColours{}.series[1]);
  checkEveryTextColour(4.5);
  scenario_theme::useBuiltInScenarioColours();
}

TEST_CASE("in the high-contrast theme every scenario text reaches AAA contrast (7:1)") {
  useShippedTheme("high-contrast");
  CHECK(palette::kCard == sf::Color::Black);
  checkEveryTextColour(7.0);
  scenario_theme::useBuiltInScenarioColours();
}

TEST_CASE("a theme missing a scenario colour is refused whole, naming what is missing") {
  esprit::ThemeFile incomplete;
  incomplete.colours["scenario.card"] = {0, 0, 0, 255};
  const auto missing = scenario_theme::readScenarioColours(incomplete, true);
  CHECK(missing.find("scenario.ink") != std::string::npos);
  CHECK(missing.find("scenario.series") != std::string::npos);
  CHECK(palette::kCard == palette::ScenarioColours{}.card);
}

TEST_CASE("a name always gets the same colour") {
  CHECK(palette::colourForName("Uncle Marc") == palette::colourForName("Uncle Marc"));
}
