// Reads one question of a pack and checks it against its type: options,
// answer, regions, confidence, sources. Checks that need the whole pack
// (duplicate ids, balance, unused scenarios) are in PackValidator.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ObjectReader.hpp"
#include "Pack.hpp"
#include "Taxonomy.hpp"

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace esprit {

// Sets and maps keyed by views into the parsed tree or the pack being built,
// which outlive the validation: no string is copied to look an id up.
using ViewSet = std::unordered_set<std::string_view>;
using ScenarioIndex = std::unordered_map<std::string_view, const Scenario*>;

struct QuestionContext {
  const ScenarioIndex& scenarios_by_id;
  // Ids of scenarios that exist but could not be read; a question using one
  // is not blamed for the scenario's own problem.
  const ViewSet& broken_scenario_ids;
  const Taxonomy& taxonomy;
};

// The reader's label should already name the question ("question q7").
// Returns nothing only when the type is missing or unknown.
std::optional<Question> readQuestion(ObjectReader& reader, const QuestionContext& context);

}  // namespace esprit
