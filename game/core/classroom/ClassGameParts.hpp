// What the ClassGame*.cpp files share and nothing else includes: a player's
// seat in the game, and the small helpers the rules, the events and the
// state file all use.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/classroom/ClassGame.hpp"

#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

namespace esprit::classroom {

// One player (or team) of this game.
struct ClassGame::Seat {
  struct Accepted {
    AnswerChoice choice;
    Evaluation evaluation;
    nlohmann::json body;  // the reply, sent again for the same answer
  };

  std::string token;
  std::string nickname;
  Enrolment enrolment;
  std::mutex mutex;  // guards what follows
  std::optional<play::Round> round;
  std::map<std::size_t, Accepted> accepted;  // by 1-based question index
  int score = 0;
};

namespace detail {

inline constexpr int kStateFormat = 1;

Error refused(std::string message);
bool sameIgnoringCase(std::string_view first, std::string_view second);
std::optional<Phase> parsePhase(std::string_view name);
// What a region is called on the phones and the projector.
std::string regionLabel(const HotspotRegion& region);

}  // namespace detail
}  // namespace esprit::classroom
