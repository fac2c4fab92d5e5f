// The pack editor, a screen of the game: a start page (open, new, import),
// then the pack's items on the left, the selected item's form in the middle,
// and on the right the live preview and the validator's problems. Undo and
// redo, atomic saving, a recovery copy every minute, and a question before
// leaving with unsaved changes.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/editing/EditorDocument.hpp"
#include "ui/Screen.hpp"
#include "ui/editor/EditorPreview.hpp"
#include "ui/editor/EditorStartPage.hpp"
#include "ui/editor/ItemList.hpp"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace esprit::ui::editor {

class EditorScreen : public ScreenWithId<ScreenId::editor> {
 public:
  using ScreenWithId::ScreenWithId;
  ~EditorScreen() override;
  bool update() override;
  bool allowsClosing() override;
  void buildInterface() override;

 private:
  void handleStartRequest(const StartRequest& request);
  void openPack(const std::filesystem::path& folder);
  void startEditing(Pack pack, bool save_now);
  void buildWorkspace();
  void buildToolbar();
  void buildForm();
  void buildPreviewAndProblems(float height);
  void handleShortcuts();
  void selectProblem(const Problem& problem);
  void save();
  void askBeforeLeaving();
  void buildDialogs();
  void leave();
  void clampSelection();

  std::unique_ptr<editing::EditorDocument> document_;
  EditorStartPage start_page_;
  EditorPreview preview_;
  Selection selection_;
  std::string focus_field_;
  int drawn_region_ = 0;
  std::string media_source_;
  std::string media_message_;
  std::string status_;
  std::optional<std::string> recovery_offer_;  // the recovery copy's text, until answered
  std::vector<Problem> import_report_;
  std::string import_summary_;
  bool open_import_report_ = false;
  bool open_leave_dialog_ = false;
  bool quit_after_leaving_ = false;
  bool show_preview_ = false;  // narrow windows: the preview is shown instead of the form  // the
                               // leave dialog was opened by closing the window
};

}  // namespace esprit::ui::editor
