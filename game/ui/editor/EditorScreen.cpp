// Layout, commands and dialogs of the pack editor.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/EditorScreen.hpp"

#include "core/AssetPaths.hpp"
#include "core/editing/EditablePack.hpp"
#include "core/editing/PackDrafts.hpp"
#include "core/editing/RecoveryCopy.hpp"
#include "core/interchange/Identifiers.hpp"
#include "core/interchange/Interchange.hpp"
#include "ui/Context.hpp"
#include "ui/Icons.hpp"
#include "ui/ScreenStack.hpp"
#include "ui/Theme.hpp"
#include "ui/Widgets.hpp"
#include "ui/editor/MetadataForm.hpp"
#include "ui/editor/ProblemList.hpp"
#include "ui/editor/QuestionForm.hpp"
#include "ui/editor/ScenarioForm.hpp"
#include "ui/screens/ScreenLayout.hpp"

#include <SFML/Window/Keyboard.hpp>

#include <imgui.h>

#include <utility>

namespace esprit::ui::editor {
namespace {

using editing::PackSection;

constexpr double kAutosaveSeconds = 60;
// Problems are checked again at most this often while typing (a check of a
// 1,500-question pack takes about 200 ms in a debug build).
constexpr double kCheckSeconds = 0.3;
constexpr float kListEms = 15.f;     // the item list's width, in text heights
constexpr float kFormShare = 0.52f;  // the form's share of what the list leaves
constexpr float kProblemsShare = 0.34f;
constexpr float kThreeColumnEms = 56.f;  // narrower than this, form and preview take turns
constexpr float kLargestListShare =
    0.25f;  // of the window, for the item list  // the problems' share of the right column

// A folder in the user's packs folder that does not exist yet.
std::filesystem::path freshPackFolder(const std::filesystem::path& packs,
                                      const std::string& title) {
  std::string name = interchange::slugify(title, 48);
  if (name.empty()) name = "new-pack";
  std::filesystem::path folder = packs / name;
  std::error_code error;
  for (int number = 2; std::filesystem::exists(folder, error); ++number) {
    folder = packs / (name + "-" + std::to_string(number));
  }
  return folder;
}

}  // namespace

EditorScreen::~EditorScreen() {
  // The window was closed with changes unsaved: keep them as a recovery copy,
  // offered the next time the pack is opened.
  if (document_ && document_->hasUnsavedChanges()) (void)editing::writeRecoveryCopy(document_->pack());
}

bool EditorScreen::update() {
  if (!document_) return false;
  if (document_->checkIfDue(context().now, kCheckSeconds)) return true;
  if (document_->autosaveIfDue(context().now, kAutosaveSeconds)) {
    status_ = context().text("editor.status.autosaved");
    return true;
  }
  return false;
}

void EditorScreen::handleStartRequest(const StartRequest& request) {
  Context& shared = context();
  switch (request.kind) {
    case StartRequest::Kind::open:
      openPack(request.path);
      break;
    case StartRequest::Kind::create: {
      const auto folder = freshPackFolder(shared.packs->userDirectory(), request.title);
      startEditing(
          editing::makeNewPack(request.title, request.language,
                               static_cast<editing::PackTemplate>(request.template_index), folder),
          true);
      break;
    }
    case StartRequest::Kind::import: {
      const auto bytes = interchange::readFileForImport(request.path);
      if (!bytes) {
        start_page_.setMessage(shared.translations.format("editor.start.cannot_read",
                                                          {{"file", request.path.string()}}) +
                               " " + bytes.error().message);
        return;
      }
      const auto format = interchange::guessFormat(request.path.filename().string(), *bytes);
      if (!format) {
        start_page_.setMessage(shared.text("editor.start.unknown_format"));
        return;
      }
      interchange::ImportOptions options;
      options.file = request.path.filename().string();
      options.language = request.language;
      auto imported = interchange::importText(*format, *bytes, options);
      imported.pack.folder =
          freshPackFolder(shared.packs->userDirectory(), imported.pack.metadata.title);
      import_report_ = imported.problems;
      import_summary_ = interchange::summarizeImport(imported);
      open_import_report_ = true;
      startEditing(std::move(imported.pack), true);
      break;
    }
  }
}

void EditorScreen::openPack(const std::filesystem::path& path) {
  auto opened = editing::openEditablePack(path, context().taxonomy);
  if (!opened.pack) {
    std::string reason = opened.problems.empty() ? "" : opened.problems.front().message;
    start_page_.setMessage(context().translations.format(
        "editor.start.cannot_open", {{"folder", path.string()}, {"reason", reason}}));
    return;
  }
  const auto folder = opened.pack->folder;
  startEditing(std::move(*opened.pack), false);
  recovery_offer_ = editing::pendingRecovery(folder);
}

void EditorScreen::startEditing(Pack pack, bool save_now) {
  context().media.usePack(pack.folder);
  context().media.clear();
  document_ = std::make_unique<editing::EditorDocument>(std::move(pack), context().taxonomy);
  selection_ = {};
  focus_field_.clear();
  status_.clear();
  if (save_now) save();
}

void EditorScreen::save() {
  if (!document_) return;
  if (const Status saved = document_->save(); !saved) {
    status_ = context().translations.format("editor.status.not_saved",
                                            {{"reason", saved.error().message}});
  } else {
    status_ = context().text("editor.status.saved");
    context().packs->rescan();
  }
}

void EditorScreen::clampSelection() {
  const Pack& pack = document_->pack();
  if (selection_.section == PackSection::question && selection_.index >= pack.questions.size()) {
    selection_ = pack.questions.empty()
                     ? Selection{}
                     : Selection{PackSection::question, pack.questions.size() - 1};
  }
  if (selection_.section == PackSection::scenario && selection_.index >= pack.scenarios.size()) {
    selection_ = pack.scenarios.empty()
                     ? Selection{}
                     : Selection{PackSection::scenario, pack.scenarios.size() - 1};
  }
}

void EditorScreen::selectProblem(const Problem& problem) {
  const auto location = editing::locateProblem(problem);
  selection_ = {location.section, location.index};
  clampSelection();
  focus_field_ = location.field;
  show_preview_ = false;  // the field is in the form
  // Nested fields the form shows as one ("author/name" is its own field, but
  // "options/1/..." does not exist) fall back to their first two steps.
  if (std::count(focus_field_.begin(), focus_field_.end(), '/') > 2) {
    focus_field_ = focus_field_.substr(0, focus_field_.find('/', focus_field_.find('/') + 1));
  }
}

void EditorScreen::handleShortcuts() {
  const ImGuiIO& io = ImGui::GetIO();
  if (!io.KeyCtrl || ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId)) return;
  if (ImGui::IsKeyPressed(sf::Keyboard::S, false)) save();
  // While a text field is being typed in, Ctrl+Z belongs to that field.
  if (io.WantTextInput) return;
  if (ImGui::IsKeyPressed(sf::Keyboard::Z, false)) {
    if (io.KeyShift)
      document_->redo();
    else
      document_->undo();
    clampSelection();
  }
  if (ImGui::IsKeyPressed(sf::Keyboard::Y, false)) {
    document_->redo();
    clampSelection();
  }
}

