// The item-writing warnings of issue 14, through the one validator: small packs
// written to show each flaw, and packs just inside each rule that must stay quiet.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ItemWritingChecks.hpp"
#include "core/PackLoader.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

using namespace esprit;

namespace {

const Taxonomy& shippedTaxonomy() {
  static const Taxonomy taxonomy = [] {
    std::vector<Problem> problems;
    auto loaded = Taxonomy::load(ESPRIT_SOURCE_ROOT "/assets/techniques.json", problems);
    REQUIRE(problems.empty());
    return loaded;
  }();
  return taxonomy;
}

std::string quoted(const std::string& text) { return "\"" + text + "\""; }

// What a question may vary in these tests; everything else is filled in
// cleanly, so that a warning can only come from what the test chose.
struct Item {
  std::string id;
  std::string type = "single";
  std::vector<std::string> options;
  int answer = 1;     // single: 1-based option
  bool real = false;  // true_false
  std::string form;
  std::string technique = "source-check";
  std::string difficulty = "medium";
};

Item single(const std::string& id, std::vector<std::string> options, int answer) {
  Item item;
  item.id = id;
  item.options = std::move(options);
  item.answer = answer;
  return item;
}

std::string questionJson(const Item& item) {
  std::ostringstream json;
  json << "{ \"id\": " << quoted(item.id) << ", \"type\": " << quoted(item.type)
       << ", \"prompt\": \"Which is right?\"";
  if (item.type == "single") {
    json << ", \"options\": [";
    for (std::size_t index = 0; index < item.options.size(); ++index) {
      json << (index ? ", " : "") << quoted(item.options[index]);
    }
    json << "], \"answer\": " << item.answer;
  } else {
    json << ", \"answer\": " << (item.real ? "true" : "false");
  }
  json << ", \"explanation\": \"Because.\", \"techniques\": [" << quoted(item.technique)
       << "], \"difficulty\": " << quoted(item.difficulty)
       << ", \"sources\": [ { \"title\": \"A study\", \"publisher\": \"Esprit tests\" } ]";
  if (!item.form.empty()) json << ", \"form\": " << quoted(item.form);
  json << " }";
  return json.str();
}

std::string packJson(const std::vector<Item>& items) {
  std::ostringstream json;
  json << "{\n  \"esprit_pack\": 1, \"id\": \"esprit.test-item-writing\", \"version\": \"1.0.0\",\n"
          "  \"title\": \"Item writing\", \"language\": \"en\",\n  \"questions\": [\n";
  for (std::size_t index = 0; index < items.size(); ++index) {
    json << "    " << questionJson(items[index]) << (index + 1 < items.size() ? ",\n" : "\n");
  }
  json << "  ]\n}\n";
  return json.str();
}

PackLoadResult load(const std::vector<Item>& items) {
  return loadPackFromText(packJson(items), "item-writing.json", {}, shippedTaxonomy());
}

std::string describeProblems(const std::vector<Problem>& problems) {
  std::ostringstream text;
  for (const auto& problem : problems) text << "  " << formatProblem(problem) << "\n";
  return problems.empty() ? "  (nothing)\n" : text.str();
}

std::vector<Problem> warningsSaying(const PackLoadResult& result, std::string_view fragment) {
  std::vector<Problem> found;
  for (const auto& problem : result.problems) {
    if (problem.severity == Severity::warning &&
        problem.message.find(fragment) != std::string::npos) {
      found.push_back(problem);
    }
  }
  return found;
}

// Options of similar length where the right one (at `answer`) is just the
// longest, by a margin no reader would notice.
Item slightlyLongestRight(int number, int answer) {
  std::vector<std::string> options = {"Count its likes today", "Ask the account owner",
                                      "Share it with friends", "Read the comments"};
  options[static_cast<std::size_t>(answer - 1)] = "Look up who runs the site";
  return single("q" + std::to_string(number), options, answer);
}

// The same, with the right option no longer than the others.
Item evenLengths(int number, int answer) {
  std::vector<std::string> options = {"Count its likes today", "Ask the account owner",
                                      "Share it with friends", "Read the comments now"};
  options[static_cast<std::size_t>(answer - 1)] = "Search who runs it";
  return single("q" + std::to_string(number), options, answer);
}

Item realOrFake(const std::string& id, bool real, const std::string& form = "",
                const std::string& technique = "source-check",
                const std::string& difficulty = "medium") {
  Item item;
  item.id = id;
  item.type = "true_false";
  item.real = real;
  item.form = form;
  item.technique = technique;
  item.difficulty = difficulty;
  return item;
}

// Eight items per form, half real, two techniques, two difficulties.
std::vector<Item> matchedForms(const std::vector<std::string>& forms) {
  std::vector<Item> items;
  for (const auto& form : forms) {
    for (int index = 0; index < 8; ++index) {
      items.push_back(realOrFake(form + std::to_string(index), index % 2 == 0, form,
                                 index < 4 ? "clickbait" : "date-check",
                                 index < 6 ? "medium" : "hard"));
    }
  }
  return items;
}

}  // namespace

