// The colours scenarios are drawn with, in the theme in use (standard or high
// contrast, from assets/themes/). Every text colour is paired with the
// background it sits on, and tests check each pair reaches WCAG AA (4.5:1) in
// the standard theme and AAA (7:1) in the high-contrast one.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <SFML/Graphics/Color.hpp>

#include <array>
#include <string_view>

namespace esprit::ui::palette {

inline constexpr int kSeriesColourCount = 4;
inline constexpr int kNameColourCount = 8;

// One theme's scenario colours; the built-in values are the standard theme.
struct ScenarioColours {
  // Cards and their text, shared by every kind.
  sf::Color card{255, 255, 255};
  sf::Color ink{15, 20, 25};
  sf::Color muted_ink{83, 96, 108};
  sf::Color link{11, 92, 173};
  sf::Color hairline{207, 217, 222};
  sf::Color card_shadow{0, 0, 0, 28};
  sf::Color picture_well{230, 233, 237};
  sf::Color on_colour{255, 255, 255};  // text on the coloured tiles below
  sf::Color verified{29, 120, 214};

  // The browser frame around an article.
  sf::Color browser_chrome{222, 225, 230};
  sf::Color address_field{247, 248, 249};
  sf::Color address_ink{32, 33, 36};
  sf::Color address_muted_ink{84, 88, 93};
  sf::Color secure_lock{24, 110, 60};

  // The messaging app.
  sf::Color chat_bar{7, 94, 84};
  sf::Color chat_bar_muted_ink{205, 232, 226};
  sf::Color read_ticks{21, 101, 192};
  sf::Color chat_accent{0, 128, 105};
  sf::Color chat_wallpaper{236, 229, 221};
  sf::Color bubble_other{255, 255, 255};
  sf::Color bubble_self{217, 253, 211};
  sf::Color bubble_muted_ink{72, 84, 94};

  // The quotation card.
  sf::Color quote_card{30, 42, 90};
  sf::Color quote_mark{242, 184, 75};
  sf::Color quote_muted_ink{200, 209, 240};
  sf::Color quote_footer{244, 245, 250};

  // Feedback outlines after a hotspot answer; an icon says the same as the colour.
  sf::Color correct{27, 127, 59};
  sf::Color wrong{198, 40, 40};
  // Chart series, dark (or light) enough to be read as text on a card: the
  // legend and a right-hand axis are written in the series colour.
  std::array<sf::Color, kSeriesColourCount> series{sf::Color{31, 95, 173}, sf::Color{180, 83, 9},
                                                   sf::Color{30, 123, 52}, sf::Color{123, 63, 168}};
  // Stable colours for people, outlets and networks, behind `on_colour` initials.
  std::array<sf::Color, kNameColourCount> names{sf::Color{31, 95, 173}, sf::Color{142, 58, 150},
                                                sf::Color{178, 58, 72}, sf::Color{30, 123, 90},
                                                sf::Color{161, 78, 11}, sf::Color{75, 91, 181},
                                                sf::Color{0, 121, 107}, sf::Color{106, 76, 147}};
};

// The colours in use now. The renderers read them through the references
// below, so switching themes (useScenarioColours) needs no change in them.
inline ScenarioColours active_colours{};
void useScenarioColours(const ScenarioColours& colours);

// Cards and their text, shared by every kind.
inline const sf::Color& kCard = active_colours.card;
inline const sf::Color& kInk = active_colours.ink;
inline const sf::Color& kMutedInk = active_colours.muted_ink;
inline const sf::Color& kLink = active_colours.link;
inline const sf::Color& kHairline = active_colours.hairline;
inline const sf::Color& kCardShadow = active_colours.card_shadow;
inline const sf::Color& kPictureWell = active_colours.picture_well;
inline const sf::Color& kOnColour = active_colours.on_colour;
inline const sf::Color& kVerified = active_colours.verified;

// The browser frame around an article.
inline const sf::Color& kBrowserChrome = active_colours.browser_chrome;
inline const sf::Color& kAddressField = active_colours.address_field;
inline const sf::Color& kAddressInk = active_colours.address_ink;
inline const sf::Color& kAddressMutedInk = active_colours.address_muted_ink;
inline const sf::Color& kSecureLock = active_colours.secure_lock;

// The messaging app.
inline const sf::Color& kChatBar = active_colours.chat_bar;
inline const sf::Color& kChatBarMutedInk = active_colours.chat_bar_muted_ink;
inline const sf::Color& kReadTicks = active_colours.read_ticks;
inline const sf::Color& kChatAccent = active_colours.chat_accent;
inline const sf::Color& kChatWallpaper = active_colours.chat_wallpaper;
inline const sf::Color& kBubbleOther = active_colours.bubble_other;
inline const sf::Color& kBubbleSelf = active_colours.bubble_self;
inline const sf::Color& kBubbleMutedInk = active_colours.bubble_muted_ink;

// The quotation card.
inline const sf::Color& kQuoteCard = active_colours.quote_card;
inline const sf::Color& kQuoteMark = active_colours.quote_mark;
inline const sf::Color& kQuoteMutedInk = active_colours.quote_muted_ink;
inline const sf::Color& kQuoteFooter = active_colours.quote_footer;

// Feedback outlines after a hotspot answer; an icon says the same as the colour.
inline const sf::Color& kCorrect = active_colours.correct;
inline const sf::Color& kWrong = active_colours.wrong;

// Chart series colour `index` (wrapping around).
sf::Color seriesColour(int index);

// A stable colour for a person, outlet or network name, with enough
// contrast for `on_colour` initials on it.
sf::Color colourForName(std::string_view name);
sf::Color nameColour(int index);

// WCAG 2 contrast ratio between two opaque colours (1 to 21).
double contrastRatio(sf::Color first, sf::Color second);

}  // namespace esprit::ui::palette
