// Measures text contrast from the pixels of screenshots: in each 16-pixel
// tile whose background is one flat colour and that holds something else,
// the pixel that stands out most from that background (looked for a little
// past the tile, so that a glyph or line cut by the tile's edge still shows
// its full ink, not only its smoothed edge) must reach the WCAG ratio asked for.
// Tiles with no flat background (photographs) are left out and counted, and
// so are the pack's pictures listed in FILE.pictures.txt ("left top width
// height" per line, written by the game beside each screenshot).
// Usage: esprit_contrast_check [--least 7] [--map DIR] FILE.png...
// Exit 0 when every tile with content reaches the ratio. --map writes a copy
// of each failing screenshot with its failing tiles framed in magenta.
// SPDX-License-Identifier: GPL-3.0-or-later
#include <SFML/Graphics/Image.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <vector>

namespace {

constexpr unsigned kTile = 16;
constexpr unsigned kReach = 6;         // pixels looked at past each side of a tile
constexpr double kFlatShare = 0.5;     // the background covers at least this much of a tile
constexpr double kContentRatio = 1.6;  // below this nothing in the tile stands out: empty
constexpr double kPhotoColours = 60;   // more distinct colours than this, with no flat
                                       // background, is a picture

double linearChannel(sf::Uint8 channel) {
  const double value = channel / 255.0;
  return value <= 0.04045 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
}

double luminance(sf::Color colour) {
  return 0.2126 * linearChannel(colour.r) + 0.7152 * linearChannel(colour.g) +
         0.0722 * linearChannel(colour.b);
}

double ratio(double first, double second) {
  return (std::max(first, second) + 0.05) / (std::min(first, second) + 0.05);
}

sf::Uint32 key(sf::Color colour) {
  return static_cast<sf::Uint32>(colour.r) << 16 | static_cast<sf::Uint32>(colour.g) << 8 |
         colour.b;
}

struct Report {
  unsigned content_tiles = 0, failing_tiles = 0, picture_tiles = 0;
  double lowest = 21;
  std::vector<std::pair<unsigned, unsigned>> failures;  // tile corners
};

struct Area {
  float left, top, width, height;
};

std::vector<Area> readPictures(const std::string& png) {
  std::vector<Area> pictures;
  const auto listing = std::filesystem::path(png).replace_extension(".pictures.txt");
  std::ifstream stream(listing);
  for (Area area{}; stream >> area.left >> area.top >> area.width >> area.height;)
    pictures.push_back(area);
  return pictures;
}

bool overlapsPicture(const std::vector<Area>& pictures, unsigned left, unsigned top) {
  for (const auto& area : pictures) {
    const float margin = static_cast<float>(kReach);
    if (left + kTile > area.left - margin && left < area.left + area.width + margin &&
        top + kTile > area.top - margin && top < area.top + area.height + margin)
      return true;
  }
  return false;
}

Report measure(const sf::Image& image, double least, const std::vector<Area>& pictures) {
  Report report;
  const auto size = image.getSize();
  for (unsigned top = 0; top + kTile <= size.y; top += kTile) {
    for (unsigned left = 0; left + kTile <= size.x; left += kTile) {
      if (overlapsPicture(pictures, left, top)) {
        ++report.picture_tiles;
        continue;
      }
      std::map<sf::Uint32, unsigned> counts;
      for (unsigned y = top; y < top + kTile; ++y)
        for (unsigned x = left; x < left + kTile; ++x) ++counts[key(image.getPixel(x, y))];
      const auto background =
          std::max_element(counts.begin(), counts.end(),
                           [](const auto& a, const auto& b) { return a.second < b.second; });
      if (background->second < kFlatShare * kTile * kTile) {
        if (counts.size() > kPhotoColours) ++report.picture_tiles;
        continue;
      }
      const sf::Color back((background->first >> 16) & 0xff, (background->first >> 8) & 0xff,
                           background->first & 0xff);
      const double back_luminance = luminance(back);
      // Content must be in the tile itself; the reach only finds its full ink.
      bool has_content = false;
      for (unsigned y = top; y < top + kTile && !has_content; ++y)
        for (unsigned x = left; x < left + kTile && !has_content; ++x)
          has_content = ratio(back_luminance, luminance(image.getPixel(x, y))) >= kContentRatio;
      if (!has_content) continue;
      double strongest = 1;
      const unsigned x0 = left >= kReach ? left - kReach : 0;
      const unsigned y0 = top >= kReach ? top - kReach : 0;
      const unsigned x1 = std::min(size.x, left + kTile + kReach);
      const unsigned y1 = std::min(size.y, top + kTile + kReach);
      for (unsigned y = y0; y < y1; ++y)
        for (unsigned x = x0; x < x1; ++x)
          strongest = std::max(strongest, ratio(back_luminance, luminance(image.getPixel(x, y))));
      if (strongest < kContentRatio) continue;
      ++report.content_tiles;
      report.lowest = std::min(report.lowest, strongest);
      if (strongest < least) {
        ++report.failing_tiles;
        report.failures.emplace_back(left, top);
      }
    }
  }
  return report;
}

}  // namespace

int main(int argc, char** argv) {
  double least = 7.0;
  std::string map_directory;
  std::vector<std::string> files;
  for (int index = 1; index < argc; ++index) {
    const std::string argument = argv[index];
    if (argument == "--least" && index + 1 < argc) {
      least = std::stod(argv[++index]);
    } else if (argument == "--map" && index + 1 < argc) {
      map_directory = argv[++index];
    } else {
      files.push_back(argument);
    }
  }
  if (files.empty()) {
    std::fprintf(stderr, "usage: esprit_contrast_check [--least 7] [--map DIR] FILE.png...\n");
    return 2;
  }
  int failures = 0;
  for (const auto& file : files) {
    sf::Image image;
    if (!image.loadFromFile(file)) {
      std::fprintf(stderr, "FAIL %s: missing or not a PNG\n", file.c_str());
      ++failures;
      continue;
    }
    const Report report = measure(image, least, readPictures(file));
    const bool ok = report.failing_tiles == 0 && report.content_tiles > 0;
    std::printf(
        "%s %s: %u tiles with content, lowest contrast %.2f:1, %u below %.1f:1, %u of a picture "
        "left out\n",
        ok ? "ok  " : "FAIL", file.c_str(), report.content_tiles, report.lowest,
        report.failing_tiles, least, report.picture_tiles);
    if (ok) continue;
    ++failures;
    for (std::size_t shown = 0; shown < report.failures.size() && shown < 8; ++shown)
      std::printf("       tile at x=%u y=%u\n", report.failures[shown].first,
                  report.failures[shown].second);
    if (!map_directory.empty()) {
      sf::Image map = image;
      for (const auto& [left, top] : report.failures) {
        for (unsigned step = 0; step < kTile; ++step) {
          for (const auto& [x, y] :
               {std::pair{left + step, top}, std::pair{left + step, top + kTile - 1},
                std::pair{left, top + step}, std::pair{left + kTile - 1, top + step}})
            map.setPixel(x, y, sf::Color::Magenta);
        }
      }
      std::filesystem::create_directories(map_directory);
      map.saveToFile(
          (std::filesystem::path(map_directory) / std::filesystem::path(file).filename()).string());
    }
  }
  return failures == 0 ? 0 : 1;
}
