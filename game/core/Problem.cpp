// Formatting and counting of located problems.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Problem.hpp"

#include <algorithm>

namespace esprit {

std::string formatProblem(const Problem& problem) {
  std::string text = problem.file;
  if (problem.line > 0) {
    text += ':' + std::to_string(problem.line) + ':' + std::to_string(problem.column);
  }
  text += problem.severity == Severity::error ? ": error: " : ": warning: ";
  if (!problem.pointer.empty()) text += problem.pointer + ": ";
  text += problem.message;
  return text;
}

bool hasErrors(const std::vector<Problem>& problems) {
  return countProblems(problems, Severity::error) > 0;
}

std::size_t countProblems(const std::vector<Problem>& problems, Severity severity) {
  return static_cast<std::size_t>(
      std::count_if(problems.begin(), problems.end(),
                    [severity](const Problem& problem) { return problem.severity == severity; }));
}

}  // namespace esprit
