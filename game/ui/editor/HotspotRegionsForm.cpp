// Region rows: part or rectangle, label, right or not.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/HotspotRegionsForm.hpp"

#include "core/editing/PackDrafts.hpp"
#include "ui/Icons.hpp"
#include "ui/Widgets.hpp"
#include "ui/scenario/ScenarioRenderer.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

namespace esprit::ui::editor {
namespace {

std::vector<std::string> regionIds(const Question& question) {
  std::vector<std::string> ids;
  for (const auto& region : question.regions) ids.push_back(region.id);
  return ids;
}

}  // namespace

void hotspotRegionsForm(FormState& form, Pack& pack, Question& question) {
  const Scenario* scenario = pack.findScenario(question.scenario_id);
  if (scenario == nullptr) {
    widgets::mutedText(form.text("editor.hotspot.needs_scenario"));
    return;
  }
  const bool on_picture = std::holds_alternative<ImageScenario>(scenario->content);
  const std::vector<std::string> parts = scenarioPartNames(*scenario);
  widgets::mutedText(
      form.text(on_picture ? "editor.hotspot.draw_help" : "editor.hotspot.parts_help"));

  std::optional<std::size_t> removed;
  for (std::size_t index = 0; index < question.regions.size(); ++index) {
    HotspotRegion& region = question.regions[index];
    const std::string prefix = beginEntryCard("regions", index);
    const std::string old_id = region.id;
    if (textField(form, prefix + "id", form.text("editor.hotspot.id"), region.id)) {
      auto& right = question.correct_regions;
      std::replace(right.begin(), right.end(), old_id, region.id);
    }
    // The part list: a rectangle (only on a picture) or one of the scenario's parts.
    std::vector<std::string> choices;
    int selected = -1;
    if (on_picture) {
      choices.push_back(form.text("editor.hotspot.rectangle"));
      if (region.isRectangle()) selected = 0;
    }
    for (const auto& part : parts) {
      if (part == region.part) selected = static_cast<int>(choices.size());
      choices.push_back(part);
    }
    if (choiceField(form, prefix + "part", form.text("editor.hotspot.part"), choices, selected)) {
      region.part = on_picture && selected == 0 ? "" : choices[selected];
    }
    if (on_picture && region.isRectangle()) {
      bool drawing = form.drawn_region != nullptr && *form.drawn_region == static_cast<int>(index);
      if (ImGui::RadioButton(form.text("editor.hotspot.draw_this").c_str(), drawing) &&
          form.drawn_region != nullptr) {
        *form.drawn_region = static_cast<int>(index);
      }
      ImGui::SameLine();
      ImGui::TextDisabled("x %.2f  y %.2f  %.2f × %.2f", region.x, region.y, region.width,
                          region.height);
    }
    textField(form, prefix + "label", form.text("editor.hotspot.label"), region.label);
    auto& right = question.correct_regions;
    bool is_right = std::find(right.begin(), right.end(), region.id) != right.end();
    if (checkField(form, prefix + "right", form.text("editor.hotspot.right"), is_right)) {
      if (is_right)
        right.push_back(region.id);
      else
        right.erase(std::remove(right.begin(), right.end(), region.id), right.end());
    }
    if (question.regions.size() > 1 &&
        ImGui::Button(
            (std::string(icon::kCross) + " " + form.text("editor.hotspot.remove")).c_str())) {
      removed = index;
    }
    endEntryCard();
  }
  problemUnder(form, "regions");
  problemUnder(form, "answer");
  if (removed) {
    const std::string id = question.regions[*removed].id;
    question.regions.erase(question.regions.begin() + static_cast<std::ptrdiff_t>(*removed));
    auto& right = question.correct_regions;
    right.erase(std::remove(right.begin(), right.end(), id), right.end());
    form.immediate(true);
  }
  if (question.regions.size() < 20 && ImGui::Button(form.text("editor.hotspot.add").c_str())) {
    HotspotRegion region;
    region.id = editing::uniqueId("region", regionIds(question), question.regions.size() + 1);
    if (on_picture) {
      region.x = region.y = 0.25f;
      region.width = region.height = 0.5f;
    } else if (!parts.empty()) {
      region.part = parts.front();
    }
    question.regions.push_back(region);
    if (form.drawn_region != nullptr)
      *form.drawn_region = static_cast<int>(question.regions.size()) - 1;
    form.immediate(true);
  }
}

}  // namespace esprit::ui::editor
