// Labelled fields with their validator problems, for every editor form.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/EditorFields.hpp"

#include "ui/Icons.hpp"
#include "ui/Theme.hpp"
#include "ui/Widgets.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <sstream>

namespace esprit::ui::editor {
namespace {

void label(const std::string& text) {
  ImGui::PushTextWrapPos(0);
  ImGui::TextUnformatted(text.c_str());
  ImGui::PopTextWrapPos();
}

void track(FormState& form, bool edited) {
  form.changed |= edited;
  form.committed |= ImGui::IsItemDeactivatedAfterEdit();
}

std::string fieldId(std::string_view field) { return "##" + std::string(field); }

}  // namespace

void focusIfRequested(FormState& form, std::string_view field) {
  if (form.focus_field.empty() || form.focus_field != field) return;
  ImGui::SetKeyboardFocusHere();
  ImGui::SetScrollHereY(0.3f);
  form.focus_field.clear();
}

void problemUnder(FormState& form, std::string_view field) {
  const auto found = form.problems.find(field);
  if (found == form.problems.end()) return;
  widgets::coloredWrappedText(palette().wrong, std::string(icon::kWarning) + " " + found->second);
}

void formHeading(const std::string& text) {
  ImGui::Dummy(ImVec2(0, metrics().gap() * 0.5f));
  widgets::heading(text);
}

std::string beginEntryCard(std::string_view list, std::size_t index) {
  ImGui::PushID(static_cast<int>(index));
  widgets::beginCard(ImGui::GetContentRegionAvail().x, ImGui::GetStyleColorVec4(ImGuiCol_FrameBg),
                     ImGui::GetStyleColorVec4(ImGuiCol_Border));
  return std::string(list) + "/" + std::to_string(index) + "/";
}

void endEntryCard() {
  widgets::endCard();
  ImGui::PopID();
}

bool textField(FormState& form, std::string_view field, const std::string& label_text,
               std::string& value, int lines) {
  label(label_text);
  focusIfRequested(form, field);
  ImGui::SetNextItemWidth(-1);
  bool edited = false;
  if (lines > 1) {
    const float height = ImGui::GetTextLineHeight() * static_cast<float>(lines) +
                         ImGui::GetStyle().FramePadding.y * 2;
    edited = ImGui::InputTextMultiline(fieldId(field).c_str(), &value, ImVec2(-1, height));
  } else {
    edited = ImGui::InputText(fieldId(field).c_str(), &value);
  }
  track(form, edited);
  problemUnder(form, field);
  return edited;
}

bool numberField(FormState& form, std::string_view field, const std::string& label_text,
                 std::int64_t& value) {
  label(label_text);
  focusIfRequested(form, field);
  ImGui::SetNextItemWidth(metrics().em * 10);
  const bool edited = ImGui::InputScalar(fieldId(field).c_str(), ImGuiDataType_S64, &value);
  track(form, edited);
  problemUnder(form, field);
  return edited;
}

bool decimalField(FormState& form, std::string_view field, const std::string& label_text,
                  double& value) {
  if (!label_text.empty()) label(label_text);
  focusIfRequested(form, field);
  ImGui::SetNextItemWidth(-1);
  const bool edited = ImGui::InputDouble(fieldId(field).c_str(), &value, 0, 0, "%g");
  track(form, edited);
  return edited;
}

bool checkField(FormState& form, std::string_view field, const std::string& label_text,
                bool& value) {
  focusIfRequested(form, field);
  const bool edited = ImGui::Checkbox((label_text + fieldId(field)).c_str(), &value);
  form.immediate(edited);
  problemUnder(form, field);
  return edited;
}

bool choiceField(FormState& form, std::string_view field, const std::string& label_text,
                 const std::vector<std::string>& choices, int& selected) {
  label(label_text);
  focusIfRequested(form, field);
  ImGui::SetNextItemWidth(-1);
  bool edited = false;
  const char* preview =
      selected >= 0 && selected < static_cast<int>(choices.size()) ? choices[selected].c_str() : "";
  if (ImGui::BeginCombo(fieldId(field).c_str(), preview)) {
    for (int index = 0; index < static_cast<int>(choices.size()); ++index) {
      if (ImGui::Selectable(choices[index].c_str(), index == selected)) {
        edited = index != selected;
        selected = index;
      }
    }
    ImGui::EndCombo();
  }
  form.immediate(edited);
  problemUnder(form, field);
  return edited;
}

bool listField(FormState& form, std::string_view field, const std::string& label_text,
               std::vector<std::string>& values) {
  std::string joined;
  for (std::size_t index = 0; index < values.size(); ++index) {
    if (index > 0) joined += ", ";
    joined += values[index];
  }
  if (!textField(form, field, label_text, joined)) return false;
  values.clear();
  std::stringstream stream(joined);
  std::string item;
  while (std::getline(stream, item, ',')) {
    const auto first = item.find_first_not_of(' ');
    if (first == std::string::npos) continue;
    values.push_back(item.substr(first, item.find_last_not_of(' ') - first + 1));
  }
  return true;
}

}  // namespace esprit::ui::editor
