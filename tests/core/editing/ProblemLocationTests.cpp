// JSON pointers of validator problems mapped to editor items.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/editing/ProblemLocation.hpp"

#include <doctest/doctest.h>

using namespace esprit::editing;

TEST_CASE("a pointer into a question names the question and the field") {
  const auto location = locateProblem("/questions/3/options/1");
  CHECK(location.section == PackSection::question);
  CHECK(location.index == 3);
  CHECK(location.field == "options/1");
  CHECK(location.fieldName() == "options");
  CHECK(location.fieldIndex() == 1u);
}

TEST_CASE("a pointer into a scenario names the scenario and the nested field") {
  const auto location = locateProblem("/scenarios/0/author/name");
  CHECK(location.section == PackSection::scenario);
  CHECK(location.index == 0);
  CHECK(location.field == "author/name");
  CHECK(location.fieldName() == "author");
  CHECK_FALSE(location.fieldIndex().has_value());
}

TEST_CASE("a pointer to the item itself has no field") {
  const auto location = locateProblem("/questions/12");
  CHECK(location.section == PackSection::question);
  CHECK(location.index == 12);
  CHECK(location.field.empty());
}

TEST_CASE("pack-level fields, the whole document and the lists themselves are metadata") {
  CHECK(locateProblem("/title").section == PackSection::metadata);
  CHECK(locateProblem("/title").field == "title");
  CHECK(locateProblem("/authors/0").fieldIndex() == 0u);
  CHECK(locateProblem("").section == PackSection::metadata);
  CHECK(locateProblem("/questions").section == PackSection::metadata);
  CHECK(locateProblem("/questions/x/prompt").section == PackSection::metadata);
}

TEST_CASE("escaped pointer steps are decoded") {
  CHECK(locateProblem("/a~1b~0c").field == "a/b~c");
}

TEST_CASE("a missing field reported at its item is located at the field") {
  esprit::Problem problem;
  problem.pointer = "/scenarios/2/author";
  problem.message = "scenario post-1 author has no \"name\". Add the name shown on the post.";
  const auto location = locateProblem(problem);
  CHECK(location.index == 2);
  CHECK(location.field == "author/name");
}
