// Scenario and question lists with their add, copy, move and delete buttons.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/ItemList.hpp"

#include "core/editing/PackDrafts.hpp"
#include "ui/Icons.hpp"
#include "ui/Theme.hpp"
#include "ui/Widgets.hpp"
#include "ui/scenario/ScenarioRenderer.hpp"

#include <imgui.h>

#include <optional>

namespace esprit::ui::editor {
namespace {

using editing::PackSection;

bool itemHasError(const std::vector<Problem>& problems, PackSection section, std::size_t index) {
  for (const auto& problem : problems) {
    if (problem.severity != Severity::error) continue;
    const auto location = editing::locateProblem(problem);
    if (location.section == section && location.index == index) return true;
  }
  return false;
}

std::string questionLabel(const Context& context, const Question& question) {
  const std::string type =
      context.text("editor.type." + std::string(nameOf(question.type)));
  const std::string prompt = question.prompt.empty() ? context.text("editor.list.no_prompt")
                                                     : question.prompt.substr(0, 60);
  return question.id + " · " + type + "\n" + prompt;
}

// One row of a list, `height` tall, marked when the validator found an error
// in its item; tapping it selects the item.
void itemRow(std::string label, const std::vector<Problem>& problems, Selection item,
             Selection& selection, float height) {
  if (itemHasError(problems, item.section, item.index))
    label = std::string(icon::kWarning) + " " + label;
  // A scenario and a question at the same index must not share an id.
  ImGui::PushID(static_cast<int>(item.section));
  ImGui::PushID(static_cast<int>(item.index));
  if (ImGui::Selectable(label.c_str(), selection == item, 0, ImVec2(0, height))) selection = item;
  ImGui::PopID();
  ImGui::PopID();
}

// An add button opening a menu of `choices`, each shown as the translation
// of `key_prefix` and its name ("editor.kind.post"). Returns the one picked.
template <class Enum, std::size_t Count>
std::optional<Enum> addMenu(const Context& context, const char* id, std::string_view label_key,
                            const Enum (&choices)[Count], std::string_view key_prefix) {
  if (ImGui::Button(context.text(label_key).c_str())) ImGui::OpenPopup(id);
  std::optional<Enum> picked;
  if (ImGui::BeginPopup(id)) {
    for (const Enum choice : choices) {
      const std::string name = context.text(std::string(key_prefix) + std::string(nameOf(choice)));
      if (ImGui::Selectable(name.c_str())) picked = choice;
    }
    ImGui::EndPopup();
  }
  return picked;
}

// Keeps the next button on this line when it fits, so longer words (French)
// wrap to a new line instead of being cut off.
void sameLineIfFits(const std::string& label) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const float width = ImGui::CalcTextSize(label.c_str()).x + style.FramePadding.x * 2;
  const float right_edge = ImGui::GetWindowContentRegionMax().x + ImGui::GetWindowPos().x;
  if (ImGui::GetItemRectMax().x + style.ItemSpacing.x + width <= right_edge) ImGui::SameLine();
}

// The buttons under a list for its selected item. Returns true when the pack changed.
template <typename Item, typename Duplicate, typename Remove>
bool itemButtons(const Context& context, std::vector<Item>& items, Selection& selection,
                 PackSection section, Duplicate duplicate, Remove remove) {
  if (selection.section != section || selection.index >= items.size()) return false;
  bool changed = false;
  if (ImGui::Button(icon::kUp)) {
    selection.index = editing::moveItem(items, selection.index, -1);
    changed = true;
  }
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", context.text("editor.list.move_up").c_str());
  ImGui::SameLine();
  if (ImGui::Button(icon::kDown)) {
    selection.index = editing::moveItem(items, selection.index, +1);
    changed = true;
  }
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip("%s", context.text("editor.list.move_down").c_str());
  sameLineIfFits(context.text("editor.list.duplicate"));
  if (ImGui::Button(context.text("editor.list.duplicate").c_str())) {
    selection.index = duplicate(selection.index);
    changed = true;
  }
  sameLineIfFits(context.text("editor.list.delete"));
  if (ImGui::Button(context.text("editor.list.delete").c_str())) {
    remove(selection.index);
    if (items.empty())
      selection = {};
    else
      selection.index = std::min(selection.index, items.size() - 1);
    changed = true;
  }
  return changed;
}

}  // namespace

bool itemList(const Context& context, Pack& pack, Selection& selection,
              const std::vector<Problem>& problems) {
  bool changed = false;
  const float row = ImGui::GetTextLineHeight() * 2.2f;
  if (ImGui::Selectable(context.text("editor.list.details").c_str(),
                        selection.section == PackSection::metadata)) {
    selection = {};
  }

  widgets::heading(context.text("editor.list.scenarios"));
  for (std::size_t index = 0; index < pack.scenarios.size(); ++index) {
    const Scenario& scenario = pack.scenarios[index];
    itemRow(scenario.id + "\n" +
                context.text("editor.kind." + std::string(nameOf(editing::scenarioKind(scenario)))),
            problems, {PackSection::scenario, index}, selection, row);
  }
  changed |= itemButtons(
      context, pack.scenarios, selection, PackSection::scenario,
      [&](std::size_t index) { return editing::duplicateScenario(pack, index); },
      [&](std::size_t index) { editing::removeScenario(pack, index); });
  if (const auto kind = addMenu(context, "##add-scenario", "editor.list.add_scenario",
                                editing::kScenarioKinds, "editor.kind.")) {
    pack.scenarios.push_back(editing::makeScenario(*kind, pack));
    selection = {PackSection::scenario, pack.scenarios.size() - 1};
    changed = true;
  }

  widgets::heading(context.text("editor.list.questions"));
  for (std::size_t index = 0; index < pack.questions.size(); ++index) {
    itemRow(questionLabel(context, pack.questions[index]), problems, {PackSection::question, index},
            selection, row);
  }
  changed |= itemButtons(
      context, pack.questions, selection, PackSection::question,
      [&](std::size_t index) { return editing::duplicateQuestion(pack, index); },
      [&](std::size_t index) {
        pack.questions.erase(pack.questions.begin() + static_cast<std::ptrdiff_t>(index));
      });
  if (const auto type = addMenu(context, "##add-question", "editor.list.add_question",
                                editing::kQuestionTypes, "editor.type.")) {
    // A new question shows the selected scenario, or the last one.
    std::string scenario;
    if (selection.section == PackSection::scenario && selection.index < pack.scenarios.size()) {
      scenario = pack.scenarios[selection.index].id;
    } else if (selection.section == PackSection::question &&
               selection.index < pack.questions.size()) {
      scenario = pack.questions[selection.index].scenario_id;
    } else if (*type == QuestionType::hotspot && !pack.scenarios.empty()) {
      scenario = pack.scenarios.back().id;
    }
    Question question = editing::makeQuestion(*type, pack, scenario);
    if (*type == QuestionType::hotspot) {
      if (const Scenario* shown = pack.findScenario(scenario)) {
        const auto parts = scenarioPartNames(*shown);
        if (!std::holds_alternative<ImageScenario>(shown->content) && !parts.empty()) {
          question.regions.front().part = parts.front();
        }
      }
    }
    pack.questions.push_back(std::move(question));
    selection = {PackSection::question, pack.questions.size() - 1};
    changed = true;
  }
  return changed;
}

}  // namespace esprit::ui::editor
