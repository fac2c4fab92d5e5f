// Wrong staff PINs are rate-limited: a few free tries, then a wait that
// doubles with every further wrong PIN, so guessing even a 4-digit PIN at
// the kiosk takes days. Times are the caller's monotonic seconds, so the
// rule is tested without a clock.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace esprit::kiosk {

inline constexpr int kFreePinTries = 3;
inline constexpr double kFirstPinWaitSeconds = 30;
inline constexpr double kLongestPinWaitSeconds = 15 * 60;

class PinAttempts {
 public:
  // Whether a PIN may be tried now.
  bool allowed(double now) const { return now >= locked_until_; }
  // Seconds until the next try is allowed (0 when allowed).
  double secondsToWait(double now) const { return allowed(now) ? 0 : locked_until_ - now; }
  int wrongInARow() const { return wrong_in_a_row_; }

  // A wrong PIN: after the free tries, a wait of 30 s, then 60 s, 120 s …
  // up to 15 minutes. Ignored while a wait runs (the pad refuses PINs then).
  void wrong(double now);
  // The right PIN: the count starts again.
  void right();

 private:
  int wrong_in_a_row_ = 0;
  double locked_until_ = 0;
};

}  // namespace esprit::kiosk
