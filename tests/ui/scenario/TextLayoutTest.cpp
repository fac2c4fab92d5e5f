// Word wrapping: UTF-8 in, lines that never run wider than asked.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestFonts.hpp"
#include "ui/scenario/TextLayout.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>

using namespace esprit;
using namespace esprit::ui;

namespace {

TextStyle bodyStyle(unsigned size = 22) {
  return {&esprit::test::regularFont(), size, sf::Color::Black};
}

float widestRunEnd(const TextBlock& block) {
  float widest = 0;
  for (const auto& run : block.runs) widest = std::max(widest, run.position.x + run.width);
  return widest;
}

}  // namespace

TEST_CASE("wrapped text never runs wider than the width it was given") {
  std::string french =
      "Les élèves découvrent que « l'information » se vérifie : où, quand, qui l'a écrit ? "
      "Ça dépend des sources, même à l'école.";
  for (float width : {80.f, 150.f, 333.f, 600.f}) {
    for (unsigned size : {22u, 44u}) {
      TextBlock block = layoutText(french, bodyStyle(size), width);
      CHECK(block.line_count >= 1);
      CHECK(widestRunEnd(block) <= width + 0.01f);
      CHECK(block.width <= width + 0.01f);
      CHECK(block.height() == doctest::Approx(block.line_count * block.line_height));
    }
  }
}

TEST_CASE("wrapping keeps every letter, accents included") {
  std::string text = "Où est l'élève ? Déjà parti à la bibliothèque.";
  TextBlock block = layoutText(text, bodyStyle(), 120);
  std::u32string drawn;
  for (const auto& run : block.runs) {
    for (auto character : run.text) drawn += static_cast<char32_t>(character);
  }
  std::u32string expected;
  for (char32_t character : decodeUtf8(text)) {
    if (character != U' ') expected += character;
  }
  std::erase(drawn, U' ');
  CHECK(drawn == expected);
  CHECK(block.line_count > 1);
}

TEST_CASE("a word longer than the line is cut so that nothing is clipped") {
  std::string address = "https://a-very-long-address.example/with/many/folders/and-a-page-name";
  TextBlock block = layoutText(address, bodyStyle(), 100);
  CHECK(block.line_count > 2);
  CHECK(widestRunEnd(block) <= 100.01f);
}

TEST_CASE("even a line narrower than one letter holds one letter per line") {
  TextBlock block = layoutText("abc", bodyStyle(), 1);
  CHECK(block.line_count == 3);
}

TEST_CASE("explicit line breaks start new lines and an empty text takes no room") {
  CHECK(layoutText("one\ntwo\n\nfour", bodyStyle(), 1000).line_count == 4);
  CHECK(layoutText("", bodyStyle(), 1000).line_count == 0);
  CHECK(layoutText("", bodyStyle(), 1000).height() == 0);
}

TEST_CASE("bytes that are not UTF-8 become replacement characters instead of stopping the text") {
  std::u32string decoded = decodeUtf8("ok \xC3 \xFF\xFE end \xE2\x82");
  CHECK(decoded.find(U"ok") == 0);
  CHECK(decoded.find(U"end") != std::u32string::npos);
  CHECK(std::count(decoded.begin(), decoded.end(), char32_t{0xFFFD}) >= 3);
  // Overlong forms and surrogates are refused too.
  CHECK(decodeUtf8("\xC0\xAF") == std::u32string(2, 0xFFFD));
  CHECK(decodeUtf8("\xED\xA0\x80").find(0xD800) == std::u32string::npos);
  CHECK(encodeUtf8(decodeUtf8("Léa ❤ 🍋")) == "Léa ❤ 🍋");
}

TEST_CASE("emoji that no font has are left out, never drawn as boxes or crashing") {
  TextBlock with_emoji = layoutText("Hot lemon 🍋👍🏽 water", bodyStyle(), 1000);
  TextBlock without = layoutText("Hot lemon  water", bodyStyle(), 1000);
  CHECK(with_emoji.width == doctest::Approx(without.width));
  CHECK(layoutText("🍋", bodyStyle(), 1000).runs.empty());
}

TEST_CASE("a symbol the text font lacks is taken from the fallback font") {
  TextBlock block = layoutText("Family ❤", bodyStyle(), 1000, &esprit::test::symbolFont());
  bool used_fallback = std::any_of(block.runs.begin(), block.runs.end(), [](const PlacedRun& run) {
    return run.style.font == &esprit::test::symbolFont();
  });
  CHECK(used_fallback);
}

TEST_CASE("centred lines are placed in the middle of the width") {
  TextBlock block = layoutText("middle", bodyStyle(), 400, nullptr, TextAlignment::centre);
  REQUIRE(block.runs.size() == 1);
  CHECK(block.runs[0].position.x == doctest::Approx((400 - block.runs[0].width) / 2));
}

TEST_CASE("French spaces inside « » and before : ! ? never start or end a line") {
  std::string text = "Elle a dit « bonjour » : vraiment ?";
  // From the width where « bonjour » : fits on one line.
  float narrowest = measureTextWidth("« bonjour » :", bodyStyle());
  for (float width = narrowest; width < 500; width += 7) {
    TextBlock block = layoutText(text, bodyStyle(), width);
    for (const auto& run : block.runs) {
      std::u32string line;
      for (auto character : run.text) line += static_cast<char32_t>(character);
      INFO("width " << width << ": " << encodeUtf8(line));
      bool is_line_start = run.position.x == 0;
      if (is_line_start) {
        CHECK(line.front() != U':');
        CHECK(line.front() != U'?');
        CHECK(line.front() != U'»');
      }
      CHECK(line.back() != U'«');
    }
  }
}
