// The corner hold that opens the staff PIN pad: only a long, still hold on
// the corner counts.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/kiosk/StaffGesture.hpp"

#include <doctest/doctest.h>

using namespace esprit::kiosk;

TEST_CASE("a five-second hold on the corner opens the staff pad once") {
  CornerHold hold(5);
  hold.press(true, 10);
  CHECK_FALSE(hold.update(14.9));
  CHECK(hold.progress(12.5) == doctest::Approx(0.5));
  CHECK(hold.update(15));
  CHECK_FALSE(hold.update(16));  // not again while the finger stays
}

TEST_CASE("a tap or a hold away from the corner opens nothing") {
  CornerHold hold(5);
  hold.press(true, 0);
  hold.release();
  CHECK_FALSE(hold.update(10));
  hold.press(false, 20);
  CHECK_FALSE(hold.update(30));
  CHECK(hold.progress(25) == 0);
}

TEST_CASE("sliding out of the corner cancels the hold") {
  CornerHold hold(5);
  hold.press(true, 0);
  hold.move(true);
  CHECK(hold.holding());
  hold.move(false);
  hold.move(true);  // coming back does not resume it
  CHECK_FALSE(hold.update(6));
}