TEST_CASE("a right option much longer than every wrong one is a warning at its options") {
  // lat-first-step as it was shipped in round 1.
  const auto result = load(
      {single("lat-first-step",
              {"Count how many articles it published today", "Check whether it has a logo",
               "Open a new tab and search the paper's name to see what other sites say about it",
               "Read its About page"},
              3)});
  INFO(describeProblems(result.problems));
  CHECK(result.usable());
  const auto warnings = warningsSaying(result,
                                       "question lat-first-step: its right option has 79 "
                                       "characters and its longest wrong option 42");
  REQUIRE(warnings.size() == 1);
  CHECK(warnings[0].pointer == "/questions/0/options");
  CHECK(warnings[0].line == 5);
  CHECK(warnings[0].message.find("Make the wrong options as long") != std::string::npos);
  CHECK(result.problems.size() == 1);
}

TEST_CASE("a right option only a little longer, or short beside short options, is not warned") {
  const auto result =
      load({// A third longer than the longest wrong option: noticeable only to a ruler.
            single("q-ratio", {"Search who runs the site now", "Count the likes of it"}, 1),
            // Over twice as long but 5 characters more: nobody picks "Not sure" by its length.
            single("q-short", {"Not sure", "Yes", "No"}, 1)});
  INFO(describeProblems(result.problems));
  CHECK(result.problems.empty());
}

TEST_CASE("option lengths count characters, so an accented letter counts once") {
  Question question;
  question.type = QuestionType::single_choice;
  question.options = {"été", "hiver"};
  question.correct_option = 0;
  const auto lengths = optionLengthsOf(question);
  REQUIRE(lengths.has_value());
  CHECK(lengths->right == 3);
  CHECK(lengths->longest_distractor == 5);
  CHECK_FALSE(lengths->right_is_longest);
}

TEST_CASE("a right option that ties with a wrong one for longest does not count as the longest") {
  Question question;
  question.type = QuestionType::single_choice;
  question.options = {"abcd", "efgh", "ij"};
  question.correct_option = 0;
  CHECK_FALSE(optionLengthsOf(question)->right_is_longest);
  CHECK(optionLengthsOf(question)->mean_distractor == doctest::Approx(3));
}

TEST_CASE("right options that are the longest far more often than chance are a pack warning") {
  std::vector<Item> items;
  for (int number = 1; number <= 8; ++number)
    items.push_back(slightlyLongestRight(number, 1 + number % 4));
  const auto result = load(items);
  INFO(describeProblems(result.problems));
  CHECK(result.usable());
  const auto warnings =
      warningsSaying(result,
                     "the right option is the longest in 8 of the 8 single-choice questions, where "
                     "chance would give about 2,");
  REQUIRE(warnings.size() == 1);
  CHECK(warnings[0].pointer == "/questions");
  CHECK(result.problems.size() == 1);
}

TEST_CASE("right options that are the longest about as often as chance gives are not warned") {
  std::vector<Item> items;
  for (int number = 1; number <= 12; ++number) {
    // 3 of 12 with 4 options each: exactly what chance gives.
    items.push_back(number % 4 == 0 ? slightlyLongestRight(number, 1 + number % 4)
                                    : evenLengths(number, 1 + number % 4));
  }
  const auto result = load(items);
  INFO(describeProblems(result.problems));
  CHECK(result.problems.empty());
}

TEST_CASE("five single-choice questions are too few to call the longest option a pattern") {
  std::vector<Item> items;
  for (int number = 1; number <= 5; ++number)
    items.push_back(slightlyLongestRight(number, 1 + number % 4));
  const auto result = load(items);
  INFO(describeProblems(result.problems));
  CHECK(warningsSaying(result, "is the longest").empty());
}

