// The stack of screens. Push and pop requests made while a frame is being
// built are queued and applied between frames, never in the middle of one.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/Screen.hpp"

#include <functional>
#include <map>
#include <memory>
#include <vector>

namespace esprit::ui {

class ScreenStack {
 public:
  explicit ScreenStack(Context& context) : context_(&context) {}

  // Each screen fills the place its type names (ScreenWithId); a mode, such
  // as the kiosk, may fill a place with a screen of its own.
  template <typename... ScreenTypes>
  void registerScreens() {
    (registerScreen<ScreenTypes>(), ...);
  }

  void push(ScreenId id) { pending_.push_back({Change::push, id}); }
  void pop() { pending_.push_back({Change::pop, ScreenId::title}); }
  void clear() { pending_.push_back({Change::clear, ScreenId::title}); }
  // Applies the queued requests; true when the top screen changed.
  bool applyPendingChanges();

  bool empty() const { return screens_.empty(); }
  Screen* top() { return screens_.empty() ? nullptr : screens_.back().get(); }
  // When the top screen last changed, for the fade between screens.
  double lastChangeTime() const { return last_change_time_; }

 private:
  enum class Change { push, pop, clear };
  struct PendingChange {
    Change change;
    ScreenId id;
  };

  template <typename ScreenType>
  void registerScreen() {
    factories_[ScreenType::kId] = [this] { return std::make_unique<ScreenType>(*this, *context_); };
  }

  Context* context_;
  std::vector<std::unique_ptr<Screen>> screens_;
  std::vector<PendingChange> pending_;
  std::map<ScreenId, std::function<std::unique_ptr<Screen>()>> factories_;
  double last_change_time_ = -1;
};

}  // namespace esprit::ui
