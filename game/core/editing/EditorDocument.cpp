// Working copy, history, checks and saving of the pack being edited.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/editing/EditorDocument.hpp"

#include "core/editing/PackCheck.hpp"
#include "core/editing/RecoveryCopy.hpp"
#include "core/interchange/PackWriter.hpp"

namespace esprit::editing {

EditorDocument::EditorDocument(Pack pack, const Taxonomy& taxonomy)
    : pack_(std::move(pack)), taxonomy_(&taxonomy), history_(pack_) {
  check();
}

void EditorDocument::check() {
  problems_ = checkPack(pack_, *taxonomy_);
  problems_stale_ = false;
}

void EditorDocument::changed() {
  ++revision_;
  uncommitted_ = true;
  problems_stale_ = true;
}

bool EditorDocument::checkIfDue(double now, double interval) {
  if (!problems_stale_ || now - last_check_ < interval) return false;
  last_check_ = now;
  check();
  return true;
}

void EditorDocument::commit() {
  if (problems_stale_) check();
  if (!uncommitted_) return;
  history_.record(pack_);
  uncommitted_ = false;
}

void EditorDocument::undo() {
  commit();
  pack_ = history_.undo();
  ++revision_;
  check();
}

void EditorDocument::redo() {
  pack_ = history_.redo();
  ++revision_;
  check();
}

bool EditorDocument::hasUnsavedChanges() const { return uncommitted_ || !history_.isSaved(); }

Status EditorDocument::save() {
  commit();
  if (auto saved = interchange::savePack(pack_, pack_.folder); !saved) return saved;
  history_.markSaved();
  discardRecoveryCopy(pack_.folder);
  check();  // media now resolve in the saved folder
  return {};
}

bool EditorDocument::autosaveIfDue(double now, double interval) {
  if (now - last_autosave_ < interval) return false;
  last_autosave_ = now;
  if (!hasUnsavedChanges() || autosaved_revision_ == revision_) return false;
  if (!writeRecoveryCopy(pack_)) return false;
  autosaved_revision_ = revision_;
  return true;
}

}  // namespace esprit::editing
