// The pack open in the editor: the working copy the forms change, its undo
// history, its problems, saving and the autosaved recovery copy. Window-free,
// so the editor's rules are tested without a screen.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Pack.hpp"
#include "core/Problem.hpp"
#include "core/Result.hpp"
#include "core/Taxonomy.hpp"
#include "core/editing/EditHistory.hpp"

#include <optional>
#include <string>
#include <vector>

namespace esprit::editing {

class EditorDocument {
 public:
  EditorDocument(Pack pack, const Taxonomy& taxonomy);

  Pack& pack() { return pack_; }
  const Pack& pack() const { return pack_; }
  const std::vector<Problem>& problems() const { return problems_; }

  // The forms changed the working copy (each keystroke). The problems are
  // checked again by checkIfDue, so typing in a big pack stays smooth.
  void changed();
  // Re-checks the pack when it changed and `interval` seconds went by since
  // the last check; true when the problems were refreshed.
  bool checkIfDue(double now, double interval);
  // An edit is finished (a field left, a button pressed): one undo step.
  void commit();
  void undo();
  void redo();
  bool canUndo() const { return history_.canUndo(); }
  bool canRedo() const { return history_.canRedo(); }
  // Counts every change, so views can tell when to redraw.
  unsigned revision() const { return revision_; }

  bool hasUnsavedChanges() const;
  // Saves pack.json atomically into the pack folder and drops the recovery
  // copy; the error is a sentence for the teacher when the disk refuses.
  Status save();
  // Writes the recovery copy when there are unsaved changes and `interval`
  // seconds went by since the last one; true when a copy was written.
  bool autosaveIfDue(double now, double interval);

 private:
  Pack pack_;
  const Taxonomy* taxonomy_;
  EditHistory history_;
  std::vector<Problem> problems_;
  unsigned revision_ = 0;
  bool problems_stale_ = false;
  double last_check_ = 0;
  bool uncommitted_ = false;
  double last_autosave_ = 0;
  void check();
  unsigned autosaved_revision_ = 0;
};

}  // namespace esprit::editing
