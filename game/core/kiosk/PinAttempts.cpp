// The wait after wrong staff PINs (see PinAttempts.hpp).
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/kiosk/PinAttempts.hpp"

#include <algorithm>
#include <cmath>

namespace esprit::kiosk {

void PinAttempts::wrong(double now) {
  if (!allowed(now)) return;
  ++wrong_in_a_row_;
  if (wrong_in_a_row_ < kFreePinTries) return;
  const int doublings = std::min(wrong_in_a_row_ - kFreePinTries, 16);
  const double wait =
      std::min(kFirstPinWaitSeconds * std::pow(2.0, doublings), kLongestPinWaitSeconds);
  locked_until_ = now + wait;
}

void PinAttempts::right() {
  wrong_in_a_row_ = 0;
  locked_until_ = 0;
}

}  // namespace esprit::kiosk
