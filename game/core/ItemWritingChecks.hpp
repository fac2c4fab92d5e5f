// Item-writing checks: the flaws that let a test-wise player score without
// the skill, or that make two assessment forms measure different things.
// The validator turns each finding into a warning (the pack still plays), so
// `esprit validate`, its JSON and the editor's problem list all show them.
//
// What is checked, and the rule behind each threshold (docs/pack-format.md,
// "Item-writing warnings", says the same to teachers):
//   [X] a right option much longer than every distractor (one question)
//   [X] right options that are the longest in more questions than chance
//   [X] real-or-fake questions that lean to one side (per form)
//   [X] right answers that sit mostly in one written position
//   [X] assessment forms that differ in size, balance, techniques, difficulty
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Pack.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace esprit {

enum class ItemWritingFlaw {
  right_option_much_longer,  // one question
  longest_option_pattern,    // the whole pack
  real_fake_lean,            // the whole pack, or one form
  answer_position_pattern,   // the whole pack
  forms_differ,              // one form, against form A
};

struct ItemWritingWarning {
  ItemWritingFlaw flaw;
  // Index in pack.questions of the question the warning is about (for a form,
  // its first question); nullopt when it is about the whole pack.
  std::optional<std::size_t> question;
  std::string field;    // the question's field to point at ("options", "form"), or ""
  std::string message;  // names the question or form and says what to do
};

// The thresholds. Tests and ShippedContentTest read them from here so that a
// change of rule is made once.
struct ItemWritingRules {
  // A right option is "much longer" when it is at least this many times the
  // longest distractor AND at least this many characters longer.
  static constexpr double kMuchLongerRatio = 1.5;
  static constexpr std::size_t kMuchLongerCharacters = 15;
  // Pattern warnings need this many single-choice questions to say anything.
  static constexpr std::size_t kLeastQuestionsForLengthPattern = 6;
  static constexpr std::size_t kLeastQuestionsForPositionPattern = 4;
  // A pattern is reported when chance alone would give it less often than this.
  static constexpr double kChanceThreshold = 0.01;
  // Real-or-fake balance: at least this many items, real share inside the band.
  static constexpr std::size_t kLeastRealFakeItems = 6;
  static constexpr double kLowestRealShare = 0.3;
  static constexpr double kHighestRealShare = 0.7;
};

// Lengths of a single-choice question's options, in characters (UTF-8 code
// points, so that "é" counts once).
struct OptionLengths {
  std::size_t right = 0;
  std::size_t longest_distractor = 0;
  double mean_distractor = 0;
  bool right_is_longest = false;  // strictly longer than every distractor
};

// Nothing for a question that is not single choice or has no distractor.
std::optional<OptionLengths> optionLengthsOf(const Question& question);

// Warnings about one question alone; safe on a pack that still has errors.
std::vector<ItemWritingWarning> checkQuestionWriting(const Pack& pack);
// Warnings that compare questions with each other. Call them only on a pack
// without errors: on a partly read pack the counts would be wrong.
std::vector<ItemWritingWarning> checkPackWriting(const Pack& pack);

// Chance that a binomial count of `trials` tries, each succeeding with
// `probability`, reaches at least `successes`. Whenever `successes` is at
// least one above the mean count, it bounds from above the same chance when
// each try has its own probability with that mean, as questions with
// different numbers of options do (a classical result on sums of unequal
// trials; ItemWritingChecksTest checks it against the exact sum).
double chanceOfAtLeast(std::size_t successes, std::size_t trials, double probability);

}  // namespace esprit
