// Switching scenario colours, the colour lists and the WCAG contrast formula.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/scenario/Palette.hpp"

#include <array>
#include <cmath>
#include <cstdint>

namespace esprit::ui::palette {
namespace {

double linearChannel(std::uint8_t channel) {
  double value = channel / 255.0;
  return value <= 0.04045 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
}

double relativeLuminance(sf::Color colour) {
  return 0.2126 * linearChannel(colour.r) + 0.7152 * linearChannel(colour.g) +
         0.0722 * linearChannel(colour.b);
}

}  // namespace

void useScenarioColours(const ScenarioColours& colours) { active_colours = colours; }

sf::Color seriesColour(int index) {
  const auto& series = active_colours.series;
  return series[static_cast<std::size_t>(index) % series.size()];
}

sf::Color nameColour(int index) {
  const auto& names = active_colours.names;
  return names[static_cast<std::size_t>(index) % names.size()];
}

sf::Color colourForName(std::string_view name) {
  // FNV-1a: the same name gets the same colour on every machine and run.
  std::uint32_t hash = 2166136261u;
  for (char character : name) {
    hash = (hash ^ static_cast<unsigned char>(character)) * 16777619u;
  }
  return nameColour(static_cast<int>(hash % kNameColourCount));
}

double contrastRatio(sf::Color first, sf::Color second) {
  double lighter = relativeLuminance(first);
  double darker = relativeLuminance(second);
  if (lighter < darker) std::swap(lighter, darker);
  return (lighter + 0.05) / (darker + 0.05);
}

}  // namespace esprit::ui::palette