bool EditorScreen::allowsClosing() {
  if (!document_ || !document_->hasUnsavedChanges()) return true;
  open_leave_dialog_ = true;
  quit_after_leaving_ = true;
  return false;
}

void EditorScreen::askBeforeLeaving() {
  if (document_ && document_->hasUnsavedChanges()) {
    open_leave_dialog_ = true;
  } else {
    leave();
  }
}

void EditorScreen::leave() {
  if (quit_after_leaving_) {
    // The window is closing: what is unsaved was either saved or given up.
    if (document_ && document_->hasUnsavedChanges())
      editing::discardRecoveryCopy(document_->pack().folder);
    document_.reset();
    context().quit_requested = true;
    return;
  }
  if (document_) {
    editing::discardRecoveryCopy(document_->pack().folder);
    document_.reset();
    context().packs->rescan();
    return;  // back to the start page
  }
  stack().pop();
}

void EditorScreen::buildToolbar() {
  Context& shared = context();
  const Metrics measure = metrics();
  if (widgets::button(std::string(icon::kArrowLeft) + " " + shared.text("common.back"))) {
    askBeforeLeaving();
  }
  if (!document_) {
    ImGui::SameLine(0, measure.gap());
    // The heading sits in the middle of the Back button's height.
    const ImFont* heading_font = shared.fonts.heading();
    const float heading_height =
        heading_font != nullptr ? heading_font->FontSize : ImGui::GetFontSize();
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + (measure.touchTarget() - heading_height) * 0.5f);
    ImGui::PushFont(shared.fonts.heading());
    ImGui::TextUnformatted(shared.text("editor.title").c_str());
    ImGui::PopFont();
    return;
  }
  ImGui::SameLine();
  if (widgets::button(shared.text("editor.save"), widgets::ButtonKind::primary)) save();
  ImGui::SameLine();
  if (widgets::buttonIf(document_->canUndo() || document_->hasUnsavedChanges(),
                        shared.text("editor.undo"), widgets::ButtonKind::secondary)) {
    document_->undo();
    clampSelection();
  }
  ImGui::SameLine();
  if (widgets::buttonIf(document_->canRedo(), shared.text("editor.redo"),
                        widgets::ButtonKind::secondary)) {
    document_->redo();
    clampSelection();
  }
  ImGui::SameLine(0, measure.gap());
  ImGui::BeginGroup();
  ImGui::PushFont(shared.fonts.bold());
  ImGui::TextUnformatted(document_->pack().metadata.title.c_str());
  ImGui::PopFont();
  const std::string state = document_->hasUnsavedChanges() ? shared.text("editor.status.unsaved")
                                                           : shared.text("editor.status.clean");
  // One line, never wrapped, so the toolbar keeps its height.
  ImGui::PushStyleColor(ImGuiCol_Text, palette().muted_text);
  ImGui::TextUnformatted((status_.empty() ? state : state + " · " + status_).c_str());
  ImGui::PopStyleColor();
  ImGui::EndGroup();
}

