// The one pack validator: walks a parsed pack.json, reports every problem it
// finds (not just the first) and builds the Pack from what it read. The game,
// the editor and `esprit validate` all go through it.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "JsonTree.hpp"
#include "MediaPath.hpp"
#include "ObjectReader.hpp"
#include "Pack.hpp"
#include "Taxonomy.hpp"

namespace esprit {

Pack validatePackTree(JsonValue root, ProblemSink& sink, const MediaPathChecker& media,
                      const Taxonomy& taxonomy, const PackLimits& limits);

}  // namespace esprit
