// The editor's form fields: a label above a full-width input, the problem the
// validator found in that field right under it, and focus on request (a
// clicked problem jumps here). Each field says whether it changed the pack
// and whether an edit was finished, for the live preview and undo.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/Context.hpp"

#include <map>
#include <string>
#include <string_view>

namespace esprit::ui::editor {

// What one frame of a form knows and reports.
struct FormState {
  const Context* context = nullptr;
  // Field paths ("options/1", "author/name") of the shown item with their problem.
  std::map<std::string, std::string, std::less<>> problems;
  std::string focus_field;  // the field to focus this frame, then cleared
  bool changed = false;     // the pack changed this frame (preview, checks)
  bool committed = false;   // an edit was finished (one undo step)
  // The hotspot region the mouse draws on the preview picture (kept by the screen).
  int* drawn_region = nullptr;
  // The picture path being typed or pasted, and what the last copy said.
  std::string* media_source = nullptr;
  std::string* media_message = nullptr;

  const std::string& text(std::string_view key) const { return context->text(key); }
  // Records the result of a widget that edits immediately (a tick box, a button).
  void immediate(bool edited) {
    changed |= edited;
    committed |= edited;
  }
};

// A labelled one-line (or, with `lines` > 1, multi-line) text field.
bool textField(FormState& form, std::string_view field, const std::string& label,
               std::string& value, int lines = 1);
// A labelled whole number field.
bool numberField(FormState& form, std::string_view field, const std::string& label,
                 std::int64_t& value);
bool decimalField(FormState& form, std::string_view field, const std::string& label, double& value);
bool checkField(FormState& form, std::string_view field, const std::string& label, bool& value);
// A drop-down of `choices` (already translated); `selected` is the index.
bool choiceField(FormState& form, std::string_view field, const std::string& label,
                 const std::vector<std::string>& choices, int& selected);
// Comma-separated list of words (authors), edited as one line.
bool listField(FormState& form, std::string_view field, const std::string& label,
               std::vector<std::string>& values);

// The validator's message under a field, in the error colour with a mark.
void problemUnder(FormState& form, std::string_view field);
// Scrolls to and focuses the next widget when it is the requested field.
void focusIfRequested(FormState& form, std::string_view field);
// A small section heading inside a form.
void formHeading(const std::string& text);

// The card around entry `index` of a list ("sources", "messages"): keeps its
// widgets apart from the other entries' and returns the path prefix of its
// fields ("sources/2/"). Close it with endEntryCard().
std::string beginEntryCard(std::string_view list, std::size_t index);
void endEntryCard();

}  // namespace esprit::ui::editor
