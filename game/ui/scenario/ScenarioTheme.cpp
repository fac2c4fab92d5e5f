// Scenario colours from a theme file.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/scenario/ScenarioTheme.hpp"

#include "ui/scenario/Palette.hpp"

#include <utility>

namespace esprit::ui::scenario_theme {
namespace {

using palette::ScenarioColours;

sf::Color toSfmlColour(ThemeColour colour) {
  return sf::Color(colour.red, colour.green, colour.blue, colour.alpha);
}

// Every colour a theme's scenario section must name, and where it goes.
const std::pair<const char*, sf::Color ScenarioColours::*> kColours[] = {
    {"card", &ScenarioColours::card},
    {"ink", &ScenarioColours::ink},
    {"muted_ink", &ScenarioColours::muted_ink},
    {"link", &ScenarioColours::link},
    {"hairline", &ScenarioColours::hairline},
    {"card_shadow", &ScenarioColours::card_shadow},
    {"picture_well", &ScenarioColours::picture_well},
    {"on_colour", &ScenarioColours::on_colour},
    {"verified", &ScenarioColours::verified},
    {"browser_chrome", &ScenarioColours::browser_chrome},
    {"address_field", &ScenarioColours::address_field},
    {"address_ink", &ScenarioColours::address_ink},
    {"address_muted_ink", &ScenarioColours::address_muted_ink},
    {"secure_lock", &ScenarioColours::secure_lock},
    {"chat_bar", &ScenarioColours::chat_bar},
    {"chat_bar_muted_ink", &ScenarioColours::chat_bar_muted_ink},
    {"read_ticks", &ScenarioColours::read_ticks},
    {"chat_accent", &ScenarioColours::chat_accent},
    {"chat_wallpaper", &ScenarioColours::chat_wallpaper},
    {"bubble_other", &ScenarioColours::bubble_other},
    {"bubble_self", &ScenarioColours::bubble_self},
    {"bubble_muted_ink", &ScenarioColours::bubble_muted_ink},
    {"quote_card", &ScenarioColours::quote_card},
    {"quote_mark", &ScenarioColours::quote_mark},
    {"quote_muted_ink", &ScenarioColours::quote_muted_ink},
    {"quote_footer", &ScenarioColours::quote_footer},
    {"correct", &ScenarioColours::correct},
    {"wrong", &ScenarioColours::wrong},
};

}  // namespace

std::string readScenarioColours(const ThemeFile& file, bool apply) {
  ScenarioColours colours;
  std::string missing;
  auto note = [&missing](const std::string& name) {
    missing += (missing.empty() ? "" : ", ") + name;
  };
  for (const auto& [name, field] : kColours) {
    const auto found = file.colours.find(std::string("scenario.") + name);
    if (found == file.colours.end())
      note(std::string("scenario.") + name);
    else
      colours.*field = toSfmlColour(found->second);
  }
  auto readList = [&](const char* name, auto& target) {
    const auto found = file.colour_lists.find(name);
    if (found == file.colour_lists.end() || found->second.size() != target.size()) {
      note(std::string(name) + " (" + std::to_string(target.size()) + " colours)");
      return;
    }
    for (std::size_t index = 0; index < target.size(); ++index)
      target[index] = toSfmlColour(found->second[index]);
  };
  readList("scenario.series", colours.series);
  readList("scenario.names", colours.names);
  if (missing.empty() && apply) palette::useScenarioColours(colours);
  return missing;
}

void useBuiltInScenarioColours() { palette::useScenarioColours(ScenarioColours{}); }

}  // namespace esprit::ui::scenario_theme
