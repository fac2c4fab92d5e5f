// What the editor creates and rearranges: a new pack from a template, new
// scenarios and questions of each kind with unique ids, copies, moves, and
// a question's conversion to another type that keeps what still applies.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Pack.hpp"
#include "core/Vocabulary.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace esprit::editing {

enum class PackTemplate {
  empty,       // metadata only; the teacher adds everything
  true_false,  // a real-or-fake round: one post scenario and its true/false question
};

// A pack with its metadata filled from the title and language, ready to be
// saved into `folder`.
Pack makeNewPack(std::string_view title, std::string_view language, PackTemplate kind,
                 const std::filesystem::path& folder);

// The scenario kinds in the order the editor offers them (their names in
// pack.json are core/Vocabulary's).
inline constexpr ScenarioKind kScenarioKinds[] = {ScenarioKind::post,  ScenarioKind::article,
                                                  ScenarioKind::chat,  ScenarioKind::chart,
                                                  ScenarioKind::image, ScenarioKind::quote};
ScenarioKind scenarioKind(const Scenario& scenario);

inline constexpr QuestionType kQuestionTypes[] = {
    QuestionType::single_choice, QuestionType::true_false, QuestionType::multiple_choice,
    QuestionType::ordering, QuestionType::hotspot};

// "q-4" style ids not yet used by `taken`, counting up from `first`.
std::string uniqueId(std::string_view prefix, const std::vector<std::string>& taken,
                     std::size_t first = 1);
std::vector<std::string> questionIds(const Pack& pack);
std::vector<std::string> scenarioIds(const Pack& pack);

// Empty text fields for the teacher to fill, with the structure the kind
// needs (two options, a chart with one series, a chat with one message).
Scenario makeScenario(ScenarioKind kind, const Pack& pack);
// A question of `type`; a hotspot question is tied to `scenario_id` when given.
Question makeQuestion(QuestionType type, const Pack& pack, std::string_view scenario_id = {});

// Converts in place, keeping the prompt, options, explanation and tags; the
// answer is carried over where the types share one (single <-> multiple).
void changeQuestionType(Question& question, QuestionType type);
// A scenario of another kind with the same id (the teacher chose a new kind).
void changeScenarioKind(Scenario& scenario, ScenarioKind kind);

// Inserts a copy right after `index` with a fresh id; returns its index.
std::size_t duplicateQuestion(Pack& pack, std::size_t index);
std::size_t duplicateScenario(Pack& pack, std::size_t index);
// Removing a scenario also unlinks the questions that showed it.
void removeScenario(Pack& pack, std::size_t index);
// Renames a scenario and every question that refers to it.
void renameScenario(Pack& pack, std::size_t index, const std::string& new_id);

// Moves item `from` one step up (-1) or down (+1); returns its new index.
template <typename Item>
std::size_t moveItem(std::vector<Item>& items, std::size_t from, int step) {
  if (from >= items.size()) return from;
  if (step < 0 && from == 0) return from;
  if (step > 0 && from + 1 >= items.size()) return from;
  const std::size_t to = step < 0 ? from - 1 : from + 1;
  std::swap(items[from], items[to]);
  return to;
}

// Option lists: removal keeps the marked answers on the same options.
void addOption(Question& question);
void removeOption(Question& question, std::size_t option);
void moveOption(Question& question, std::size_t option, int step);

}  // namespace esprit::editing
