// Checks that right, wrong and partly right stay apart for colour-blind
// players: finds which verdict each feedback screenshot shows (by the
// theme's verdict colours in its pixels), simulates protanopia and
// deuteranopia (Machado, Oliveira & Fernandes 2009, severity 1, in linear
// RGB), and measures how far apart the three verdict colours still are
// (CIELAB ΔE). Icons and words say the same again; this checks the colour.
// Usage: esprit_colour_blind_check THEME.json [--least 15] [--simulated DIR] FEEDBACK.png...
// Exit 0 when all three verdicts were seen and every pair stays apart.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ThemeFile.hpp"

#include <SFML/Graphics/Image.hpp>

#include <array>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace {

using Matrix = std::array<std::array<double, 3>, 3>;

// Machado et al. (2009), severity 1.0.
constexpr Matrix kProtanopia = {{{0.152286, 1.052583, -0.204868},
                                 {0.114503, 0.786281, 0.099216},
                                 {-0.003882, -0.048116, 1.051998}}};
constexpr Matrix kDeuteranopia = {{{0.367322, 0.860646, -0.227968},
                                   {0.280085, 0.672501, 0.047413},
                                   {-0.011820, 0.042940, 0.968881}}};

// A screenshot shows a verdict when at least this many pixels have its colour.
constexpr unsigned kLeastVerdictPixels = 200;

double toLinear(double channel) {
  return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}
double toGamma(double channel) {
  channel = std::clamp(channel, 0.0, 1.0);
  return channel <= 0.0031308 ? channel * 12.92 : 1.055 * std::pow(channel, 1 / 2.4) - 0.055;
}

sf::Color simulate(sf::Color colour, const Matrix& matrix) {
  const double linear[3] = {toLinear(colour.r / 255.0), toLinear(colour.g / 255.0),
                            toLinear(colour.b / 255.0)};
  double out[3];
  for (int row = 0; row < 3; ++row)
    out[row] = matrix[row][0] * linear[0] + matrix[row][1] * linear[1] + matrix[row][2] * linear[2];
  auto channel = [](double value) {
    return static_cast<sf::Uint8>(std::lround(toGamma(value) * 255));
  };
  return {channel(out[0]), channel(out[1]), channel(out[2]), colour.a};
}

std::array<double, 3> toLab(sf::Color colour) {
  const double r = toLinear(colour.r / 255.0), g = toLinear(colour.g / 255.0),
               b = toLinear(colour.b / 255.0);
  // sRGB to XYZ (D65), then to CIELAB.
  double xyz[3] = {(0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047,
                   0.2126 * r + 0.7152 * g + 0.0722 * b,
                   (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883};
  for (auto& value : xyz) value = value > 0.008856 ? std::cbrt(value) : 7.787 * value + 16.0 / 116;
  return {116 * xyz[1] - 16, 500 * (xyz[0] - xyz[1]), 200 * (xyz[1] - xyz[2])};
}

double distance(sf::Color first, sf::Color second) {
  const auto a = toLab(first), b = toLab(second);
  return std::sqrt((a[0] - b[0]) * (a[0] - b[0]) + (a[1] - b[1]) * (a[1] - b[1]) +
                   (a[2] - b[2]) * (a[2] - b[2]));
}

sf::Color fromTheme(esprit::ThemeColour colour) { return {colour.red, colour.green, colour.blue}; }

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr,
                 "usage: esprit_colour_blind_check THEME.json [--least 15] [--simulated DIR] "
                 "FEEDBACK.png...\n");
    return 2;
  }
  auto theme = esprit::loadThemeFile(argv[1]);
  if (!theme) {
    std::fprintf(stderr, "%s\n", theme.error().message.c_str());
    return 2;
  }
  double least = 15;
  std::string simulated_directory;
  std::vector<std::string> files;
  for (int index = 2; index < argc; ++index) {
    const std::string argument = argv[index];
    if (argument == "--least" && index + 1 < argc)
      least = std::stod(argv[++index]);
    else if (argument == "--simulated" && index + 1 < argc)
      simulated_directory = argv[++index];
    else
      files.push_back(argument);
  }
  const char* names[3] = {"right", "partial", "wrong"};
  sf::Color inks[3];
  for (int verdict = 0; verdict < 3; ++verdict) {
    const auto found = theme->colours.find(std::string("interface.") + names[verdict]);
    if (found == theme->colours.end()) {
      std::fprintf(stderr, "%s has no interface.%s colour\n", argv[1], names[verdict]);
      return 2;
    }
    inks[verdict] = fromTheme(found->second);
  }

  bool seen[3] = {false, false, false};
  for (const auto& file : files) {
    sf::Image image;
    if (!image.loadFromFile(file)) {
      std::fprintf(stderr, "FAIL %s: missing or not a PNG\n", file.c_str());
      return 1;
    }
    unsigned counts[3] = {0, 0, 0};
    const auto size = image.getSize();
    for (unsigned y = 0; y < size.y; ++y)
      for (unsigned x = 0; x < size.x; ++x)
        for (int verdict = 0; verdict < 3; ++verdict)
          if (image.getPixel(x, y) == inks[verdict]) ++counts[verdict];
    int shown = -1;
    for (int verdict = 0; verdict < 3; ++verdict)
      if (counts[verdict] >= kLeastVerdictPixels && (shown < 0 || counts[verdict] > counts[shown]))
        shown = verdict;
    std::printf("     %s shows: %s\n", file.c_str(), shown < 0 ? "no verdict" : names[shown]);
    if (shown >= 0) seen[shown] = true;
    if (!simulated_directory.empty()) {
      std::filesystem::create_directories(simulated_directory);
      for (const auto& [kind, matrix] :
           {std::pair{"protanopia", &kProtanopia}, std::pair{"deuteranopia", &kDeuteranopia}}) {
        sf::Image copy = image;
        for (unsigned y = 0; y < size.y; ++y)
          for (unsigned x = 0; x < size.x; ++x)
            copy.setPixel(x, y, simulate(image.getPixel(x, y), *matrix));
        const auto stem = std::filesystem::path(file).stem().string();
        copy.saveToFile(
            (std::filesystem::path(simulated_directory) / (stem + "-" + kind + ".png")).string());
      }
    }
  }
  int failures = 0;
  for (int verdict = 0; verdict < 3; ++verdict) {
    if (!seen[verdict]) {
      std::fprintf(stderr, "FAIL no screenshot shows the %s verdict\n", names[verdict]);
      ++failures;
    }
  }
  for (const auto& [kind, matrix] :
       {std::pair{"normal vision", static_cast<const Matrix*>(nullptr)},
        std::pair{"protanopia", &kProtanopia}, std::pair{"deuteranopia", &kDeuteranopia}}) {
    for (int first = 0; first < 3; ++first) {
      for (int second = first + 1; second < 3; ++second) {
        const sf::Color a = matrix ? simulate(inks[first], *matrix) : inks[first];
        const sf::Color b = matrix ? simulate(inks[second], *matrix) : inks[second];
        const double apart = distance(a, b);
        const bool ok = apart >= least;
        std::printf("%s %-13s %s / %s: ΔE %.1f\n", ok ? "ok  " : "FAIL", kind, names[first],
                    names[second], apart);
        if (!ok) ++failures;
      }
    }
  }
  return failures == 0 ? 0 : 1;
}
