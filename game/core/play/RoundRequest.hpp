// What kind of round to play, and the rules that turn a request into a
// Session: how many questions, which form, which questions. Every front end
// (the window, the kiosk, the classroom host) asks for rounds this way, so a
// rule such as "an assessment form is played whole" lives here only.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Session.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace esprit::play {

enum class RoundKind {
  solo,        // a round of a pack, on one PC
  practice,    // "weak spots": the techniques this player misses most
  review,      // a booster round on the techniques that are due
  assessment,  // one whole form (A, B or C) of an assessment pack
  kiosk,       // an anonymous visitor's short round at a library kiosk
  classroom,   // one student's answers in a class game the teacher hosts
};

// The name stored with a session ("solo", "practice", …); one table for both ways.
std::string_view roundKindName(RoundKind kind);
std::optional<RoundKind> parseRoundKind(std::string_view name);

// A round is a few minutes: long enough to learn, short enough for a lesson.
inline constexpr std::size_t kDefaultRoundLength = 10;
inline constexpr std::size_t kWeakSpotRoundLength = 10;
inline constexpr std::size_t kReviewRoundLength = 8;
// A kiosk visitor is standing: five questions, then the results.
inline constexpr std::size_t kKioskRoundLength = 5;

struct RoundRequest {
  RoundKind kind = RoundKind::solo;
  std::uint64_t seed = 1;
  bool ask_confidence = true;  // the player's setting; each question must also ask
  // How many questions; 0 plays every question. An assessment form is
  // measured whole, so it ignores this.
  std::size_t question_limit = kDefaultRoundLength;
  std::string form;                       // assessment: "A", "B" or "C"
  std::vector<std::string> question_ids;  // when not empty: exactly these, in this order
};

// The Session options for a request: the one place the rules above apply.
SessionOptions sessionOptionsFor(const RoundRequest& request);

}  // namespace esprit::play
