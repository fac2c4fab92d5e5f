// A pack's picture inside a scenario: scaled to fit with its proportions
// kept, or, when the file cannot be read, a labelled grey box saying so.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/scenario/Canvas.hpp"
#include "ui/scenario/MediaCache.hpp"
#include "ui/scenario/ScenarioMetrics.hpp"

#include <string>

namespace esprit::ui {

struct PlacedPicture {
  sf::FloatRect box;      // the whole space taken, `width` wide
  sf::FloatRect picture;  // the picture itself (or the placeholder) inside it
  bool available = false;
};

// `description` (the pack's alt text) is written on the placeholder, so that
// a teacher sees which picture is missing and a player still learns what it showed.
PlacedPicture composePicture(Canvas& canvas, sf::Vector2f position, float width, float max_height,
                             const std::string& media_path, const std::string& description,
                             const ScenarioMetrics& metrics, const ScenarioStyle& style,
                             MediaCache& media);

}  // namespace esprit::ui
