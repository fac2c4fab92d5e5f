// Scoring rules: partial credit, the Brier rule, discernment and calibration,
// checked against values worked out by hand.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Scoring.hpp"

#include <doctest/doctest.h>

using namespace esprit;

TEST_CASE(
    "a multiple-choice answer earns the right picks minus the wrong picks, over the right "
    "options") {
  const std::vector<std::size_t> right{0, 2};
  CHECK(multipleChoiceCredit(right, {0, 2}) == doctest::Approx(1.0));
  CHECK(multipleChoiceCredit(right, {0}) == doctest::Approx(0.5));
  CHECK(multipleChoiceCredit(right, {0, 1}) == doctest::Approx(0.0));     // (1 − 1) / 2
  CHECK(multipleChoiceCredit(right, {0, 2, 3}) == doctest::Approx(0.5));  // (2 − 1) / 2
}

TEST_CASE("picking every option of a multiple-choice question earns nothing") {
  CHECK(multipleChoiceCredit({1, 3}, {0, 1, 2, 3}) == doctest::Approx(0.0));
}

TEST_CASE("ordering credit counts pairs in the right order minus pairs in the wrong order") {
  CHECK(orderingCredit({0, 1, 2, 3, 4}) == doctest::Approx(1.0));
  // One neighbour swap among five: 9 right pairs, 1 wrong, of 10.
  CHECK(orderingCredit({0, 2, 1, 3, 4}) == doctest::Approx(0.8));
  CHECK(orderingCredit({4, 3, 2, 1, 0}) == doctest::Approx(0.0));
  // Half the pairs wrong is no better than chance: 3 right, 3 wrong.
  CHECK(orderingCredit({1, 0, 3, 2}) == doctest::Approx((4.0 - 2.0) / 6.0));
}

TEST_CASE("confidence points follow the Brier rule: 100 − 200 × (1 − chance given to the truth)²") {
  CHECK(confidencePoints(true, 1.0) == 100);
  CHECK(confidencePoints(false, 1.0) == -100);
  CHECK(confidencePoints(true, 0.5) == 50);
  CHECK(confidencePoints(false, 0.5) == 50);
  // Right at 80 %: 100 − 200 × 0.04 = 92. Wrong at 80 %: 100 − 200 × 0.64 = −28.
  CHECK(confidencePoints(true, 0.8) == 92);
  CHECK(confidencePoints(false, 0.8) == -28);
  CHECK(brierScore(false, 0.8) == doctest::Approx(0.64));
}

TEST_CASE("saying exactly how sure you are scores best on average, so the rule is proper") {
  // A player who is right 70 % of the time: expected points at each stated confidence.
  auto expected = [](double stated) {
    return 0.7 * (100 - 200 * (1 - stated) * (1 - stated)) + 0.3 * (100 - 200 * stated * stated);
  };
  CHECK(expected(0.7) > expected(0.6));
  CHECK(expected(0.7) > expected(0.8));
  CHECK(expected(0.7) > expected(1.0));
}

TEST_CASE("the inverse normal function gives the textbook quantiles") {
  CHECK(inverseNormal(0.5) == doctest::Approx(0.0).epsilon(1e-9));
  CHECK(inverseNormal(0.975) == doctest::Approx(1.959964).epsilon(1e-6));
  CHECK(inverseNormal(0.8413447) == doctest::Approx(1.0).epsilon(1e-6));
  CHECK(inverseNormal(0.05) == doctest::Approx(-1.644854).epsilon(1e-6));
}

TEST_CASE(
    "discernment uses the log-linear correction: worked example with 8 fakes and 8 real items") {
  // 6 of 8 fakes caught, 1 of 8 real items called fake.
  // H = (6 + 0.5) / (8 + 1) = 0.7222, F = (1 + 0.5) / (8 + 1) = 0.1667.
  // z(0.7222) = 0.5895, z(0.1667) = −0.9674 (normal table).
  // d′ = 0.5895 + 0.9674 = 1.5569; c = −(0.5895 − 0.9674) / 2 = 0.1890.
  const auto result = computeDiscernment({6, 2, 1, 7});
  CHECK(result.hit_rate == doctest::Approx(6.5 / 9));
  CHECK(result.false_alarm_rate == doctest::Approx(1.5 / 9));
  CHECK(result.sensitivity == doctest::Approx(1.5569).epsilon(1e-3));
  CHECK(result.bias == doctest::Approx(0.1890).epsilon(1e-3));
}

TEST_CASE("a perfect player gets a finite sensitivity and no bias") {
  // H = 8.5 / 9 = 0.9444, F = 0.5 / 9 = 0.0556, z = ±1.5932: d′ = 3.1864, c = 0.
  const auto result = computeDiscernment({8, 0, 0, 8});
  CHECK(result.sensitivity == doctest::Approx(3.1864).epsilon(1e-3));
  CHECK(result.bias == doctest::Approx(0.0).epsilon(1e-9));
}

TEST_CASE("calling everything fake shows zero sensitivity and a strong suspicion bias") {
  // Every item called fake: H = F = 8.5 / 9, so d′ = 0 and c = −1.5932 (below 0: too suspicious).
  const auto result = computeDiscernment({8, 0, 8, 0});
  CHECK(result.sensitivity == doctest::Approx(0.0).epsilon(1e-9));
  CHECK(result.bias == doctest::Approx(-1.5932).epsilon(1e-3));
}

TEST_CASE("calibration puts each answer in its ten-point confidence band") {
  const auto bins =
      computeCalibration({{0.55, true}, {0.55, false}, {0.9, true}, {1.0, true}, {0.95, false}});
  REQUIRE(bins.size() == 5);
  CHECK(bins[0].answers == 2);
  CHECK(bins[0].share_correct == doctest::Approx(0.5));
  CHECK(bins[1].answers == 0);
  CHECK(bins[4].answers == 3);  // 0.9, 1.0 and 0.95 all fall in 90–100 %
  CHECK(bins[4].share_correct == doctest::Approx(2.0 / 3));
  CHECK(bins[4].mean_confidence == doctest::Approx((0.9 + 1.0 + 0.95) / 3));
}
