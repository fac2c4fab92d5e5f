// New packs and items, and the rearranging that keeps answers pointing at
// the right options.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/editing/PackDrafts.hpp"

#include "core/interchange/Identifiers.hpp"

#include <algorithm>

namespace esprit::editing {
namespace {

constexpr std::size_t kFirstOptions = 2;  // the fewest options a question may have

bool contains(const std::vector<std::string>& taken, const std::string& id) {
  return std::find(taken.begin(), taken.end(), id) != taken.end();
}

// A copy's id: "q-lemon" -> "q-lemon-copy", then "-copy-2"...
std::string copyId(const std::string& id, const std::vector<std::string>& taken) {
  std::string candidate = id + "-copy";
  for (int number = 2; contains(taken, candidate); ++number) {
    candidate = id + "-copy-" + std::to_string(number);
  }
  return candidate;
}

void shiftAfterRemoval(std::vector<std::size_t>& answers, std::size_t removed) {
  std::vector<std::size_t> kept;
  for (std::size_t answer : answers) {
    if (answer == removed) continue;
    kept.push_back(answer > removed ? answer - 1 : answer);
  }
  answers = std::move(kept);
}

}  // namespace

Pack makeNewPack(std::string_view title, std::string_view language, PackTemplate kind,
                 const std::filesystem::path& folder) {
  Pack pack;
  pack.metadata.title = std::string(title);
  pack.metadata.language = language.empty() ? "en" : std::string(language);
  std::string slug = interchange::slugify(title, 48);
  pack.metadata.id = slug.size() >= 3 ? "my." + slug : "my.new-pack";
  pack.metadata.version = "1.0.0";
  pack.folder = folder;
  if (kind == PackTemplate::true_false) {
    pack.scenarios.push_back(makeScenario(ScenarioKind::post, pack));
    pack.questions.push_back(
        makeQuestion(QuestionType::true_false, pack, pack.scenarios.front().id));
  }
  return pack;
}

ScenarioKind scenarioKind(const Scenario& scenario) { return scenarioKindOf(scenario.content); }

std::string uniqueId(std::string_view prefix, const std::vector<std::string>& taken,
                     std::size_t first) {
  for (std::size_t number = first;; ++number) {
    std::string candidate = std::string(prefix) + "-" + std::to_string(number);
    if (!contains(taken, candidate)) return candidate;
  }
}

// The ids of a pack's questions or of its scenarios.
template <class Item>
std::vector<std::string> idsOf(const std::vector<Item>& items) {
  std::vector<std::string> ids;
  for (const Item& item : items) ids.push_back(item.id);
  return ids;
}

// Puts a copy of item `index` right after it, under a new id; returns where
// the copy is.
template <class Item>
std::size_t duplicateAt(std::vector<Item>& items, std::size_t index) {
  if (index >= items.size()) return index;
  Item copy = items[index];
  copy.id = copyId(copy.id, idsOf(items));
  items.insert(items.begin() + static_cast<std::ptrdiff_t>(index) + 1, std::move(copy));
  return index + 1;
}

Scenario makeScenario(ScenarioKind kind, const Pack& pack) {
  Scenario scenario;
  scenario.id = uniqueId(nameOf(kind), idsOf(pack.scenarios), pack.scenarios.size() + 1);
  changeScenarioKind(scenario, kind);
  return scenario;
}

void changeScenarioKind(Scenario& scenario, ScenarioKind kind) {
  switch (kind) {
    case ScenarioKind::post:
      scenario.content = PostScenario{};
      break;
    case ScenarioKind::article:
      scenario.content = ArticleScenario{};
      break;
    case ScenarioKind::chat: {
      ChatScenario chat;
      chat.messages.push_back(ChatMessage{});
      scenario.content = std::move(chat);
      break;
    }
    case ScenarioKind::chart: {
      ChartScenario chart;
      chart.labels = {"", ""};
      chart.series.push_back(ChartSeries{"", {0, 0}, ChartAxis::left});
      scenario.content = std::move(chart);
      break;
    }
    case ScenarioKind::image:
      scenario.content = ImageScenario{};
      break;
    case ScenarioKind::quote:
      scenario.content = QuoteScenario{};
      break;
  }
}

Question makeQuestion(QuestionType type, const Pack& pack, std::string_view scenario_id) {
  Question question;
  question.id = uniqueId("q", idsOf(pack.questions), pack.questions.size() + 1);
  question.scenario_id = std::string(scenario_id);
  question.type = QuestionType::single_choice;
  question.options.assign(kFirstOptions, "");
  changeQuestionType(question, type);
  return question;
}

void changeQuestionType(Question& question, QuestionType type) {
  const QuestionType previous = question.type;
  question.type = type;
  const bool has_options = type == QuestionType::single_choice ||
                           type == QuestionType::multiple_choice || type == QuestionType::ordering;
  if (has_options) {
    while (question.options.size() < kFirstOptions) question.options.emplace_back();
  }
  if (type == QuestionType::multiple_choice && previous == QuestionType::single_choice) {
    question.correct_options = {question.correct_option};
  } else if (type == QuestionType::single_choice && previous == QuestionType::multiple_choice &&
             !question.correct_options.empty()) {
    question.correct_option = question.correct_options.front();
  }
  if (type == QuestionType::multiple_choice && question.correct_options.empty()) {
    question.correct_options = {0};
  }
  if (question.correct_option >= question.options.size()) question.correct_option = 0;
  if (type == QuestionType::hotspot && question.regions.empty()) {
    // One region to start from: the teacher picks its part or draws it.
    question.regions.push_back(HotspotRegion{"region-1", "", 0.25f, 0.25f, 0.5f, 0.5f, ""});
    question.correct_regions = {"region-1"};
  }
}

std::size_t duplicateQuestion(Pack& pack, std::size_t index) {
  return duplicateAt(pack.questions, index);
}

std::size_t duplicateScenario(Pack& pack, std::size_t index) {
  return duplicateAt(pack.scenarios, index);
}

void removeScenario(Pack& pack, std::size_t index) {
  if (index >= pack.scenarios.size()) return;
  const std::string id = pack.scenarios[index].id;
  pack.scenarios.erase(pack.scenarios.begin() + static_cast<std::ptrdiff_t>(index));
  for (auto& question : pack.questions) {
    if (question.scenario_id == id) question.scenario_id.clear();
  }
}

void renameScenario(Pack& pack, std::size_t index, const std::string& new_id) {
  if (index >= pack.scenarios.size()) return;
  const std::string old_id = pack.scenarios[index].id;
  pack.scenarios[index].id = new_id;
  for (auto& question : pack.questions) {
    if (question.scenario_id == old_id) question.scenario_id = new_id;
  }
}

void addOption(Question& question) { question.options.emplace_back(); }

void removeOption(Question& question, std::size_t option) {
  if (option >= question.options.size()) return;
  question.options.erase(question.options.begin() + static_cast<std::ptrdiff_t>(option));
  if (question.correct_option == option)
    question.correct_option = 0;
  else if (question.correct_option > option)
    --question.correct_option;
  shiftAfterRemoval(question.correct_options, option);
}

void moveOption(Question& question, std::size_t option, int step) {
  const std::size_t to = moveItem(question.options, option, step);
  if (to == option) return;
  auto swap_index = [&](std::size_t& answer) {
    if (answer == option)
      answer = to;
    else if (answer == to)
      answer = option;
  };
  swap_index(question.correct_option);
  for (auto& answer : question.correct_options) swap_index(answer);
  std::sort(question.correct_options.begin(), question.correct_options.end());
}

}  // namespace esprit::editing
