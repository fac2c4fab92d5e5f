// What a player answers to one question, in the pack's own numbering (option
// indices as written in pack.json, 0-based), whatever order they were shown in.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace esprit {

struct SingleChoiceAnswer {
  std::size_t option = 0;
};

struct BinaryAnswer {
  bool says_real = false;
  std::optional<double> confidence;  // 0.5 to 1, when the question asked for it
};

struct MultipleChoiceAnswer {
  std::vector<std::size_t> options;
};

// The options in the order the player put them.
struct OrderingAnswer {
  std::vector<std::size_t> order;
};

// The region the player tapped; empty when they tapped outside every region.
struct HotspotAnswer {
  std::string region;
};

using AnswerChoice = std::variant<SingleChoiceAnswer, BinaryAnswer, MultipleChoiceAnswer,
                                  OrderingAnswer, HotspotAnswer>;

struct Answer {
  AnswerChoice choice;
  double seconds_taken = 0;
};

}  // namespace esprit
