// The staff PIN: kept only as a salted, slow hash, checked exactly, and
// guessing is slowed down by waits that grow.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/kiosk/PinAttempts.hpp"
#include "core/kiosk/StaffPin.hpp"

#include <doctest/doctest.h>

using namespace esprit::kiosk;

TEST_CASE("a PIN is hashed with a fresh salt and never kept in clear") {
  auto first = hashStaffPin("2468");
  auto second = hashStaffPin("2468");
  REQUIRE(first.ok());
  REQUIRE(second.ok());
  CHECK(first->starts_with("$y$"));
  CHECK(*first != *second);  // different salts
  CHECK(first->find("2468") == std::string::npos);
  CHECK_FALSE(pinHashProblem(*first).has_value());
}

TEST_CASE("the right PIN matches its hash and any other does not") {
  const auto hash = hashStaffPin("135790");
  REQUIRE(hash.ok());
  CHECK(staffPinMatches("135790", *hash));
  CHECK_FALSE(staffPinMatches("135791", *hash));
  CHECK_FALSE(staffPinMatches("13579", *hash));
  CHECK_FALSE(staffPinMatches("", *hash));
  CHECK_FALSE(staffPinMatches("135790", ""));
  CHECK_FALSE(staffPinMatches("135790", "135790"));  // a PIN pasted as its own hash
}

TEST_CASE("a staff PIN is four to twelve digits") {
  CHECK_FALSE(pinProblem("0000").has_value());
  CHECK_FALSE(pinProblem("123456789012").has_value());
  CHECK(pinProblem("123").has_value());
  CHECK(pinProblem("1234567890123").has_value());
  CHECK(pinProblem("12a4").has_value());
  CHECK(pinProblem("").has_value());
  CHECK_FALSE(hashStaffPin("12").ok());
}

TEST_CASE("a PIN written in clear or garbage is not accepted as a hash") {
  REQUIRE(pinHashProblem("1234").has_value());
  CHECK(pinHashProblem("1234")->find("esprit kiosk-pin") != std::string::npos);
  CHECK(pinHashProblem("secret").has_value());
  CHECK(pinHashProblem("$y$").has_value());
}

TEST_CASE("three wrong PINs are free, then the waits double up to fifteen minutes") {
  PinAttempts attempts;
  CHECK(attempts.allowed(0));
  attempts.wrong(0);
  attempts.wrong(1);
  CHECK(attempts.allowed(2));
  attempts.wrong(2);
  CHECK_FALSE(attempts.allowed(2));
  CHECK(attempts.secondsToWait(2) == doctest::Approx(30));
  attempts.wrong(10);  // ignored: the pad is locked
  CHECK(attempts.wrongInARow() == 3);
  CHECK(attempts.allowed(32));
  attempts.wrong(32);
  CHECK(attempts.secondsToWait(32) == doctest::Approx(60));
  double now = 92;
  for (int round = 0; round < 20; ++round) {
    attempts.wrong(now);
    now += attempts.secondsToWait(now);
  }
  attempts.wrong(now);
  CHECK(attempts.secondsToWait(now) == doctest::Approx(kLongestPinWaitSeconds));
}

TEST_CASE("the right PIN clears the count of wrong ones") {
  PinAttempts attempts;
  attempts.wrong(0);
  attempts.wrong(0);
  attempts.right();
  attempts.wrong(1);
  attempts.wrong(1);
  CHECK(attempts.allowed(1));
}