TEST_CASE("the chance bound is the binomial tail, exact on small counts and finite on large ones") {
  CHECK(chanceOfAtLeast(4, 4, 0.25) == doctest::Approx(1.0 / 256));
  CHECK(chanceOfAtLeast(1, 2, 0.5) == doctest::Approx(0.75));
  CHECK(chanceOfAtLeast(0, 10, 0.1) == 1);
  CHECK(chanceOfAtLeast(11, 10, 0.1) == 0);
  // 6 questions of 4 options, 5 longest: about 0.46 %, under the 1 % line.
  CHECK(chanceOfAtLeast(5, 6, 0.25) == doctest::Approx(0.004639).epsilon(0.001));
  // Ten thousand questions: no underflow to zero near the mean, no overflow past it.
  CHECK(chanceOfAtLeast(2500, 10000, 0.25) == doctest::Approx(0.5).epsilon(0.02));
  const double far = chanceOfAtLeast(5000, 10000, 0.25);
  CHECK(far >= 0);
  CHECK(far < 1e-100);
}

TEST_CASE("real-or-fake questions that are nearly all fake are a warning about the whole pack") {
  std::vector<Item> items;
  for (int number = 0; number < 6; ++number)
    items.push_back(realOrFake("tf" + std::to_string(number), number == 0));
  const auto result = load(items);
  INFO(describeProblems(result.problems));
  const auto warnings = warningsSaying(result, "1 of the 6 real-or-fake questions are real.");
  REQUIRE(warnings.size() == 1);
  CHECK(warnings[0].pointer == "/questions");
  CHECK(result.problems.size() == 1);
}

TEST_CASE("real-or-fake questions three real in eight are balanced enough") {
  std::vector<Item> items;
  for (int number = 0; number < 8; ++number)
    items.push_back(realOrFake("tf" + std::to_string(number), number < 3));
  const auto result = load(items);
  INFO(describeProblems(result.problems));
  CHECK(result.problems.empty());
}

TEST_CASE("each assessment form is checked for its own real-or-fake lean, form C included") {
  auto items = matchedForms({"A", "B", "C"});
  for (auto& item : items) {
    if (item.form == "C") item.real = false;
  }
  const auto result = load(items);
  INFO(describeProblems(result.problems));
  CHECK(warningsSaying(result, "0 of the 8 real-or-fake questions in form C are real.").size() ==
        1);
  CHECK(warningsSaying(result, "in form A").empty());
  CHECK(warningsSaying(result, "in form B").empty());
}

TEST_CASE("right answers mostly in one written position are a warning that mentions exports") {
  std::vector<Item> items;
  for (int number = 1; number <= 6; ++number)
    items.push_back(evenLengths(number, number == 6 ? 3 : 1));
  const auto result = load(items);
  INFO(describeProblems(result.problems));
  const auto warnings =
      warningsSaying(result, "the right answer of 5 of the 6 single-choice questions is option 1.");
  REQUIRE(warnings.size() == 1);
  CHECK(warnings[0].message.find("after an export") != std::string::npos);
  CHECK(result.problems.size() == 1);
}

TEST_CASE("right answers all in one position are a warning even in a short pack") {
  std::vector<Item> items;
  for (int number = 1; number <= 4; ++number) items.push_back(evenLengths(number, 2));
  const auto result = load(items);
  INFO(describeProblems(result.problems));
  CHECK(warningsSaying(result, "the right answer of all 4 single-choice questions is option 2.")
            .size() == 1);
}

TEST_CASE("right answers spread over the positions, or half in one, are not warned") {
  std::vector<Item> spread, half;
  for (int number = 1; number <= 8; ++number) spread.push_back(evenLengths(number, 1 + number % 4));
  for (int number = 1; number <= 8; ++number)
    half.push_back(evenLengths(number, number <= 4 ? 1 : 2 + number % 3));
  const auto spread_result = load(spread);
  const auto half_result = load(half);
  INFO(describeProblems(spread_result.problems) << describeProblems(half_result.problems));
  CHECK(spread_result.problems.empty());
  CHECK(half_result.problems.empty());
}

TEST_CASE("matched assessment forms A, B and C are not warned") {
  const auto result = load(matchedForms({"A", "B", "C"}));
  INFO(describeProblems(result.problems));
  CHECK(result.usable());
  CHECK(result.problems.empty());
}

