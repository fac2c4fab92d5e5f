// Question fields, one block per question type.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/QuestionForm.hpp"

#include "core/Vocabulary.hpp"
#include "core/editing/PackDrafts.hpp"
#include "ui/Icons.hpp"
#include "ui/Theme.hpp"
#include "ui/Widgets.hpp"
#include "ui/editor/HotspotRegionsForm.hpp"
#include "ui/editor/SourcesForm.hpp"
#include "ui/editor/TechniquePicker.hpp"
#include "ui/scenario/ScenarioRenderer.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

namespace esprit::ui::editor {
namespace {

using editing::kQuestionTypes;

std::string typeLabel(const FormState& form, QuestionType type) {
  return form.text("editor.type." + std::string(nameOf(type)));
}

// The heading over each question type's answer fields.
constexpr EnumName<QuestionType> kAnswerHeadings[] = {
    {QuestionType::single_choice, "editor.question.options_single"},
    {QuestionType::true_false, "editor.question.answer"},
    {QuestionType::multiple_choice, "editor.question.options_multiple"},
    {QuestionType::ordering, "editor.question.options_ordering"},
    {QuestionType::hotspot, "editor.question.regions"},
};
static_assert(inEnumOrder(kAnswerHeadings), "one heading per question type, in the enum's order");

// One option row: its right-answer mark, its text, and buttons to move or remove it.
enum class OptionMark { radio, checkbox, step_number };

void optionRows(FormState& form, Question& question, OptionMark mark) {
  const float small_button = ImGui::GetFrameHeight();
  const float gap = ImGui::GetStyle().ItemSpacing.x;
  std::optional<std::size_t> removed;
  std::optional<std::pair<std::size_t, int>> moved;
  for (std::size_t option = 0; option < question.options.size(); ++option) {
    ImGui::PushID(static_cast<int>(option));
    const std::string field = "options/" + std::to_string(option);
    switch (mark) {
      case OptionMark::radio:
        if (ImGui::RadioButton("##right", question.correct_option == option)) {
          question.correct_option = option;
          form.immediate(true);
        }
        break;
      case OptionMark::checkbox: {
        auto& marks = question.correct_options;
        bool right = std::find(marks.begin(), marks.end(), option) != marks.end();
        if (ImGui::Checkbox("##right", &right)) {
          if (right)
            marks.push_back(option);
          else
            marks.erase(std::remove(marks.begin(), marks.end(), option), marks.end());
          std::sort(marks.begin(), marks.end());
          form.immediate(true);
        }
        break;
      }
      case OptionMark::step_number:
        ImGui::AlignTextToFramePadding();
        ImGui::Text("%zu.", option + 1);
        break;
    }
    if (ImGui::IsItemHovered() && mark != OptionMark::step_number) {
      ImGui::SetTooltip("%s", form.text("editor.question.mark_right").c_str());
    }
    ImGui::SameLine();
    focusIfRequested(form, field);
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - 3 * (small_button + gap));
    const bool edited = ImGui::InputText("##text", &question.options[option]);
    form.changed |= edited;
    form.committed |= ImGui::IsItemDeactivatedAfterEdit();
    ImGui::SameLine();
    if (ImGui::Button(icon::kUp, ImVec2(small_button, 0))) moved = {{option, -1}};
    ImGui::SameLine();
    if (ImGui::Button(icon::kDown, ImVec2(small_button, 0))) moved = {{option, +1}};
    ImGui::SameLine();
    if (ImGui::Button(icon::kCross, ImVec2(small_button, 0))) removed = option;
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", form.text("editor.remove").c_str());
    problemUnder(form, field);
    ImGui::PopID();
  }
  if (moved) {
    editing::moveOption(question, moved->first, moved->second);
    form.immediate(true);
  }
  if (removed && question.options.size() > 2) {
    editing::removeOption(question, *removed);
    form.immediate(true);
  }
  problemUnder(form, "options");
  problemUnder(form, "answer");
  if (question.options.size() < 10 &&
      ImGui::Button(form.text("editor.question.add_option").c_str())) {
    editing::addOption(question);
    form.immediate(true);
  }
}

void binaryAnswer(FormState& form, Question& question) {
  int wording = static_cast<int>(question.wording);
  std::vector<std::string> wordings;
  for (const auto& each : binaryWordingNames()) {
    wordings.push_back(form.text(binaryAnswerKey(each.value, true)) + " / " +
                       form.text(binaryAnswerKey(each.value, false)));
  }
  if (choiceField(form, "wording", form.text("editor.question.wording"), wordings, wording)) {
    question.wording = static_cast<BinaryWording>(wording);
  }
  ImGui::TextUnformatted(form.text("editor.question.right_answer").c_str());
  focusIfRequested(form, "answer");
  if (ImGui::RadioButton(form.text(binaryAnswerKey(question.wording, true)).c_str(),
                         question.is_real)) {
    question.is_real = true;
    form.immediate(true);
  }
  ImGui::SameLine();
  if (ImGui::RadioButton(form.text(binaryAnswerKey(question.wording, false)).c_str(),
                         !question.is_real)) {
    question.is_real = false;
    form.immediate(true);
  }
  problemUnder(form, "answer");
  checkField(form, "confidence", form.text("editor.question.confidence"), question.asks_confidence);
}

void scenarioChoice(FormState& form, Pack& pack, Question& question) {
  std::vector<std::string> choices{form.text("editor.question.no_scenario")};
  int selected = 0;
  for (std::size_t index = 0; index < pack.scenarios.size(); ++index) {
    const auto& scenario = pack.scenarios[index];
    choices.push_back(scenario.id + " (" +
                      form.text("editor.kind." + std::string(nameOf(
                                                     editing::scenarioKind(scenario)))) +
                      ")");
    if (scenario.id == question.scenario_id) selected = static_cast<int>(index) + 1;
  }
  if (choiceField(form, "scenario", form.text("editor.question.scenario"), choices, selected)) {
    question.scenario_id = selected == 0 ? "" : pack.scenarios[selected - 1].id;
  }
}

// A new hotspot question on a drawn scenario starts on its first part rather
// than on a rectangle, which only a picture can have.
void startRegionsOnParts(const Pack& pack, Question& question) {
  if (question.type != QuestionType::hotspot) return;
  const Scenario* scenario = pack.findScenario(question.scenario_id);
  if (scenario == nullptr || std::holds_alternative<ImageScenario>(scenario->content)) return;
  const auto parts = scenarioPartNames(*scenario);
  if (parts.empty()) return;
  for (auto& region : question.regions) {
    if (region.isRectangle()) region.part = parts.front();
  }
}

}  // namespace

