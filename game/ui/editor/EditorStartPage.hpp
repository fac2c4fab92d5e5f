// The editor's first page: open a pack (from the list the pack chooser
// shows, or any folder), create one from a template, or import questions
// from CSV, Moodle GIFT or Open Trivia DB into a new pack.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/Context.hpp"

#include <filesystem>
#include <optional>
#include <string>

namespace esprit::ui::editor {

struct StartRequest {
  enum class Kind { open, create, import } kind = Kind::open;
  std::filesystem::path path;  // the pack folder to open, or the file to import
  std::string title;           // new pack
  std::string language;
  int template_index = 0;
};

class EditorStartPage {
 public:
  // Draws the page; returns what the teacher asked for this frame.
  std::optional<StartRequest> show(Context& context);
  // A sentence shown on the page (a pack that could not be opened).
  void setMessage(std::string message) { message_ = std::move(message); }

 private:
  std::string folder_;
  std::string title_;
  int language_ = 0;
  int template_ = 1;
  std::string import_file_;
  std::string message_;
};

}  // namespace esprit::ui::editor