TEST_CASE("a form with fewer questions than form A is a warning at that form's first question") {
  auto items = matchedForms({"A", "B", "C"});
  // Drop a real and a fake of form C, keeping its balance at half.
  items.erase(std::remove_if(items.begin(), items.end(),
                             [](const Item& item) { return item.id == "C2" || item.id == "C3"; }),
              items.end());
  const auto result = load(items);
  INFO(describeProblems(result.problems));
  const auto warnings = warningsSaying(result, "form C has 6 questions and form A has 8.");
  REQUIRE(warnings.size() == 1);
  CHECK(warnings[0].pointer == "/questions/16/form");
  CHECK(warnings[0].message.find("same number of questions") != std::string::npos);
  CHECK(result.usable());
}

TEST_CASE("forms with a different real-or-fake balance are a warning naming both forms") {
  auto items = matchedForms({"A", "B"});
  items[8].real = false;  // B0
  const auto result = load(items);
  INFO(describeProblems(result.problems));
  CHECK(warningsSaying(result,
                       "form B has 3 real items among 8 real-or-fake questions and form A "
                       "has 4 among 8.")
            .size() == 1);
}

TEST_CASE("forms that practise different techniques are a warning that names them") {
  auto items = matchedForms({"A", "B"});
  for (auto& item : items) {
    if (item.form == "B" && item.technique == "date-check") item.technique = "reverse-image";
  }
  const auto result = load(items);
  INFO(describeProblems(result.problems));
  CHECK(warningsSaying(result,
                       "form B does not practise date-check, as form A does, and practises "
                       "reverse-image, which form A does not.")
            .size() == 1);
}

TEST_CASE("forms with different difficulties are a warning that counts each difficulty") {
  auto items = matchedForms({"A", "B"});
  items[15].difficulty = "easy";  // B7
  const auto result = load(items);
  INFO(describeProblems(result.problems));
  CHECK(warningsSaying(result,
                       "form B has 1 easy, 6 medium and 1 hard questions and form A has 0 "
                       "easy, 6 medium and 2 hard.")
            .size() == 1);
}

TEST_CASE("an assessment pack with only form A is a warning that asks for form B") {
  const auto result = load(matchedForms({"A"}));
  INFO(describeProblems(result.problems));
  const auto warnings = warningsSaying(result, "only form A has questions. Add form B");
  REQUIRE(warnings.size() == 1);
  CHECK(warnings[0].pointer == "/questions/0/form");
}

TEST_CASE("a pack with an error gets warnings about single questions but none comparing them") {
  std::vector<Item> items;
  for (int number = 0; number < 6; ++number)
    items.push_back(realOrFake("tf" + std::to_string(number), false));
  items.push_back(single("q-long",
                         {"Count how many articles it published today",
                          "Open a new tab and search the paper's name to see what other sites say"},
                         2));
  items.push_back(single("q-broken", {"One", "Two"}, 5));
  const auto result = load(items);
  INFO(describeProblems(result.problems));
  CHECK_FALSE(result.usable());
  CHECK(warningsSaying(result, "real-or-fake questions are real").empty());
  CHECK(warningsSaying(result, "question q-long: its right option").size() == 1);
}

TEST_CASE("the binomial chance is never below the exact chance of questions with 2 to 5 options") {
  // The exact chance for unequal questions, summed out option count by option
  // count: the bound the validator relies on must hold above the mean.
  const std::vector<std::size_t> option_counts = {2, 3, 3, 4, 4, 4, 4, 5, 5, 2, 4, 3, 4, 4, 5, 4};
  std::vector<double> exact(option_counts.size() + 1, 0.0);
  exact[0] = 1;
  double mean = 0;
  for (std::size_t index = 0; index < option_counts.size(); ++index) {
    const double chance = 1.0 / static_cast<double>(option_counts[index]);
    mean += chance;
    for (std::size_t count = index + 1; count > 0; --count) {
      exact[count] = exact[count] * (1 - chance) + exact[count - 1] * chance;
    }
    exact[0] *= 1 - chance;
  }
  const std::size_t trials = option_counts.size();
  for (std::size_t successes = 0; successes <= trials; ++successes) {
    if (static_cast<double>(successes) < mean + 1) continue;
    double exact_tail = 0;
    for (std::size_t count = successes; count <= trials; ++count) exact_tail += exact[count];
    CAPTURE(successes);
    CHECK(chanceOfAtLeast(successes, trials, mean / static_cast<double>(trials)) >=
          exact_tail * (1 - 1e-9));
  }
}

TEST_CASE("an assessment pack with only form C is a warning that asks for form A") {
  const auto result = load(matchedForms({"C"}));
  INFO(describeProblems(result.problems));
  CHECK(warningsSaying(result, "only form C has questions. Add form A, played before the lesson,")
            .size() == 1);
}
