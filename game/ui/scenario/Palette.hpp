// The colours scenarios are drawn with. Every text colour is paired with the
// background it sits on, and tests check each pair reaches WCAG AA (4.5:1).
#pragma once

#include <SFML/Graphics/Color.hpp>

#include <string_view>

namespace esprit::ui::palette {

// Cards and their text, shared by every kind.
inline const sf::Color kCard{255, 255, 255};
inline const sf::Color kInk{15, 20, 25};
inline const sf::Color kMutedInk{83, 96, 108};
inline const sf::Color kLink{11, 92, 173};
inline const sf::Color kHairline{207, 217, 222};
inline const sf::Color kCardShadow{0, 0, 0, 28};
inline const sf::Color kPictureWell{230, 233, 237};
inline const sf::Color kOnColour{255, 255, 255};  // text on the coloured tiles below
inline const sf::Color kVerified{29, 120, 214};

// The browser frame around an article.
inline const sf::Color kBrowserChrome{222, 225, 230};
inline const sf::Color kAddressField{247, 248, 249};
inline const sf::Color kAddressInk{32, 33, 36};
inline const sf::Color kAddressMutedInk{84, 88, 93};
inline const sf::Color kSecureLock{24, 110, 60};

// The messaging app.
inline const sf::Color kChatBar{7, 94, 84};
inline const sf::Color kChatBarMutedInk{205, 232, 226};
inline const sf::Color kReadTicks{21, 101, 192};
inline const sf::Color kChatAccent{0, 128, 105};
inline const sf::Color kChatWallpaper{236, 229, 221};
inline const sf::Color kBubbleOther{255, 255, 255};
inline const sf::Color kBubbleSelf{217, 253, 211};
inline const sf::Color kBubbleMutedInk{72, 84, 94};

// The quotation card.
inline const sf::Color kQuoteCard{30, 42, 90};
inline const sf::Color kQuoteMark{242, 184, 75};
inline const sf::Color kQuoteMutedInk{200, 209, 240};
inline const sf::Color kQuoteFooter{244, 245, 250};

// Feedback outlines after a hotspot answer; an icon says the same as the colour.
inline const sf::Color kCorrect{27, 127, 59};
inline const sf::Color kWrong{198, 40, 40};

// Chart series, dark enough to be read as text on white (the legend and a
// right-hand axis are written in the series colour).
inline constexpr int kSeriesColourCount = 4;
sf::Color seriesColour(int index);

// A stable colour for a person, outlet or network name, dark enough for white
// initials on it.
sf::Color colourForName(std::string_view name);
inline constexpr int kNameColourCount = 8;
sf::Color nameColour(int index);

// WCAG 2 contrast ratio between two opaque colours (1 to 21).
double contrastRatio(sf::Color first, sf::Color second);

}  // namespace esprit::ui::palette
