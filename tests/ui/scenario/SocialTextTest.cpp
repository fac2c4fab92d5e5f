// Hashtags, mentions and web addresses in a post are found and styled.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestFonts.hpp"
#include "ui/scenario/SocialText.hpp"

#include <doctest/doctest.h>

using namespace esprit;
using namespace esprit::ui;

namespace {

const sf::Color kPlain = sf::Color::Black;
const sf::Color kLink = sf::Color::Blue;

std::vector<std::string> highlighted(const std::string& text) {
  TextStyle plain{&esprit::test::regularFont(), 20, kPlain};
  TextStyle link{&esprit::test::regularFont(), 20, kLink};
  std::vector<std::string> found;
  for (const auto& piece : styleSocialText(text, plain, link)) {
    if (piece.style.colour == kLink) found.push_back(encodeUtf8(piece.text));
  }
  return found;
}

}  // namespace

TEST_CASE("hashtags, mentions and addresses are highlighted, accents included") {
  auto found = highlighted("Merci @école_centrale ! #Rivière #NoPharma https://site.example/a.");
  CHECK(found ==
        std::vector<std::string>{"@école_centrale", "#Rivière", "#NoPharma", "site.example/a"});
}

TEST_CASE("an e-mail address, a lone # and a price are not tags") {
  CHECK(highlighted("write to ana@school.example or call # 12, costs 5€").empty());
}

TEST_CASE("a long address is shortened after the site's name, never inside it") {
  CHECK(encodeUtf8(shortenAddress(U"https://nat-health.example/lemon-water-cure-revealed-today")) ==
        "nat-health.example/lemon-wate…");
  std::u32string long_site = U"https://a-site-name-that-is-much-longer-than-thirty.example/x";
  CHECK(encodeUtf8(shortenAddress(long_site))
            .rfind("a-site-name-that-is-much-longer-than-thirty.example", 0) == 0);
  CHECK(encodeUtf8(shortenAddress(U"www.short.example")) == "www.short.example");
}
