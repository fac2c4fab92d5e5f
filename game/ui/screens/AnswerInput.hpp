// The answer being built on the play screen, for every question type, and
// the widgets that build it: option cards (number keys pick them), real/fake
// buttons with the optional confidence slider, reorderable steps, and the
// hotspot choice made on the scenario. Produces an esprit::Answer.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Answer.hpp"
#include "core/Pack.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace esprit::ui {

struct Context;

class AnswerInput {
 public:
  // Starts afresh for a question shown with options in `option_order`
  // (pack indices, as Session::optionOrder gives them).
  void reset(const Question& question, const std::vector<std::size_t>& option_order,
             bool asks_confidence);

  // The answer widgets below the prompt (not the hotspot, which is tapped on
  // the scenario itself). Reads number keys from the context's frame input.
  void build(Context& context, const Question& question, float width);

  bool ready() const;
  // Options as shown now (pack indices): for ordering, the player's current order.
  const std::vector<std::size_t>& shownOrder() const { return shown_order_; }
  Answer answer(double seconds_taken) const;

  // Hotspot: the region chosen on the scenario ("" while none is).
  void chooseRegion(std::string region_id) { region_ = std::move(region_id); }
  const std::string& chosenRegion() const { return region_; }

 private:
  void buildChoices(Context& context, const Question& question, float width, bool several);
  void buildBinary(Context& context, const Question& question, float width);
  void buildConfidence(Context& context, float width);
  void buildOrdering(Context& context, const Question& question, float width);
  void buildHotspotHelp(Context& context, const Question& question);

  QuestionType type_ = QuestionType::single_choice;
  std::vector<std::size_t>
      shown_order_;           // pack indices in the order shown (or arranged, for ordering)
  std::vector<bool> picked_;  // per shown position
  std::optional<bool> says_real_;
  bool asks_confidence_ = false;
  int confidence_percent_ = 75;
  std::string region_;
};

inline constexpr int kConfidenceMinimumPercent = 50;
inline constexpr int kConfidenceMaximumPercent = 100;
inline constexpr int kConfidenceStepPercent = 10;

}  // namespace esprit::ui
