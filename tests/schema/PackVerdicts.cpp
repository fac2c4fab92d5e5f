// Helper for the schema agreement test: reads pack folders, one per line, and
// answers each with the validator's verdict on one line, so a script can ask
// about many packs without starting a process for each.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/PackLoader.hpp"

#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

namespace {

// Keeps the answer on one line whatever the message quotes from the pack.
std::string onOneLine(std::string text) {
  for (char& character : text) {
    if (character == '\n' || character == '\r') character = ' ';
  }
  return text;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: esprit_pack_verdicts TECHNIQUES_JSON < folders\n");
    return 2;
  }
  std::vector<esprit::Problem> taxonomy_problems;
  const auto taxonomy = esprit::Taxonomy::load(argv[1], taxonomy_problems);
  if (!taxonomy_problems.empty()) {
    std::fprintf(stderr, "%s\n", esprit::formatProblem(taxonomy_problems.front()).c_str());
    return 1;
  }
  std::string folder;
  while (std::getline(std::cin, folder)) {
    const auto result = esprit::loadPack(folder, taxonomy);
    std::string first_error;
    for (const auto& problem : result.problems) {
      if (problem.severity == esprit::Severity::error) {
        first_error = problem.pointer + " " + problem.message;
        break;
      }
    }
    std::cout << (result.usable() ? "valid" : "invalid") << '\t' << onOneLine(first_error)
              << std::endl;
  }
  return 0;
}
