// Reads one question of a pack and checks it against its type: options,
// answer, regions, confidence, sources. Checks that need the whole pack
// (duplicate ids, balance, unused scenarios) are in PackValidator.
#pragma once

#include "ObjectReader.hpp"
#include "Pack.hpp"
#include "Taxonomy.hpp"

#include <map>
#include <string>

namespace esprit {

struct QuestionContext {
  const std::map<std::string, const Scenario*, std::less<>>& scenarios_by_id;
  const Taxonomy& taxonomy;
};

// The reader's label should already name the question ("question q7").
// Returns nothing only when the type is missing or unknown.
std::optional<Question> readQuestion(ObjectReader& reader, const QuestionContext& context);

}  // namespace esprit
