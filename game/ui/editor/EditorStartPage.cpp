// Open, new and import, side by side or stacked on narrow windows.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/EditorStartPage.hpp"

#include "core/editing/MediaImport.hpp"
#include "ui/Icons.hpp"
#include "ui/Theme.hpp"
#include "ui/Widgets.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

namespace esprit::ui::editor {
namespace {

constexpr const char* kLanguages[] = {"en", "fr", "fr-BE", "nl-BE", "de"};

}  // namespace

std::optional<StartRequest> EditorStartPage::show(Context& context) {
  std::optional<StartRequest> request;
  const Metrics measure = metrics();
  if (!message_.empty()) {
    widgets::coloredWrappedText(palette().wrong, std::string(icon::kWarning) + " " + message_);
  }
  const float available = ImGui::GetContentRegionAvail().x;
  const bool side_by_side = available > measure.em * 50;
  const float column = side_by_side ? (available - measure.gap()) * 0.5f : available;

  // Left: every pack Esprit knows, then any folder.
  ImGui::BeginChild("##open", ImVec2(column, side_by_side ? 0 : measure.em * 18), false);
  widgets::heading(context.text("editor.start.open"));
  for (const auto& entry : context.packs->entries()) {
    const auto& result = entry->result;
    std::string title =
        result.pack ? result.pack->metadata.title : entry->location.filename().string();
    if (!result.usable()) title += "  " + std::string(icon::kWarning);
    const std::string label =
        title + "\n" + entry->location.string() + "##" + entry->location.string();
    if (ImGui::Selectable(label.c_str(), false, 0, ImVec2(0, ImGui::GetTextLineHeight() * 2.2f))) {
      request = StartRequest{StartRequest::Kind::open, entry->location, {}, {}, 0};
    }
  }
  ImGui::Dummy(ImVec2(0, measure.gap()));
  ImGui::TextUnformatted(context.text("editor.start.folder").c_str());
  ImGui::SetNextItemWidth(-1);
  ImGui::InputTextWithHint("##folder", "/home/…/my-pack", &folder_);
  if (widgets::buttonIf(!folder_.empty(), context.text("editor.start.open_folder"),
                        widgets::ButtonKind::secondary)) {
    request = StartRequest{StartRequest::Kind::open, editing::cleanPastedPath(folder_), {}, {}, 0};
  }
  ImGui::EndChild();
  if (side_by_side) ImGui::SameLine(0, measure.gap());

  // Right: a new pack, and an import.
  ImGui::BeginChild("##new", ImVec2(column, 0), false);
  widgets::heading(context.text("editor.start.new"));
  ImGui::TextUnformatted(context.text("editor.pack.title").c_str());
  ImGui::SetNextItemWidth(-1);
  ImGui::InputText("##new-title", &title_);
  ImGui::TextUnformatted(context.text("editor.pack.language").c_str());
  ImGui::SetNextItemWidth(-1);
  ImGui::Combo("##new-language", &language_, kLanguages, IM_ARRAYSIZE(kLanguages));
  ImGui::TextUnformatted(context.text("editor.start.template").c_str());
  const std::string templates[] = {context.text("editor.start.template_empty"),
                                   context.text("editor.start.template_real_fake")};
  for (int index = 0; index < 2; ++index) {
    if (ImGui::RadioButton(templates[index].c_str(), template_ == index)) template_ = index;
  }
  if (widgets::buttonIf(!title_.empty(), context.text("editor.start.create"),
                        widgets::ButtonKind::primary)) {
    request =
        StartRequest{StartRequest::Kind::create, {}, title_, kLanguages[language_], template_};
  }
  widgets::mutedText(context.translations.format(
      "editor.start.where", {{"folder", context.packs->userDirectory().string()}}));

  ImGui::Dummy(ImVec2(0, measure.gap()));
  widgets::heading(context.text("editor.start.import"));
  widgets::mutedText(context.text("editor.start.import_help"));
  ImGui::SetNextItemWidth(-1);
  ImGui::InputTextWithHint("##import", "/home/…/questions.csv", &import_file_);
  if (widgets::buttonIf(!import_file_.empty(), context.text("editor.start.import_button"),
                        widgets::ButtonKind::secondary)) {
    request = StartRequest{StartRequest::Kind::import,
                           editing::cleanPastedPath(import_file_),
                           {},
                           kLanguages[language_],
                           0};
  }
  ImGui::EndChild();
  return request;
}

}  // namespace esprit::ui::editor
