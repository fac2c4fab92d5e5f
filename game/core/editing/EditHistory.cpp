// Snapshot-based undo history.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/editing/EditHistory.hpp"

#include "core/interchange/PackWriter.hpp"

#include <algorithm>

namespace esprit::editing {

EditHistory::EditHistory(Pack initial, std::size_t capacity)
    : capacity_(std::max<std::size_t>(capacity, 2)) {
  reset(std::move(initial));
}

void EditHistory::reset(Pack pack) {
  snapshots_.clear();
  std::string text = interchange::writePackText(pack);
  snapshots_.push_back({std::move(pack), std::move(text)});
  position_ = 0;
  saved_position_ = 0;
  saved_valid_ = true;
}

bool EditHistory::record(const Pack& pack) {
  std::string text = interchange::writePackText(pack);
  // The folder is not written to pack.json but still matters (media resolve there).
  if (text == snapshots_[position_].text && pack.folder == current().folder) return false;
  snapshots_.resize(position_ + 1);
  if (saved_position_ > position_) saved_valid_ = false;
  snapshots_.push_back({pack, std::move(text)});
  ++position_;
  if (snapshots_.size() > capacity_) {
    // The oldest state goes; the saved marker moves with the states it counts.
    snapshots_.erase(snapshots_.begin());
    --position_;
    if (saved_position_ == 0)
      saved_valid_ = false;
    else
      --saved_position_;
  }
  return true;
}

const Pack& EditHistory::undo() {
  if (canUndo()) --position_;
  return current();
}

const Pack& EditHistory::redo() {
  if (canRedo()) ++position_;
  return current();
}

void EditHistory::markSaved() {
  saved_position_ = position_;
  saved_valid_ = true;
}

}  // namespace esprit::editing
