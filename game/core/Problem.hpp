// A located problem found in a pack (or any other user file): where it is and
// what to do about it. The loader, the validator and every front end share it.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

namespace esprit {

enum class Severity { error, warning };

struct Problem {
  Severity severity = Severity::error;
  std::string file;     // as the user named it
  int line = 0;         // 1-based; 0 when the problem is about the whole file
  int column = 0;       // 1-based, counted in characters
  std::string pointer;  // JSON pointer of the field, "" for the whole document
  std::string message;  // one or two sentences a teacher understands
};

// "questions/demo/pack.json:12:7: error: /questions/3/answer: question q7: ..."
std::string formatProblem(const Problem& problem);

bool hasErrors(const std::vector<Problem>& problems);
std::size_t countProblems(const std::vector<Problem>& problems, Severity severity);

}  // namespace esprit
