// JSON pointer parsing (RFC 6901 escapes) and the mapping to editor items.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/editing/ProblemLocation.hpp"

#include <charconv>
#include <vector>

namespace esprit::editing {
namespace {

std::vector<std::string> splitPointer(std::string_view pointer) {
  std::vector<std::string> steps;
  if (pointer.empty() || pointer.front() != '/') return steps;
  pointer.remove_prefix(1);
  while (true) {
    const auto slash = pointer.find('/');
    std::string_view raw = pointer.substr(0, slash);
    std::string step;
    for (std::size_t at = 0; at < raw.size(); ++at) {
      if (raw[at] == '~' && at + 1 < raw.size() && (raw[at + 1] == '0' || raw[at + 1] == '1')) {
        step += raw[at + 1] == '0' ? '~' : '/';
        ++at;
      } else {
        step += raw[at];
      }
    }
    steps.push_back(std::move(step));
    if (slash == std::string_view::npos) break;
    pointer.remove_prefix(slash + 1);
  }
  return steps;
}

std::optional<std::size_t> parseIndex(std::string_view text) {
  std::size_t value = 0;
  if (text.empty()) return std::nullopt;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

}  // namespace

std::string ProblemLocation::fieldName() const { return field.substr(0, field.find('/')); }

std::optional<std::size_t> ProblemLocation::fieldIndex() const {
  const auto slash = field.find('/');
  if (slash == std::string::npos) return std::nullopt;
  const auto rest = std::string_view(field).substr(slash + 1);
  return parseIndex(rest.substr(0, rest.find('/')));
}

ProblemLocation locateProblem(std::string_view pointer) {
  const auto steps = splitPointer(pointer);
  ProblemLocation location;
  if (steps.size() >= 2 && (steps[0] == "questions" || steps[0] == "scenarios")) {
    if (const auto index = parseIndex(steps[1])) {
      location.section = steps[0] == "questions" ? PackSection::question : PackSection::scenario;
      location.index = *index;
      for (std::size_t step = 2; step < steps.size(); ++step) {
        if (step > 2) location.field += '/';
        location.field += steps[step];
      }
      return location;
    }
  }
  if (!steps.empty() && steps[0] != "questions" && steps[0] != "scenarios") {
    for (std::size_t step = 0; step < steps.size(); ++step) {
      if (step > 0) location.field += '/';
      location.field += steps[step];
    }
  }
  return location;
}

ProblemLocation locateProblem(const Problem& problem) {
  ProblemLocation location = locateProblem(problem.pointer);
  constexpr std::string_view kMissing = "has no \"";
  const auto missing = problem.message.find(kMissing);
  if (missing != std::string::npos) {
    const auto start = missing + kMissing.size();
    const auto end = problem.message.find('"', start);
    if (end != std::string::npos) {
      if (!location.field.empty()) location.field += '/';
      location.field += problem.message.substr(start, end - start);
    }
  }
  return location;
}

}  // namespace esprit::editing
