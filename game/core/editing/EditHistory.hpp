// Undo and redo for the pack editor: whole snapshots of the Pack, taken after
// each finished edit. Packs are small enough that copies are simpler and
// safer than recording every kind of change.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Pack.hpp"

#include <cstddef>
#include <string>
#include <vector>

namespace esprit::editing {

class EditHistory {
 public:
  explicit EditHistory(Pack initial, std::size_t capacity = 200);

  // Records `pack` as the newest state after an edit; forgets anything that
  // could have been redone. Returns false (and records nothing) when the
  // pack is the same as the current state.
  bool record(const Pack& pack);
  // Starts again from `pack` with no undo or redo (a pack opened or created).
  void reset(Pack pack);

  bool canUndo() const { return position_ > 0; }
  bool canRedo() const { return position_ + 1 < snapshots_.size(); }
  // Step back or forward; return the state to show. Calling them when
  // nothing can be undone or redone returns the current state unchanged.
  const Pack& undo();
  const Pack& redo();
  const Pack& current() const { return snapshots_[position_].pack; }

  // Whether the current state is the one last saved (undoing back to it
  // counts as saved again).
  bool isSaved() const { return position_ == saved_position_ && saved_valid_; }
  void markSaved();
  std::size_t size() const { return snapshots_.size(); }

 private:
  struct Snapshot {
    Pack pack;
    std::string text;  // the pack as written, to tell whether an edit changed anything
  };
  std::vector<Snapshot> snapshots_;
  std::size_t position_ = 0;
  std::size_t saved_position_ = 0;
  bool saved_valid_ = true;  // false once the saved state fell off the end of the history
  std::size_t capacity_;
};

}  // namespace esprit::editing
