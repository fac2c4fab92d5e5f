// The touch way to the staff PIN pad: a finger (or the mouse) held still on
// the top-right corner for five seconds. A visitor's tap there does nothing
// special; only a long, deliberate hold opens the pad. (SFML 2.5 on X11 sees
// a touch screen as one pointer, so a five-finger hold on the corner works
// as long as one of the fingers is the one X follows.)
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace esprit::kiosk {

inline constexpr double kStaffHoldSeconds = 5.0;

class CornerHold {
 public:
  explicit CornerHold(double hold_seconds = kStaffHoldSeconds) : hold_seconds_(hold_seconds) {}

  // The pointer went down; `in_corner` says where.
  void press(bool in_corner, double now);
  // The pointer moved while down; leaving the corner cancels the hold.
  void move(bool in_corner);
  void release() { holding_ = false; }
  // True once, when the hold has lasted long enough.
  bool update(double now);
  bool holding() const { return holding_; }
  // 0 to 1 while holding, for a ring that fills.
  double progress(double now) const;

 private:
  double hold_seconds_;
  bool holding_ = false;
  double since_ = 0;
};

}  // namespace esprit::kiosk
