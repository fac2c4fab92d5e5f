// Reads one question of a pack and checks it against its type: options,
// answer, regions, confidence, sources. Checks that need the whole pack
// (duplicate ids, balance, unused scenarios) are in PackValidator.
#pragma once

#include "ObjectReader.hpp"
#include "Pack.hpp"
#include "Taxonomy.hpp"

#include <map>
#include <set>
#include <string>

namespace esprit {

struct QuestionContext {
  const std::map<std::string, const Scenario*, std::less<>>& scenarios_by_id;
  // Ids of scenarios that exist but could not be read; a question using one
  // is not blamed for the scenario's own problem.
  const std::set<std::string, std::less<>>& broken_scenario_ids;
  const Taxonomy& taxonomy;
};

// The reader's label should already name the question ("question q7").
// Returns nothing only when the type is missing or unknown.
std::optional<Question> readQuestion(ObjectReader& reader, const QuestionContext& context);

}  // namespace esprit
