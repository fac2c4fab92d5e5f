// The interface colours of the shipped themes: both files are complete, the
// standard one keeps AA contrast (4.5:1) and the high-contrast one reaches
// AAA (7:1) for every text on its background, with a thick focus outline.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/Theme.hpp"

#include <doctest/doctest.h>

#include <filesystem>

using namespace esprit;
using namespace esprit::ui;

namespace {

Palette shippedPalette(const char* name) {
  const auto file = std::filesystem::path(ESPRIT_SOURCE_ROOT) / "assets" / "themes" /
                    (std::string(name) + ".json");
  auto theme = loadThemeFile(file);
  REQUIRE_MESSAGE(theme.ok(), (theme.ok() ? "" : theme.error().message));
  Palette colours;
  CHECK(interfaceColoursFromTheme(*theme, colours) == "");
  return colours;
}

ThemeColour opaque(const ImVec4& colour) {
  auto channel = [](float value) { return static_cast<std::uint8_t>(value * 255.f + 0.5f); };
  return {channel(colour.x), channel(colour.y), channel(colour.z), 255};
}

void checkTextContrast(const Palette& colours, double least) {
  struct Pair {
    const char* where;
    ImVec4 text, background;
  };
  const Pair pairs[] = {
      {"text on the screen", colours.text, colours.background},
      {"text on a card", colours.text, colours.card},
      {"muted text", colours.muted_text, colours.background},
      {"muted text on a card", colours.muted_text, colours.card},
      {"primary button", colours.on_primary, colours.primary},
      {"primary button, hovered", colours.on_primary, colours.primary_hovered},
      {"primary button, pressed", colours.on_primary, colours.primary_active},
      {"secondary button", colours.text, colours.secondary},
      {"secondary button, hovered", colours.text, colours.secondary_hovered},
      {"secondary button, pressed", colours.text, colours.secondary_active},
      {"chosen answer", colours.text, colours.selected},
      {"right", colours.right, colours.right_background},
      {"wrong", colours.wrong, colours.wrong_background},
      {"partly right", colours.partial, colours.partial_background},
      {"score and links", colours.primary, colours.background},
      {"streak", colours.accent, colours.card},
  };
  for (const auto& pair : pairs) {
    INFO(std::string(pair.where));
    CHECK(contrastRatio(opaque(pair.text), opaque(pair.background)) >= least);
  }
}

}  // namespace

TEST_CASE("the shipped standard theme is the built-in palette, with AA contrast for text") {
  const Palette colours = shippedPalette("standard");
  CHECK(opaque(colours.text) == opaque(Palette{}.text));
  CHECK(opaque(colours.primary) == opaque(Palette{}.primary));
  checkTextContrast(colours, 4.5);
}

TEST_CASE("the high-contrast theme reaches AAA contrast for every text and outlines controls") {
  const Palette colours = shippedPalette("high-contrast");
  checkTextContrast(colours, 7.0);
  // WCAG leaves greyed-out buttons out; this theme keeps them readable too.
  CHECK(contrastRatio(opaque(colours.disabled_text), opaque(colours.disabled_background)) >= 7.0);
  // The focus outline stands out from the screen and is about twice the standard one.
  CHECK(contrastRatio(opaque(colours.focus), opaque(colours.background)) >= 7.0);
  CHECK(colours.focus_thickness >= 1.8f * Palette{}.focus_thickness);
  CHECK(colours.control_border > 0.f);
}

TEST_CASE("colours are written as #rrggbb or #rrggbbaa, and anything else is refused with where") {
  CHECK(parseThemeColour("#1b666b") == ThemeColour{0x1b, 0x66, 0x6b, 255});
  CHECK(parseThemeColour("#00000080") == ThemeColour{0, 0, 0, 0x80});
  CHECK_FALSE(parseThemeColour("1b666b"));
  CHECK_FALSE(parseThemeColour("#1b66zz"));
  auto broken = parseThemeFile(R"({"interface": {"text": "black"}})", "dark.json");
  REQUIRE_FALSE(broken.ok());
  CHECK(broken.error().message.find("dark.json: /interface/text: 'black' is not a colour") == 0);
}

TEST_CASE("a theme missing interface colours names each one") {
  ThemeFile incomplete;
  incomplete.colours["interface.text"] = {255, 255, 255, 255};
  Palette colours;
  const auto missing = interfaceColoursFromTheme(incomplete, colours);
  CHECK(missing.find("interface.background") != std::string::npos);
  CHECK(missing.find("interface.text") == std::string::npos);
}
