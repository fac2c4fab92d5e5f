// The still-there countdown as a state machine: when it asks, how it counts
// down, what brings a visitor back, and when the round is given up.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/kiosk/IdleWatch.hpp"

#include <doctest/doctest.h>

using namespace esprit::kiosk;

TEST_CASE("the attract screen rests: no countdown before a visitor starts") {
  IdleWatch watch(90, 15);
  CHECK(watch.update(10'000) == IdlePhase::resting);
  watch.activity(10'001);
  CHECK(watch.update(20'000) == IdlePhase::resting);
}

TEST_CASE("the kiosk asks after the idle timeout and gives up when the countdown ends") {
  IdleWatch watch(90, 15);
  watch.start(100);
  CHECK(watch.update(189.9) == IdlePhase::playing);
  CHECK(watch.update(190) == IdlePhase::asking);
  CHECK(watch.secondsLeft(190) == 15);
  CHECK(watch.secondsLeft(190.5) == 15);
  CHECK(watch.secondsLeft(191) == 14);
  CHECK(watch.secondsLeft(204.9) == 1);
  CHECK(watch.update(204.9) == IdlePhase::asking);
  CHECK(watch.update(205) == IdlePhase::expired);
}

TEST_CASE("every input restarts the idle timeout") {
  IdleWatch watch(90, 15);
  watch.start(0);
  watch.activity(80);
  CHECK(watch.update(169) == IdlePhase::playing);
  CHECK(watch.update(170) == IdlePhase::asking);
}

TEST_CASE("input while the kiosk asks means the visitor is still there") {
  IdleWatch watch(90, 15);
  watch.start(0);
  REQUIRE(watch.update(95) == IdlePhase::asking);
  watch.activity(100);
  CHECK(watch.update(100) == IdlePhase::playing);
  CHECK(watch.update(189) == IdlePhase::playing);
  CHECK(watch.update(190) == IdlePhase::asking);
}

TEST_CASE("a loop that wakes late never shortens the countdown nor skips the question") {
  IdleWatch watch(90, 15);
  watch.start(0);
  // The loop noticed 10 s late: the countdown began at 90, so 5 s are left.
  CHECK(watch.update(100) == IdlePhase::asking);
  CHECK(watch.secondsLeft(100) == 5);
  // Asleep through the whole countdown: expired, not stuck asking.
  IdleWatch late(90, 15);
  late.start(0);
  CHECK(late.update(500) == IdlePhase::expired);
}

TEST_CASE("an expired round stays expired until the next visitor starts") {
  IdleWatch watch(5, 15);
  watch.start(0);
  REQUIRE(watch.update(21) == IdlePhase::expired);
  watch.activity(22);
  CHECK(watch.update(22) == IdlePhase::expired);
  watch.start(30);
  CHECK(watch.update(30) == IdlePhase::playing);
  watch.stop();
  CHECK(watch.update(1000) == IdlePhase::resting);
}
