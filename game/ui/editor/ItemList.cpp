// Scenario and question lists with their add, copy, move and delete buttons.
#include "ui/editor/ItemList.hpp"

#include "core/editing/PackDrafts.hpp"
#include "ui/Icons.hpp"
#include "ui/Theme.hpp"
#include "ui/Widgets.hpp"
#include "ui/scenario/ScenarioRenderer.hpp"

#include <imgui.h>

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
    std::string label =
        scenario.id + "\n" +
        context.text("editor.kind." +
                     std::string(nameOf(editing::scenarioKind(scenario))));
    if (itemHasError(problems, PackSection::scenario, index))
      label = std::string(icon::kWarning) + " " + label;
    ImGui::PushID(static_cast<int>(index));
    if (ImGui::Selectable(label.c_str(), selection == Selection{PackSection::scenario, index}, 0,
                          ImVec2(0, row))) {
      selection = {PackSection::scenario, index};
    }
    ImGui::PopID();
  }
  changed |= itemButtons(
      context, pack.scenarios, selection, PackSection::scenario,
      [&](std::size_t index) { return editing::duplicateScenario(pack, index); },
      [&](std::size_t index) { editing::removeScenario(pack, index); });
  if (ImGui::Button(context.text("editor.list.add_scenario").c_str()))
    ImGui::OpenPopup("##add-scenario");
  if (ImGui::BeginPopup("##add-scenario")) {
    for (auto kind : editing::kScenarioKinds) {
      if (ImGui::Selectable(
              context.text("editor.kind." + std::string(nameOf(kind)))
                  .c_str())) {
        pack.scenarios.push_back(editing::makeScenario(kind, pack));
        selection = {PackSection::scenario, pack.scenarios.size() - 1};
        changed = true;
      }
    }
    ImGui::EndPopup();
  }

  widgets::heading(context.text("editor.list.questions"));
  for (std::size_t index = 0; index < pack.questions.size(); ++index) {
    std::string label = questionLabel(context, pack.questions[index]);
    if (itemHasError(problems, PackSection::question, index))
      label = std::string(icon::kWarning) + " " + label;
    ImGui::PushID(static_cast<int>(index) + 100000);
    if (ImGui::Selectable(label.c_str(), selection == Selection{PackSection::question, index}, 0,
                          ImVec2(0, row))) {
      selection = {PackSection::question, index};
    }
    ImGui::PopID();
  }
  changed |= itemButtons(
      context, pack.questions, selection, PackSection::question,
      [&](std::size_t index) { return editing::duplicateQuestion(pack, index); },
      [&](std::size_t index) {
        pack.questions.erase(pack.questions.begin() + static_cast<std::ptrdiff_t>(index));
      });
  if (ImGui::Button(context.text("editor.list.add_question").c_str()))
    ImGui::OpenPopup("##add-question");
  if (ImGui::BeginPopup("##add-question")) {
    for (auto type : editing::kQuestionTypes) {
      if (ImGui::Selectable(
              context.text("editor.type." + std::string(nameOf(type)))
                  .c_str())) {
        // A new question shows the selected scenario, or the last one.
        std::string scenario;
        if (selection.section == PackSection::scenario && selection.index < pack.scenarios.size()) {
          scenario = pack.scenarios[selection.index].id;
        } else if (selection.section == PackSection::question &&
                   selection.index < pack.questions.size()) {
          scenario = pack.questions[selection.index].scenario_id;
        } else if (type == QuestionType::hotspot && !pack.scenarios.empty()) {
          scenario = pack.scenarios.back().id;
        }
        Question question = editing::makeQuestion(type, pack, scenario);
        if (type == QuestionType::hotspot) {
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
    }
    ImGui::EndPopup();
  }
  return changed;
}

}  // namespace esprit::ui::editor
