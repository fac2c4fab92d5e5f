// Small lookups the import tests share: a question by id, a problem by line.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Pack.hpp"
#include "core/Problem.hpp"

#include <doctest/doctest.h>
#include <string_view>
#include <vector>

namespace esprit::testing {

inline const Question& questionWithId(const Pack& pack, std::string_view id) {
  const Question* found = nullptr;
  for (const Question& question : pack.questions) {
    if (question.id == id) found = &question;
  }
  INFO("question id " << id);
  REQUIRE(found != nullptr);
  return *found;
}

inline bool hasQuestion(const Pack& pack, std::string_view id) {
  for (const Question& question : pack.questions) {
    if (question.id == id) return true;
  }
  return false;
}

// The problems on `line` of that severity whose message contains `words`.
inline std::size_t countProblemsAt(const std::vector<Problem>& problems, int line,
                                   Severity severity, std::string_view words = {}) {
  std::size_t count = 0;
  for (const Problem& problem : problems) {
    if (problem.line == line && problem.severity == severity &&
        problem.message.find(words) != std::string::npos) {
      ++count;
    }
  }
  return count;
}

inline std::string describeProblems(const std::vector<Problem>& problems) {
  std::string text;
  for (const Problem& problem : problems) text += formatProblem(problem) + "\n";
  return text;
}

}  // namespace esprit::testing
