// The item-writing rules: option lengths, real/fake lean, answer positions and
// matched assessment forms, each reported with a sentence saying what to do.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ItemWritingChecks.hpp"

#include "Utf8.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <map>
#include <set>
#include <string_view>

namespace esprit {
namespace {

using Rules = ItemWritingRules;

bool isScorableSingleChoice(const Question& question) {
  return question.type == QuestionType::single_choice && question.options.size() >= 2 &&
         question.correct_option < question.options.size();
}

std::string formatDecimal(double value) {
  // "about 4" or "about 3.5": a teacher reads a rounded expectation.
  const double rounded = std::round(value * 2) / 2;
  std::string text = std::to_string(static_cast<long long>(rounded));
  if (rounded != std::floor(rounded)) text += ".5";
  return text;
}

std::string joinWords(const std::vector<std::string>& words) {
  std::string text;
  for (std::size_t index = 0; index < words.size(); ++index) {
    if (index > 0) text += index + 1 == words.size() ? " and " : ", ";
    text += words[index];
  }
  return text;
}

// Is `count` out of `trials` a pattern chance would rarely give? `expected` is
// the count chance gives on average; the binomial bound holds one above it.
bool isUnlikelyByChance(std::size_t count, std::size_t trials, double expected) {
  if (trials == 0 || static_cast<double>(count) < expected + 1) return false;
  const double share = expected / static_cast<double>(trials);
  return chanceOfAtLeast(count, trials, share) < Rules::kChanceThreshold;
}

void checkLongestOptionPattern(const Pack& pack, std::vector<ItemWritingWarning>& warnings) {
  std::size_t questions = 0, longest = 0;
  double expected = 0;  // if lengths told nothing, each option would be the longest 1 time in k
  for (const auto& question : pack.questions) {
    const auto lengths = optionLengthsOf(question);
    if (!lengths) continue;
    ++questions;
    expected += 1.0 / static_cast<double>(question.options.size());
    if (lengths->right_is_longest) ++longest;
  }
  if (questions < Rules::kLeastQuestionsForLengthPattern) return;
  if (!isUnlikelyByChance(longest, questions, expected)) return;
  warnings.push_back(
      {ItemWritingFlaw::longest_option_pattern, std::nullopt, "",
       "the right option is the longest in " + std::to_string(longest) + " of the " +
           std::to_string(questions) + " single-choice questions, where chance would give about " +
           formatDecimal(expected) +
           ", so players can score by picking the longest option. Make the wrong options as long "
           "and as detailed as the right ones, so that only judgement finds the answer."});
}

std::vector<std::string> formsIn(const Pack& pack) {
  std::set<std::string> forms;
  for (const auto& question : pack.questions) forms.insert(question.form);
  return {forms.begin(), forms.end()};  // "" (no form) first, then A, B, C
}

struct RealFakeCount {
  std::size_t real = 0;
  std::size_t total = 0;
};

RealFakeCount realFakeCountOf(const Pack& pack, const std::string& form) {
  RealFakeCount count;
  for (const auto& question : pack.questions) {
    if (question.type != QuestionType::true_false || question.form != form) continue;
    ++count.total;
    if (question.is_real) ++count.real;
  }
  return count;
}

// Players who see mostly fakes learn to call everything fake; the design asks
// for a balance between reliable and unreliable content.
void checkRealFakeLean(const Pack& pack, std::vector<ItemWritingWarning>& warnings) {
  for (const auto& form : formsIn(pack)) {
    const auto count = realFakeCountOf(pack, form);
    if (count.total < Rules::kLeastRealFakeItems) continue;
    const double share = static_cast<double>(count.real) / static_cast<double>(count.total);
    if (share >= Rules::kLowestRealShare && share <= Rules::kHighestRealShare) continue;
    const std::string where = form.empty() ? "" : " in form " + form;
    warnings.push_back({ItemWritingFlaw::real_fake_lean, std::nullopt, "",
                        std::to_string(count.real) + " of the " + std::to_string(count.total) +
                            " real-or-fake questions" + where +
                            " are real. Aim for about half real and half fake, so that players "
                            "learn to trust reliable content as well as to catch fakes."});
  }
}

// Esprit shuffles options, so this only shows to a player who reads the file
// or plays an export in a tool that keeps the written order.
void checkAnswerPositions(const Pack& pack, std::vector<ItemWritingWarning>& warnings) {
  std::vector<std::size_t> right_at;  // how many right answers sit at each position
  std::vector<double> expected_at;    // how many chance would put there
  std::size_t questions = 0;
  for (const auto& question : pack.questions) {
    if (!isScorableSingleChoice(question)) continue;
    ++questions;
    const std::size_t options = question.options.size();
    if (right_at.size() < options) {
      right_at.resize(options, 0);
      expected_at.resize(options, 0);
    }
    ++right_at[question.correct_option];
    for (std::size_t position = 0; position < options; ++position) {
      expected_at[position] += 1.0 / static_cast<double>(options);
    }
  }
  if (questions < Rules::kLeastQuestionsForPositionPattern) return;
  const auto busiest = static_cast<std::size_t>(std::max_element(right_at.begin(), right_at.end()) -
                                                right_at.begin());
  const std::size_t count = right_at[busiest];
  const bool all = count == questions;
  const bool mostly =
      count * 2 > questions && isUnlikelyByChance(count, questions, expected_at[busiest]);
  if (!all && !mostly) return;
  const std::string share = all ? "all " + std::to_string(questions)
                                : std::to_string(count) + " of the " + std::to_string(questions);
  warnings.push_back(
      {ItemWritingFlaw::answer_position_pattern, std::nullopt, "",
       "the right answer of " + share + " single-choice questions is option " +
           std::to_string(busiest + 1) +
           ". Spread it over the positions: Esprit shuffles options on screen, but a player who "
           "reads the file, or a quiz tool that keeps the written order after an export, would "
           "see the pattern."});
}

struct FormProfile {
  std::size_t first_question = 0;
  std::size_t size = 0;
  RealFakeCount real_fake;
  std::set<std::string> techniques;
  std::array<std::size_t, 3> by_difficulty{};  // easy, medium, hard
};

std::string describeDifficulties(const std::array<std::size_t, 3>& counts) {
  return std::to_string(counts[0]) + " easy, " + std::to_string(counts[1]) + " medium and " +
         std::to_string(counts[2]) + " hard";
}

std::vector<std::string> missingFrom(const std::set<std::string>& have,
                                     const std::set<std::string>& want) {
  std::vector<std::string> missing;
  std::set_difference(want.begin(), want.end(), have.begin(), have.end(),
                      std::back_inserter(missing));
  return missing;
}

void compareForms(const std::string& form, const FormProfile& profile,
                  const std::string& reference_form, const FormProfile& reference,
                  std::vector<ItemWritingWarning>& warnings) {
  const auto warn = [&](std::string message) {
    warnings.push_back(
        {ItemWritingFlaw::forms_differ, profile.first_question, "form", std::move(message)});
  };
  const std::string name = "form " + form;
  const std::string other = "form " + reference_form;
  if (profile.size != reference.size) {
    warn(name + " has " + std::to_string(profile.size) + " questions and " + other + " has " +
         std::to_string(reference.size) +
         ". Give every form the same number of questions, so that their scores compare.");
  }
  if (profile.real_fake.real != reference.real_fake.real ||
      profile.real_fake.total != reference.real_fake.total) {
    warn(name + " has " + std::to_string(profile.real_fake.real) + " real items among " +
         std::to_string(profile.real_fake.total) + " real-or-fake questions and " + other +
         " has " + std::to_string(reference.real_fake.real) + " among " +
         std::to_string(reference.real_fake.total) +
         ". Give every form the same number of real and of fake items, so that they measure the "
         "same judgement.");
  }
  const auto lacking = missingFrom(profile.techniques, reference.techniques);
  const auto extra = missingFrom(reference.techniques, profile.techniques);
  if (!lacking.empty() || !extra.empty()) {
    std::string message;
    if (!lacking.empty()) {
      message += name + " does not practise " + joinWords(lacking) + ", as " + other + " does";
    }
    if (!extra.empty()) {
      message += message.empty() ? name + " practises " : ", and practises ";
      message += joinWords(extra) + ", which " + other + " does not";
    }
    warn(message + ". Give every form the same techniques, so that they measure the same skills.");
  }
  if (profile.by_difficulty != reference.by_difficulty) {
    warn(name + " has " + describeDifficulties(profile.by_difficulty) + " questions and " + other +
         " has " + describeDifficulties(reference.by_difficulty) +
         ". Give every form as many questions of each difficulty, so that a change in score "
         "shows learning, not an easier form.");
  }
}

// Forms A, B and C are played weeks apart and compared: any difference other
// than the wording makes the change in score mean something else.
void checkAssessmentForms(const Pack& pack, std::vector<ItemWritingWarning>& warnings) {
  std::map<std::string, FormProfile> profiles;
  for (std::size_t index = 0; index < pack.questions.size(); ++index) {
    const Question& question = pack.questions[index];
    if (question.form.empty()) continue;
    auto [entry, added] = profiles.try_emplace(question.form);
    FormProfile& profile = entry->second;
    if (added) profile.first_question = index;
    ++profile.size;
    if (question.type == QuestionType::true_false) {
      ++profile.real_fake.total;
      if (question.is_real) ++profile.real_fake.real;
    }
    profile.techniques.insert(question.techniques.begin(), question.techniques.end());
    ++profile.by_difficulty[static_cast<std::size_t>(question.difficulty)];
  }
  if (profiles.empty()) return;
  const auto& [reference_form, reference] = *profiles.begin();
  if (profiles.size() == 1) {
    const std::string missing = reference_form == "A" ? "form B, played after the lesson,"
                                                      : "form A, played before the lesson,";
    warnings.push_back({ItemWritingFlaw::forms_differ, reference.first_question, "form",
                        "only form " + reference_form + " has questions. Add " + missing +
                            " with questions matched to form " + reference_form +
                            ", or remove \"form\" to make this an ordinary pack."});
    return;
  }
  for (auto entry = std::next(profiles.begin()); entry != profiles.end(); ++entry) {
    compareForms(entry->first, entry->second, reference_form, reference, warnings);
  }
}

}  // namespace

std::optional<OptionLengths> optionLengthsOf(const Question& question) {
  if (!isScorableSingleChoice(question)) return std::nullopt;
  OptionLengths lengths;
  std::size_t distractor_total = 0;
  for (std::size_t index = 0; index < question.options.size(); ++index) {
    const std::size_t length = countCharacters(question.options[index]);
    if (index == question.correct_option) {
      lengths.right = length;
    } else {
      lengths.longest_distractor = std::max(lengths.longest_distractor, length);
      distractor_total += length;
    }
  }
  lengths.mean_distractor =
      static_cast<double>(distractor_total) / static_cast<double>(question.options.size() - 1);
  lengths.right_is_longest = lengths.right > lengths.longest_distractor;
  return lengths;
}

std::vector<ItemWritingWarning> checkQuestionWriting(const Pack& pack) {
  std::vector<ItemWritingWarning> warnings;
  for (std::size_t index = 0; index < pack.questions.size(); ++index) {
    const Question& question = pack.questions[index];
    const auto lengths = optionLengthsOf(question);
    if (!lengths) continue;
    const bool much_longer =
        static_cast<double>(lengths->right) >=
            Rules::kMuchLongerRatio * static_cast<double>(lengths->longest_distractor) &&
        lengths->right >= lengths->longest_distractor + Rules::kMuchLongerCharacters;
    if (!much_longer) continue;
    warnings.push_back(
        {ItemWritingFlaw::right_option_much_longer, index, "options",
         "question " + question.id + ": its right option has " + std::to_string(lengths->right) +
             " characters and its longest wrong option " +
             std::to_string(lengths->longest_distractor) +
             ", so a player can pick it by its length alone. Make the wrong options as long and "
             "as detailed as the right one, or shorten the right one."});
  }
  return warnings;
}

std::vector<ItemWritingWarning> checkPackWriting(const Pack& pack) {
  std::vector<ItemWritingWarning> warnings;
  checkLongestOptionPattern(pack, warnings);
  checkRealFakeLean(pack, warnings);
  checkAnswerPositions(pack, warnings);
  checkAssessmentForms(pack, warnings);
  return warnings;
}

double chanceOfAtLeast(std::size_t successes, std::size_t trials, double probability) {
  if (successes == 0) return 1;
  if (successes > trials || probability <= 0) return 0;
  if (probability >= 1) return 1;
  // Terms are summed in logarithms: with thousands of questions they underflow.
  const double n = static_cast<double>(trials);
  const double k = static_cast<double>(successes);
  double log_term = k * std::log(probability) + (n - k) * std::log1p(-probability);
  for (std::size_t index = 1; index <= successes; ++index) {
    const double i = static_cast<double>(index);
    log_term += std::log((n - k + i) / i);  // log of (trials choose successes)
  }
  const double log_odds = std::log(probability) - std::log1p(-probability);
  double total = 0;
  for (std::size_t count = successes; count <= trials; ++count) {
    const double term = std::exp(log_term);
    total += term;
    if (term < total * 1e-17) break;  // the tail falls away geometrically past the mode
    const double c = static_cast<double>(count);
    log_term += std::log((n - c) / (c + 1)) + log_odds;
  }
  return std::min(total, 1.0);
}

}  // namespace esprit
