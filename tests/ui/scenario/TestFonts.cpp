// Loads the Noto fonts once for all renderer tests.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestFonts.hpp"

#include <doctest/doctest.h>

#include <map>
#include <string>

namespace esprit::test {
namespace {

const sf::Font& loadOnce(const char* file) {
  static std::map<std::string, sf::Font> fonts;
  auto [found, added] = fonts.try_emplace(file);
  if (added) {
    std::string path = std::string("/usr/share/fonts/truetype/noto/") + file;
    REQUIRE_MESSAGE(found->second.loadFromFile(path), "install fonts-noto-core for " << path);
  }
  return found->second;
}

}  // namespace

const sf::Font& regularFont() { return loadOnce("NotoSans-Regular.ttf"); }
const sf::Font& boldFont() { return loadOnce("NotoSans-Bold.ttf"); }
const sf::Font& symbolFont() { return loadOnce("NotoSansSymbols2-Regular.ttf"); }

ui::ScenarioStyle testStyle(float text_size) {
  ui::ScenarioStyle style;
  style.regular = &regularFont();
  style.bold = &boldFont();
  style.fallback = &symbolFont();
  style.text_size = text_size;
  return style;
}

}  // namespace esprit::test
