// Draws a pack's scenario (post, article, chat, chart, image, quote) with SFML
// from its fields, inside a rectangle of the window, and says where each
// tappable part landed so hotspot questions can be answered by touch.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Pack.hpp"

#include <SFML/Graphics.hpp>

#include <optional>
#include <string>
#include <vector>

namespace esprit::ui {

class MediaCache;

struct ScenarioStyle {
  const sf::Font* regular = nullptr;
  const sf::Font* bold = nullptr;
  float text_size = 22.f;       // base size in pixels; everything else derives from it
  std::string language = "en";  // for words the renderer adds ("Forwarded", "Sponsored")
  // Parts to outline after a hotspot answer: the right ones and the one tapped.
  // Each name is a part name ("handle") or the id of one of `regions` below.
  std::vector<std::string> correct_parts;
  std::string tapped_part;

  // Optional additions; a null font falls back to `regular` or `bold`.
  const sf::Font* fallback = nullptr;    // symbols the main fonts lack (❤, ✓, arrows)
  const sf::Font* serif_bold = nullptr;  // newspaper mastheads
  // The question's hotspot regions, so that rectangle regions named in
  // correct_parts or tapped_part can be outlined on the picture too.
  std::vector<HotspotRegion> regions;
};

// A named part of a drawn scenario ("handle", "message:2", or a hotspot
// region id for rectangles on an image), in window coordinates.
struct ScenarioPart {
  std::string name;
  sf::FloatRect bounds;
};

struct ScenarioLayout {
  sf::FloatRect bounds;  // what was actually used inside the area
  std::vector<ScenarioPart> parts;
  std::optional<sf::FloatRect> image_bounds;  // the picture, when there is one
};

// The height the scenario needs at this width, without drawing it; screens
// use it to reflow so that nothing is clipped. drawScenario at the same width
// uses exactly this height.
float measureScenarioHeight(const Scenario& scenario, float width, const ScenarioStyle& style,
                            MediaCache& media);

// Draws into `target` inside `area` and returns where each part went. The
// media cache must know the pack's folder (MediaCache::usePack) for pictures.
ScenarioLayout drawScenario(sf::RenderTarget& target, const Scenario& scenario,
                            const sf::FloatRect& area, const ScenarioStyle& style,
                            MediaCache& media);

// Where each part would go, without drawing: the same layout drawScenario
// returns, for hit-testing a tap before the next frame is drawn.
ScenarioLayout layoutScenario(const Scenario& scenario, const sf::FloatRect& area,
                              const ScenarioStyle& style, MediaCache& media);

// Where a hotspot region lies on screen: a named part, or a rectangle on the
// scenario's picture. Empty when the scenario has no such part.
std::optional<sf::FloatRect> regionBounds(const ScenarioLayout& layout,
                                          const HotspotRegion& region);

// The region under a tap, if any; when regions overlap, the smallest wins, so
// a small region inside a larger one can still be tapped.
const HotspotRegion* regionAt(const ScenarioLayout& layout,
                              const std::vector<HotspotRegion>& regions, sf::Vector2f point);

// The named parts this scenario offers to hotspot questions, in reading
// order ("message:1" … for each message of a chat). Optional fields left
// empty (an article without byline) have no part.
std::vector<std::string> scenarioPartNames(const Scenario& scenario);

}  // namespace esprit::ui
