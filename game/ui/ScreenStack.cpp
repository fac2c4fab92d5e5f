// Applying queued screen changes between frames.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ScreenStack.hpp"

#include "ui/Context.hpp"

namespace esprit::ui {

bool ScreenStack::applyPendingChanges() {
  if (pending_.empty()) return false;
  // A screen may queue further changes while being created; take them next time.
  auto changes = std::move(pending_);
  pending_.clear();
  const bool was_empty = screens_.empty();
  bool popped_to_existing = false;
  for (const auto& change : changes) {
    switch (change.change) {
      case Change::push: {
        // A screen this mode does not have (the kiosk has no settings, no
        // editor...) is never opened, rather than a crash.
        const auto factory = factories_.find(change.id);
        if (factory == factories_.end()) continue;
        screens_.push_back(factory->second());
        popped_to_existing = false;
        break;
      }
      case Change::pop:
        if (!screens_.empty()) screens_.pop_back();
        popped_to_existing = !screens_.empty();
        break;
      case Change::clear:
        screens_.clear();
        popped_to_existing = false;
        break;
    }
  }
  if (popped_to_existing) screens_.back()->onRevealed();
  // The first screen has nothing to fade from: the game's first frame
  // shows it whole.
  if (!was_empty) last_change_time_ = context_->now;
  return true;
}

}  // namespace esprit::ui