void questionForm(FormState& form, Pack& pack, Question& question) {
  textField(form, "id", form.text("editor.question.id"), question.id);
  int type = static_cast<int>(question.type);
  std::vector<std::string> types;
  for (QuestionType each : kQuestionTypes) types.push_back(typeLabel(form, each));
  if (choiceField(form, "type", form.text("editor.question.type"), types, type)) {
    editing::changeQuestionType(question, static_cast<QuestionType>(type));
    startRegionsOnParts(pack, question);
  }
  scenarioChoice(form, pack, question);
  textField(form, "prompt", form.text("editor.question.prompt"), question.prompt, 2);

  formHeading(form.text(nameIn(kAnswerHeadings, question.type)));
  switch (question.type) {
    case QuestionType::single_choice:
      optionRows(form, question, OptionMark::radio);
      break;
    case QuestionType::multiple_choice:
      optionRows(form, question, OptionMark::checkbox);
      break;
    case QuestionType::ordering:
      optionRows(form, question, OptionMark::step_number);
      break;
    case QuestionType::true_false:
      binaryAnswer(form, question);
      break;
    case QuestionType::hotspot:
      hotspotRegionsForm(form, pack, question);
      break;
  }

  formHeading(form.text("editor.question.after_answer"));
  textField(form, "explanation", form.text("editor.question.explanation"), question.explanation, 3);
  techniquePicker(form, question.techniques);
  int difficulty = static_cast<int>(question.difficulty);
  if (choiceField(form, "difficulty", form.text("editor.question.difficulty"),
                  {form.text("editor.difficulty.easy"), form.text("editor.difficulty.medium"),
                   form.text("editor.difficulty.hard")},
                  difficulty)) {
    question.difficulty = static_cast<Difficulty>(difficulty);
  }
  sourcesForm(form, question.sources);
  const std::vector<std::string> forms{"", "A", "B", "C"};  // in the order of the choices below
  const auto current = std::find(forms.begin(), forms.end(), question.form);
  int assessment = current == forms.end() ? 0 : static_cast<int>(current - forms.begin());
  if (choiceField(form, "form", form.text("editor.question.form"),
                  {form.text("editor.question.form_none"), "A", "B", "C"}, assessment)) {
    question.form = forms[static_cast<std::size_t>(assessment)];
  }
}

}  // namespace esprit::ui::editor
