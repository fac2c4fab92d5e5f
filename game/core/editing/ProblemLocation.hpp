// Turns the JSON pointer of a validator problem ("/questions/3/options/1")
// into the editor item and field it is about, so that clicking a problem
// can select the question and focus the field.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Problem.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace esprit::editing {

enum class PackSection { metadata, scenario, question };

struct ProblemLocation {
  PackSection section = PackSection::metadata;
  std::size_t index = 0;  // the scenario or question, counted from 0
  std::string field;  // what follows the item: "options/1", "author/name"; "" for the item itself

  // The first step of `field`: "options" for "options/1".
  std::string fieldName() const;
  // The number in the second step ("options/1" -> 1), when there is one.
  std::optional<std::size_t> fieldIndex() const;
};

// The item a pointer is about. A pointer to the whole document or to a
// pack-level field ("/title", "/authors/0") is about the metadata;
// "/questions" alone (the list) too.
ProblemLocation locateProblem(std::string_view pointer);

// The same for a whole problem: a missing field is reported at its item
// ("question q7 has no \"prompt\"."), so the field is read from the message.
ProblemLocation locateProblem(const Problem& problem);

}  // namespace esprit::editing
