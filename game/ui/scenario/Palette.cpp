// The colour tables behind Palette.hpp and the WCAG contrast formula.
#include "ui/scenario/Palette.hpp"

#include <array>
#include <cmath>
#include <cstdint>

namespace esprit::ui::palette {
namespace {

const std::array<sf::Color, kSeriesColourCount> kSeries{
    sf::Color{31, 95, 173}, sf::Color{180, 83, 9}, sf::Color{30, 123, 52}, sf::Color{123, 63, 168}};

const std::array<sf::Color, kNameColourCount> kNames{
    sf::Color{31, 95, 173}, sf::Color{142, 58, 150}, sf::Color{178, 58, 72},
    sf::Color{30, 123, 90}, sf::Color{161, 78, 11},  sf::Color{75, 91, 181},
    sf::Color{0, 121, 107}, sf::Color{106, 76, 147}};

double linearChannel(std::uint8_t channel) {
  double value = channel / 255.0;
  return value <= 0.04045 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
}

double relativeLuminance(sf::Color colour) {
  return 0.2126 * linearChannel(colour.r) + 0.7152 * linearChannel(colour.g) +
         0.0722 * linearChannel(colour.b);
}

}  // namespace

sf::Color seriesColour(int index) {
  return kSeries[static_cast<std::size_t>(index) % kSeries.size()];
}

sf::Color nameColour(int index) { return kNames[static_cast<std::size_t>(index) % kNames.size()]; }

sf::Color colourForName(std::string_view name) {
  // FNV-1a: the same name gets the same colour on every machine and run.
  std::uint32_t hash = 2166136261u;
  for (char character : name) {
    hash = (hash ^ static_cast<unsigned char>(character)) * 16777619u;
  }
  return nameColour(static_cast<int>(hash % kNames.size()));
}

double contrastRatio(sf::Color first, sf::Color second) {
  double lighter = relativeLuminance(first);
  double darker = relativeLuminance(second);
  if (lighter < darker) std::swap(lighter, darker);
  return (lighter + 0.05) / (darker + 0.05);
}

}  // namespace esprit::ui::palette
