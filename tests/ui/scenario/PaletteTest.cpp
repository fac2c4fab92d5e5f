// Every text colour reaches WCAG AA contrast (4.5:1) on the background it is drawn on.
#include "ui/scenario/Palette.hpp"

#include <doctest/doctest.h>

using namespace esprit::ui;

TEST_CASE("the contrast formula gives WCAG's known values") {
  CHECK(palette::contrastRatio(sf::Color::Black, sf::Color::White) == doctest::Approx(21));
  CHECK(palette::contrastRatio(sf::Color::White, sf::Color::White) == doctest::Approx(1));
}

TEST_CASE("every text colour reaches AA contrast on its background") {
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
    INFO(pair.where);
    CHECK(palette::contrastRatio(pair.text, pair.background) >= 4.5);
  }
  for (int i = 0; i < palette::kSeriesColourCount; ++i) {
    INFO("chart series " << i << " written on a card");
    CHECK(palette::contrastRatio(palette::seriesColour(i), palette::kCard) >= 4.5);
  }
  for (int i = 0; i < palette::kNameColourCount; ++i) {
    INFO("name colour " << i << ": white initials on it, and sender names on a bubble");
    CHECK(palette::contrastRatio(palette::kOnColour, palette::nameColour(i)) >= 4.5);
    CHECK(palette::contrastRatio(palette::nameColour(i), palette::kBubbleOther) >= 4.5);
  }
}

TEST_CASE("a name always gets the same colour") {
  CHECK(palette::colourForName("Uncle Marc") == palette::colourForName("Uncle Marc"));
}
