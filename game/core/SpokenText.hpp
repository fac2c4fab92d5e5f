// What read-aloud says: each scenario kind in words built from its fields
// (a post's author and text, an article's outlet, headline and lede, a
// chat's messages, a chart's title and values, a picture's description, a
// quote and who said it), and a question with its options and their numbers.
// The joining words come from the `speech.*` keys of the UI translations.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Pack.hpp"
#include "core/Translations.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace esprit {

std::string spokenScenario(const Scenario& scenario, const Translations& words);

struct SpokenQuestionParts {
  std::size_t number = 1;  // 1-based place in the round
  std::size_t total = 1;
  // Options in the order shown (pack indices); for ordering, the player's
  // current order.
  std::vector<std::size_t> shown_order;
  bool asks_confidence = false;
};

// "Question 2 of 8. <prompt> <scenario> 1: <option>. 2: <option>."
std::string spokenQuestion(const Question& question, const Scenario* scenario,
                           const SpokenQuestionParts& parts, const Translations& words);

// A number as the language writes it: 12.5 → "12,5" in French, Dutch and German.
std::string spokenNumber(double value, std::string_view language);

}  // namespace esprit
