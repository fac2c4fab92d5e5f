// Checks the screenshots of a scripted game: each PNG exists, is not blank
// (it has many colours, not one), and no two screens are identical.
// Usage: esprit_screenshot_check FILE.png...   Exit 0 when all is well.
// SPDX-License-Identifier: GPL-3.0-or-later
#include <SFML/Graphics/Image.hpp>

#include <cstdio>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <string_view>

namespace {

// A real screen of Esprit has text, cards and buttons: far more colours than this.
constexpr std::size_t kMinimumColours = 16;

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: esprit_screenshot_check FILE.png...\n");
    return 2;
  }
  int failures = 0;
  std::map<std::size_t, std::string> seen;  // pixel hash → first file with it
  for (int index = 1; index < argc; ++index) {
    const std::string file = argv[index];
    sf::Image image;
    if (!image.loadFromFile(file)) {
      std::fprintf(stderr, "FAIL %s: missing or not a PNG\n", file.c_str());
      ++failures;
      continue;
    }
    const auto size = image.getSize();
    const sf::Uint8* pixels = image.getPixelsPtr();
    const std::size_t count = static_cast<std::size_t>(size.x) * size.y;
    std::set<sf::Uint32> colours;
    for (std::size_t pixel = 0; pixel < count && colours.size() < kMinimumColours; ++pixel) {
      const sf::Uint8* rgba = pixels + pixel * 4;
      colours.insert(static_cast<sf::Uint32>(rgba[0]) << 16 |
                     static_cast<sf::Uint32>(rgba[1]) << 8 | rgba[2]);
    }
    if (colours.size() < kMinimumColours) {
      std::fprintf(stderr, "FAIL %s: blank (%zu colours)\n", file.c_str(), colours.size());
      ++failures;
      continue;
    }
    const auto hash = std::hash<std::string_view>{}(
        std::string_view(reinterpret_cast<const char*>(pixels), count * 4));
    auto [previous, inserted] = seen.emplace(hash, file);
    if (!inserted) {
      std::fprintf(stderr, "FAIL %s: identical to %s\n", file.c_str(), previous->second.c_str());
      ++failures;
      continue;
    }
    std::printf("ok   %s (%ux%u)\n", file.c_str(), size.x, size.y);
  }
  return failures == 0 ? 0 : 1;
}