void EditorScreen::buildForm() {
  Pack& pack = document_->pack();
  FormState form;
  form.context = &context();
  form.focus_field = focus_field_;
  form.drawn_region = &drawn_region_;
  form.media_source = &media_source_;
  form.media_message = &media_message_;
  for (const auto& problem : document_->problems()) {
    const auto location = editing::locateProblem(problem);
    if (location.section != selection_.section) continue;
    if (location.section != PackSection::metadata && location.index != selection_.index) continue;
    form.problems.emplace(location.field, problem.message);
  }
  switch (selection_.section) {
    case PackSection::metadata:
      widgets::heading(context().text("editor.list.details"));
      metadataForm(form, pack);
      break;
    case PackSection::scenario:
      widgets::heading(context().text("editor.scenario.heading"));
      scenarioForm(form, pack, selection_.index);
      break;
    case PackSection::question:
      widgets::heading(context().text("editor.question.heading"));
      questionForm(form, pack, pack.questions[selection_.index]);
      break;
  }
  // A focus request the form did not take (a field it does not show) is dropped.
  focus_field_.clear();
  if (form.changed) document_->changed();
  if (form.committed) document_->commit();
}

void EditorScreen::buildPreviewAndProblems(float height) {
  Pack& pack = document_->pack();
  const Metrics measure = metrics();
  ImGui::BeginChild("##preview", ImVec2(0, height * (1.f - kProblemsShare)), true);
  widgets::mutedText(context().text("editor.preview.title"));
  const Scenario* scenario = nullptr;
  Question* question = nullptr;
  if (selection_.section == PackSection::scenario) {
    scenario = &pack.scenarios[selection_.index];
  } else if (selection_.section == PackSection::question) {
    question = &pack.questions[selection_.index];
    scenario = pack.findScenario(question->scenario_id);
  }
  if (scenario == nullptr && question == nullptr) {
    widgets::mutedText(context().text("editor.preview.nothing"));
  } else if (preview_.show(context(), scenario, question, document_->revision(), drawn_region_)) {
    document_->changed();
    document_->commit();
  }
  ImGui::EndChild();
  ImGui::Dummy(ImVec2(0, measure.gap() * 0.3f));
  ImGui::BeginChild("##problems", ImVec2(0, 0), true);
  widgets::heading(context().text("editor.problems.title"));
  if (const auto clicked = problemList(context(), document_->problems())) {
    selectProblem(document_->problems()[*clicked]);
  }
  ImGui::EndChild();
}

void EditorScreen::buildWorkspace() {
  Context& shared = context();
  const Metrics measure = metrics();
  handleShortcuts();
  const float height = ImGui::GetContentRegionAvail().y;
  const float available = ImGui::GetContentRegionAvail().x;
  const float list_width = std::min(measure.em * kListEms, available * kLargestListShare);
  const Selection before = selection_;

  ImGui::BeginChild("##items", ImVec2(list_width, height), true);
  if (itemList(shared, document_->pack(), selection_, document_->problems())) {
    document_->changed();
    document_->commit();
  }
  ImGui::EndChild();
  if (!(selection_ == before)) {
    drawn_region_ = 0;
    media_message_.clear();
  }
  ImGui::SameLine();
  const float rest = ImGui::GetContentRegionAvail().x;
  // Each item has its own form panel, so a newly selected item starts at its top.
  const std::string form_id = "##form-" + std::to_string(static_cast<int>(selection_.section)) +
                              "-" + std::to_string(selection_.index);
  clampSelection();
  if (available < measure.em * kThreeColumnEms) {
    // Too narrow for three columns (big text, small window): the form and the
    // preview take turns beside the list.
    ImGui::BeginGroup();
    const std::string toggle =
        shared.text(show_preview_ ? "editor.show_form" : "editor.show_preview");
    if (widgets::button(toggle, widgets::ButtonKind::secondary, rest))
      show_preview_ = !show_preview_;
    const float panel_height = ImGui::GetContentRegionAvail().y;
    if (show_preview_) {
      buildPreviewAndProblems(panel_height);
    } else {
      ImGui::BeginChild(form_id.c_str(), ImVec2(rest, panel_height), true);
      buildForm();
      ImGui::EndChild();
    }
    ImGui::EndGroup();
    return;
  }
  ImGui::BeginChild(form_id.c_str(), ImVec2((rest - measure.gap()) * kFormShare, height), true);
  buildForm();
  ImGui::EndChild();
  ImGui::SameLine();
  ImGui::BeginGroup();
  buildPreviewAndProblems(height);
  ImGui::EndGroup();
}

