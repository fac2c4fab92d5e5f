// When a visitor walks away: after the idle timeout with no input, the kiosk
// asks "Are you still there?" and counts down; input or "Keep playing" goes
// back to playing, and the end of the countdown gives the round up. A small
// state machine on the caller's monotonic seconds, tested without a window.
//
//   watch.start(now);               // a visitor began a round
//   watch.activity(now);            // on every input
//   switch (watch.update(now)) { playing, asking (show watch.secondsLeft(now)), expired }
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace esprit::kiosk {

enum class IdlePhase {
  resting,  // nobody to watch: the attract screen
  playing,  // a visitor is here, or was less than the timeout ago
  asking,   // "Are you still there?", counting down
  expired,  // nobody answered: back to the attract screen
};

class IdleWatch {
 public:
  IdleWatch(double idle_seconds, double asking_seconds);

  void start(double now);
  void stop() { phase_ = IdlePhase::resting; }
  // Any input. While asking, it means the visitor is there: playing again.
  void activity(double now);
  // Moves on with time; returns the phase now.
  IdlePhase update(double now);
  IdlePhase phase() const { return phase_; }

  // While asking: whole seconds left on the countdown, from asking_seconds down to 1.
  int secondsLeft(double now) const;
  double idleSeconds() const { return idle_seconds_; }

 private:
  double idle_seconds_;
  double asking_seconds_;
  IdlePhase phase_ = IdlePhase::resting;
  double last_activity_ = 0;
  double asking_since_ = 0;
};

}  // namespace esprit::kiosk
