// Source rows of a question.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/SourcesForm.hpp"

#include "ui/Icons.hpp"

#include <imgui.h>

namespace esprit::ui::editor {

void sourcesForm(FormState& form, std::vector<Source>& sources) {
  formHeading(form.text("editor.sources.title"));
  std::optional<std::size_t> removed;
  for (std::size_t index = 0; index < sources.size(); ++index) {
    Source& source = sources[index];
    const std::string prefix = beginEntryCard("sources", index);
    textField(form, prefix + "title", form.text("editor.sources.source_title"), source.title);
    textField(form, prefix + "publisher", form.text("editor.sources.publisher"), source.publisher);
    std::int64_t year = source.year;
    if (numberField(form, prefix + "year", form.text("editor.sources.year"), year)) {
      source.year = static_cast<int>(year);
    }
    textField(form, prefix + "url", form.text("editor.sources.url"), source.url);
    if (ImGui::Button((std::string(icon::kCross) + " " + form.text("editor.remove")).c_str())) {
      removed = index;
    }
    endEntryCard();
  }
  problemUnder(form, "sources");
  if (removed) {
    sources.erase(sources.begin() + static_cast<std::ptrdiff_t>(*removed));
    form.immediate(true);
  }
  if (sources.size() < 20 && ImGui::Button(form.text("editor.sources.add").c_str())) {
    sources.push_back(Source{});
    form.immediate(true);
  }
}

}  // namespace esprit::ui::editor
