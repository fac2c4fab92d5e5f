// The corner hold that opens the staff PIN pad (see StaffGesture.hpp).
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/kiosk/StaffGesture.hpp"

#include <algorithm>

namespace esprit::kiosk {

void CornerHold::press(bool in_corner, double now) {
  holding_ = in_corner;
  since_ = now;
}

void CornerHold::move(bool in_corner) {
  if (!in_corner) holding_ = false;
}

bool CornerHold::update(double now) {
  if (!holding_ || now - since_ < hold_seconds_) return false;
  holding_ = false;  // once per hold
  return true;
}

double CornerHold::progress(double now) const {
  if (!holding_ || hold_seconds_ <= 0) return 0;
  return std::clamp((now - since_) / hold_seconds_, 0.0, 1.0);
}

}  // namespace esprit::kiosk
