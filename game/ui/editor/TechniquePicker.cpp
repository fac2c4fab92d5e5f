// Tick boxes for technique tags with their definitions.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/TechniquePicker.hpp"

#include "ui/Icons.hpp"
#include "ui/Theme.hpp"
#include "ui/Widgets.hpp"

#include <imgui.h>

#include <algorithm>

namespace esprit::ui::editor {

void techniquePicker(FormState& form, std::vector<std::string>& techniques) {
  const Context& context = *form.context;
  const std::string& language = context.settings.language;
  ImGui::TextUnformatted(form.text("editor.techniques.title").c_str());
  // The chosen tags with their definitions, always visible.
  for (const auto& tag : techniques) {
    const TechniqueText* text = context.taxonomy.describe(tag, language);
    if (text != nullptr) {
      widgets::wrappedText(std::string(icon::kCheck) + " " + text->name + ": " + text->definition);
    } else {
      widgets::coloredWrappedText(
          palette().partial,
          std::string(icon::kWarning) + " " + tag + ": " + form.text("editor.techniques.unknown"));
    }
  }
  problemUnder(form, "techniques");
  focusIfRequested(form, "techniques");
  if (!ImGui::TreeNode(form.text("editor.techniques.choose").c_str())) return;
  std::string family;
  for (const auto& technique : context.taxonomy.techniques()) {
    if (technique.family != family) {
      family = technique.family;
      ImGui::Dummy(ImVec2(0, metrics().gap() * 0.3f));
      widgets::mutedText(form.text("editor.family." + family));
    }
    const TechniqueText* text = context.taxonomy.describe(technique.id, language);
    bool chosen = std::find(techniques.begin(), techniques.end(), technique.id) != techniques.end();
    const std::string name = text != nullptr ? text->name : technique.id;
    if (ImGui::Checkbox((name + "##" + technique.id).c_str(), &chosen)) {
      if (chosen)
        techniques.push_back(technique.id);
      else
        techniques.erase(std::remove(techniques.begin(), techniques.end(), technique.id),
                         techniques.end());
      form.immediate(true);
    }
    if (text != nullptr) {
      ImGui::Indent();
      widgets::mutedText(text->definition);
      ImGui::Unindent();
    }
  }
  ImGui::TreePop();
}

}  // namespace esprit::ui::editor
