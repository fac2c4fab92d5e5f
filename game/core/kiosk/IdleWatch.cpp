// The idle timeout and the still-there countdown (see IdleWatch.hpp).
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/kiosk/IdleWatch.hpp"

#include <algorithm>
#include <cmath>

namespace esprit::kiosk {

IdleWatch::IdleWatch(double idle_seconds, double asking_seconds)
    : idle_seconds_(std::max(0.0, idle_seconds)), asking_seconds_(std::max(0.0, asking_seconds)) {}

void IdleWatch::start(double now) {
  phase_ = IdlePhase::playing;
  last_activity_ = now;
}

void IdleWatch::activity(double now) {
  if (phase_ == IdlePhase::resting || phase_ == IdlePhase::expired) return;
  phase_ = IdlePhase::playing;
  last_activity_ = now;
}

IdlePhase IdleWatch::update(double now) {
  if (phase_ == IdlePhase::playing && now - last_activity_ >= idle_seconds_) {
    phase_ = IdlePhase::asking;
    // The countdown starts when the timeout ran out, not when the loop
    // noticed, so a slow frame never shortens it.
    asking_since_ = last_activity_ + idle_seconds_;
  }
  if (phase_ == IdlePhase::asking && now - asking_since_ >= asking_seconds_) {
    phase_ = IdlePhase::expired;
  }
  return phase_;
}

int IdleWatch::secondsLeft(double now) const {
  if (phase_ != IdlePhase::asking) return 0;
  const double left = asking_seconds_ - (now - asking_since_);
  return std::max(1, static_cast<int>(std::ceil(left)));
}

}  // namespace esprit::kiosk
