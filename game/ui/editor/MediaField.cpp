// Media path, plus copying a picture into the pack.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/MediaField.hpp"

#include "core/editing/MediaImport.hpp"
#include "ui/Theme.hpp"
#include "ui/Widgets.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

namespace esprit::ui::editor {

void mediaField(FormState& form, const Pack& pack, std::string_view field, const std::string& label,
                std::string& media_path) {
  textField(form, field, label, media_path);
  if (form.media_source == nullptr || form.media_message == nullptr) return;
  ImGui::PushID(std::string(field).c_str());
  const std::string copy = form.text("editor.media.copy");
  const float copy_width =
      ImGui::CalcTextSize(copy.c_str()).x + ImGui::GetStyle().FramePadding.x * 2;
  ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - copy_width -
                          ImGui::GetStyle().ItemSpacing.x);
  ImGui::InputTextWithHint("##source", form.text("editor.media.path_hint").c_str(),
                           form.media_source);
  ImGui::SameLine();
  if (ImGui::Button(copy.c_str())) {
    const auto result =
        editing::copyMediaIntoPack(editing::cleanPastedPath(*form.media_source), pack.folder);
    if (const auto* copied = std::get_if<std::string>(&result)) {
      media_path = *copied;
      *form.media_message =
          form.context->translations.format("editor.media.copied", {{"path", *copied}});
      form.media_source->clear();
      form.immediate(true);
    } else {
      *form.media_message = std::get<editing::MediaCopyError>(result).message;
    }
  }
  if (!form.media_message->empty()) widgets::mutedText(*form.media_message);
  ImGui::PopID();
}

}  // namespace esprit::ui::editor