void EditorScreen::buildDialogs() {
  Context& shared = context();
  const Metrics measure = metrics();
  const float dialog_width = std::min(measure.readingWidth(), ImGui::GetIO().DisplaySize.x * 0.9f);
  const ImGuiWindowFlags flags =
      ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoTitleBar;

  if (beginDialog("##leave", std::exchange(open_leave_dialog_, false), ImVec2(dialog_width, 0),
                  flags)) {
    widgets::heading(shared.text("editor.leave.title"));
    widgets::wrappedText(shared.text("editor.leave.explained"));
    if (widgets::button(shared.text("editor.leave.save"), widgets::ButtonKind::primary)) {
      save();
      if (!document_->hasUnsavedChanges()) leave();
      ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (widgets::button(shared.text("editor.leave.discard"))) {
      leave();
      ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (widgets::button(shared.text("editor.leave.stay")) || shared.input.dialog_back) {
      quit_after_leaving_ = false;
      ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
  }

  if (beginDialog("##recovery", recovery_offer_ && document_, ImVec2(dialog_width, 0), flags)) {
    widgets::heading(shared.text("editor.recovery.title"));
    widgets::wrappedText(shared.text("editor.recovery.explained"));
    if (widgets::button(shared.text("editor.recovery.restore"), widgets::ButtonKind::primary)) {
      auto restored =
          editing::readEditablePack(*recovery_offer_, document_->pack().folder, shared.taxonomy);
      if (restored.pack) {
        document_->pack() = std::move(*restored.pack);
        document_->changed();
        document_->commit();
        clampSelection();
      }
      recovery_offer_.reset();
      ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (widgets::button(shared.text("editor.recovery.discard"))) {
      editing::discardRecoveryCopy(document_->pack().folder);
      recovery_offer_.reset();
      ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
  }

  if (beginDialog(
          "##import-report", std::exchange(open_import_report_, false),
          ImVec2(dialog_width, ImGui::GetIO().DisplaySize.y * 0.8f),
          ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize)) {
    widgets::heading(shared.text("editor.import.title"));
    widgets::wrappedText(import_summary_);
    if (import_report_.empty()) {
      widgets::wrappedText(shared.text("editor.import.everything"));
    } else {
      widgets::wrappedText(shared.text("editor.import.not_converted"));
    }
    const float button_space = measure.touchTarget() + ImGui::GetStyle().ItemSpacing.y * 2;
    ImGui::BeginChild("##report", ImVec2(0, -button_space), true);
    for (const auto& problem : import_report_) {
      const bool error = problem.severity == Severity::error;
      widgets::coloredWrappedText(
          error ? palette().wrong : palette().partial,
          shared.translations.format("editor.import.line", {{"line", std::to_string(problem.line)},
                                                            {"message", problem.message}}));
    }
    ImGui::EndChild();
    if (widgets::button(shared.text("common.ok"), widgets::ButtonKind::primary) ||
        shared.input.dialog_confirm || shared.input.dialog_back) {
      ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
  }
}

void EditorScreen::buildInterface() {
  Context& shared = context();
  widgets::beginScreen("##editor");
  if (shared.input.back && !ImGui::GetIO().WantTextInput &&
      !ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId)) {
    askBeforeLeaving();
  }
  buildToolbar();
  ImGui::Separator();
  if (document_) {
    buildWorkspace();
  } else if (const auto request = start_page_.show(shared)) {
    start_page_.setMessage("");
    handleStartRequest(*request);
  }
  buildDialogs();
  widgets::endScreen();
}

}  // namespace esprit::ui::editor
