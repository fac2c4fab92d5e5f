// New items, copies, moves and type changes keep ids unique and answers right.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/editing/PackDrafts.hpp"

#include <doctest/doctest.h>

using namespace esprit;
using namespace esprit::editing;

TEST_CASE("new questions get ids not used in the pack") {
  Pack pack;
  pack.questions.push_back(makeQuestion(QuestionType::single_choice, pack));
  pack.questions.push_back(makeQuestion(QuestionType::single_choice, pack));
  CHECK(pack.questions[0].id != pack.questions[1].id);
  CHECK(pack.questions[0].options.size() == 2);
}

TEST_CASE("every question type starts with the structure it needs") {
  Pack pack;
  CHECK(makeQuestion(QuestionType::multiple_choice, pack).correct_options.size() == 1);
  const auto hotspot = makeQuestion(QuestionType::hotspot, pack, "post-1");
  CHECK(hotspot.scenario_id == "post-1");
  REQUIRE(hotspot.regions.size() == 1);
  CHECK(hotspot.correct_regions == std::vector<std::string>{hotspot.regions[0].id});
}

TEST_CASE("single and multiple choice carry their answer over when the type changes") {
  Pack pack;
  Question question = makeQuestion(QuestionType::single_choice, pack);
  question.options = {"a", "b", "c"};
  question.correct_option = 2;
  changeQuestionType(question, QuestionType::multiple_choice);
  CHECK(question.correct_options == std::vector<std::size_t>{2});
  question.correct_options = {1, 2};
  changeQuestionType(question, QuestionType::single_choice);
  CHECK(question.correct_option == 1);
}

TEST_CASE("removing or moving an option keeps the marks on the same options") {
  Question question;
  question.type = QuestionType::multiple_choice;
  question.options = {"a", "b", "c", "d"};
  question.correct_option = 3;
  question.correct_options = {1, 3};
  removeOption(question, 0);
  CHECK(question.options.front() == "b");
  CHECK(question.correct_option == 2);
  CHECK(question.correct_options == std::vector<std::size_t>{0, 2});
  moveOption(question, 0, +1);
  CHECK(question.options[1] == "b");
  CHECK(question.correct_options == std::vector<std::size_t>{1, 2});
}

TEST_CASE("a duplicate sits right after the original with a fresh id") {
  Pack pack;
  pack.questions.push_back(makeQuestion(QuestionType::ordering, pack));
  pack.questions.push_back(makeQuestion(QuestionType::true_false, pack));
  const auto copy = duplicateQuestion(pack, 0);
  CHECK(copy == 1);
  CHECK(pack.questions[1].type == QuestionType::ordering);
  CHECK(pack.questions[1].id == pack.questions[0].id + "-copy");
  duplicateQuestion(pack, 0);
  CHECK(pack.questions[1].id == pack.questions[0].id + "-copy-2");
}

TEST_CASE("moving an item stops at both ends") {
  std::vector<int> items{1, 2, 3};
  CHECK(moveItem(items, 0, -1) == 0);
  CHECK(moveItem(items, 0, +1) == 1);
  CHECK(items == std::vector<int>{2, 1, 3});
  CHECK(moveItem(items, 2, +1) == 2);
}

TEST_CASE("renaming or removing a scenario updates the questions that show it") {
  Pack pack;
  pack.scenarios.push_back(makeScenario(ScenarioKind::chat, pack));
  pack.questions.push_back(makeQuestion(QuestionType::hotspot, pack, pack.scenarios[0].id));
  renameScenario(pack, 0, "family-chat");
  CHECK(pack.questions[0].scenario_id == "family-chat");
  removeScenario(pack, 0);
  CHECK(pack.questions[0].scenario_id.empty());
}

TEST_CASE("a new pack gets an id from its title and a first version") {
  const Pack pack = makeNewPack("Fake posts, 2B", "fr-BE", PackTemplate::true_false, "/tmp/x");
  CHECK(pack.metadata.id == "my.fake-posts-2b");
  CHECK(pack.metadata.version == "1.0.0");
  CHECK(pack.metadata.language == "fr-BE");
  CHECK(pack.questions.size() == 1);
  CHECK(pack.questions[0].scenario_id == pack.scenarios[0].id);
}
