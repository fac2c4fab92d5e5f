// Reads one scenario of a pack (post, article, chat, chart, image, quote)
// and says which hotspot parts each kind offers.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MediaPath.hpp"
#include "ObjectReader.hpp"
#include "Pack.hpp"

#include <optional>
#include <string>
#include <vector>

namespace esprit {

// The reader's `label` should already name the scenario ("scenario post-1").
// Returns nothing when the kind is missing or unknown; other problems are
// reported and the scenario is still returned, so later checks can go on.
std::optional<ScenarioContent> readScenarioContent(ObjectReader& reader,
                                                   const MediaPathChecker& media);

// Named hotspot parts of a drawn scenario; images take rectangles instead.
std::vector<std::string> hotspotPartsOf(const ScenarioContent& content);

}  // namespace esprit
