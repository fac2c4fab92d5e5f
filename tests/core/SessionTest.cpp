// The session engine: seeded order, the answer cycle, streaks, confidence,
// forms and the results summary.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Session.hpp"

#include <doctest/doctest.h>

#include <algorithm>

using namespace esprit;

namespace {

Question binaryQuestion(std::string id, bool is_real, bool asks_confidence = false,
                        std::string form = "") {
  Question question;
  question.id = std::move(id);
  question.type = QuestionType::true_false;
  question.prompt = "Real or fake?";
  question.is_real = is_real;
  question.asks_confidence = asks_confidence;
  question.techniques = {"source-check"};
  question.form = std::move(form);
  return question;
}

Question singleQuestion(std::string id, std::size_t correct, std::vector<std::string> techniques) {
  Question question;
  question.id = std::move(id);
  question.type = QuestionType::single_choice;
  question.prompt = "Which?";
  question.options = {"a", "b", "c", "d"};
  question.correct_option = correct;
  question.techniques = std::move(techniques);
  return question;
}

Pack packOf(std::vector<Question> questions) {
  Pack pack;
  pack.metadata.id = "test.session";
  pack.questions = std::move(questions);
  return pack;
}

Pack tenSingleQuestions() {
  std::vector<Question> questions;
  for (int index = 0; index < 10; ++index) {
    questions.push_back(singleQuestion("q" + std::to_string(index),
                                       static_cast<std::size_t>(index % 4), {"clickbait"}));
  }
  return packOf(std::move(questions));
}

std::vector<std::string> playedIds(Session& session) {
  std::vector<std::string> ids;
  while (!session.finished()) {
    ids.push_back(session.currentQuestion().id);
    REQUIRE(std::holds_alternative<Evaluation>(session.submit({SingleChoiceAnswer{0}})));
    session.advance();
  }
  return ids;
}

Evaluation submitted(Session& session, Answer answer) {
  auto outcome = session.submit(answer);
  REQUIRE(std::holds_alternative<Evaluation>(outcome));
  return std::get<Evaluation>(outcome);
}

}  // namespace

TEST_CASE("the same seed gives the same questions and options in the same order") {
  const Pack pack = tenSingleQuestions();
  Session first(pack, {.seed = 42});
  Session second(pack, {.seed = 42});
  CHECK(first.optionOrder() == second.optionOrder());
  CHECK(playedIds(first) == playedIds(second));
}

TEST_CASE("a different seed gives a different order") {
  const Pack pack = tenSingleQuestions();
  Session first(pack, {.seed = 1});
  Session second(pack, {.seed = 2});
  CHECK(playedIds(first) != playedIds(second));
}

TEST_CASE("without shuffling, questions come in pack order and options as written") {
  const Pack pack = tenSingleQuestions();
  Session session(pack, {.seed = 7, .shuffle_questions = false, .shuffle_options = false});
  CHECK(session.optionOrder() == std::vector<std::size_t>{0, 1, 2, 3});
  CHECK(playedIds(session).front() == "q0");
}

TEST_CASE("an ordering question never starts in the right order, even unshuffled") {
  Question question;
  question.id = "steps";
  question.type = QuestionType::ordering;
  question.options = {"first", "second", "third"};
  const Pack pack = packOf({question});
  for (std::uint64_t seed = 0; seed < 50; ++seed) {
    Session session(pack, {.seed = seed, .shuffle_options = false});
    CHECK_FALSE(std::is_sorted(session.optionOrder().begin(), session.optionOrder().end()));
  }
}

TEST_CASE("a session walks present, answer, evaluate, next, results") {
  const Pack pack = packOf({singleQuestion("q1", 2, {"clickbait"}), binaryQuestion("q2", false)});
  Session session(pack, {.seed = 3, .shuffle_questions = false});
  REQUIRE(session.questionCount() == 2);
  CHECK_FALSE(session.advance());  // cannot skip an unanswered question

  const auto first = submitted(session, {SingleChoiceAnswer{2}});
  CHECK(first.correct);
  CHECK(first.points == 100);
  CHECK(session.currentAnswered());
  CHECK(session.advance());

  const auto second = submitted(session, {BinaryAnswer{true, std::nullopt}});
  CHECK_FALSE(second.correct);
  CHECK(second.points == 0);
  CHECK(session.advance());
  CHECK(session.finished());

  const auto results = session.results();
  CHECK(results.answered == 2);
  CHECK(results.correct == 1);
  CHECK(results.points == 100);
  REQUIRE(results.discernment.has_value());
  CHECK(results.discernment->counts.misses == 1);
}

TEST_CASE("answering twice or with the wrong kind of answer is refused") {
  const Pack pack = packOf({singleQuestion("q1", 0, {})});
  Session session(pack, {.seed = 1});
  CHECK(std::holds_alternative<AnswerMismatch>(session.submit({BinaryAnswer{true, std::nullopt}})));
  CHECK(std::holds_alternative<AnswerMismatch>(session.submit({SingleChoiceAnswer{9}})));
  CHECK(std::holds_alternative<Evaluation>(session.submit({SingleChoiceAnswer{0}})));
  CHECK(std::holds_alternative<AnswerMismatch>(session.submit({SingleChoiceAnswer{0}})));
  CHECK(session.history().size() == 1);
}

TEST_CASE("a streak adds 10 points per right answer in a row, up to 50, and a miss resets it") {
  std::vector<Question> questions;
  for (int index = 0; index < 9; ++index)
    questions.push_back(singleQuestion("q" + std::to_string(index), 0, {}));
  const Pack pack = packOf(std::move(questions));
  Session session(pack, {.seed = 1, .shuffle_options = false});
  std::vector<int> points;
  for (int index = 0; index < 9; ++index) {
    const std::size_t pick = index == 7 ? 1 : 0;  // the eighth answer is wrong
    points.push_back(submitted(session, {SingleChoiceAnswer{pick}}).points);
    session.advance();
  }
  CHECK(points == std::vector<int>{100, 110, 120, 130, 140, 150, 150, 0, 100});
  CHECK(session.results().best_streak == 7);
}

TEST_CASE(
    "confidence is scored with the Brier rule only when the question asks and the player allows "
    "it") {
  const Pack pack =
      packOf({binaryQuestion("asks", false, true), binaryQuestion("plain", false, false)});

  Session asking(pack, {.seed = 1, .shuffle_questions = false});
  CHECK(asking.asksConfidence());
  const auto confident_wrong = submitted(asking, {BinaryAnswer{true, 1.0}});
  CHECK(confident_wrong.points == -100);
  REQUIRE(confident_wrong.brier.has_value());
  CHECK(*confident_wrong.brier == doctest::Approx(1.0));
  asking.advance();
  CHECK_FALSE(asking.asksConfidence());
  const auto plain = submitted(asking, {BinaryAnswer{false, 0.6}});
  CHECK(plain.points == 100);
  CHECK_FALSE(plain.confidence.has_value());

  Session switched_off(pack, {.seed = 1, .shuffle_questions = false, .ask_confidence = false});
  CHECK_FALSE(switched_off.asksConfidence());
  CHECK(submitted(switched_off, {BinaryAnswer{true, 1.0}}).points == 0);
}

TEST_CASE("a confidence outside 50 to 100 percent is refused") {
  const Pack pack = packOf({binaryQuestion("q", true, true)});
  Session session(pack, {.seed = 1});
  CHECK(std::holds_alternative<AnswerMismatch>(session.submit({BinaryAnswer{true, 0.3}})));
}

TEST_CASE("an assessment session plays only the chosen form") {
  const Pack pack =
      packOf({binaryQuestion("a1", true, false, "A"), binaryQuestion("b1", true, false, "B"),
              binaryQuestion("a2", false, false, "A")});
  Session session(pack, {.seed = 5, .form = "A"});
  CHECK(session.questionCount() == 2);
  while (!session.finished()) {
    CHECK(session.currentQuestion().form == "A");
    submitted(session, {BinaryAnswer{true, std::nullopt}});
    session.advance();
  }
}

TEST_CASE("a session given question ids plays exactly those, in that order") {
  const Pack pack = tenSingleQuestions();
  Session session(pack, {.seed = 9, .question_ids = {"q7", "q2", "missing", "q5"}});
  CHECK(playedIds(session) == std::vector<std::string>{"q7", "q2", "q5"});
}

TEST_CASE("max_questions shortens the round") {
  const Pack pack = tenSingleQuestions();
  Session session(pack, {.seed = 9, .max_questions = 4});
  CHECK(session.questionCount() == 4);
}

TEST_CASE("results count each technique and the real-or-fake answers") {
  Question hotspot;
  hotspot.id = "tap";
  hotspot.type = QuestionType::hotspot;
  hotspot.regions = {{"handle", "handle"}, {"text", "text"}};
  hotspot.correct_regions = {"handle"};
  hotspot.techniques = {"impersonation"};
  Question multiple = singleQuestion("flags", 0, {"clickbait", "emotional-language"});
  multiple.type = QuestionType::multiple_choice;
  multiple.correct_options = {0, 1};
  const Pack pack = packOf(
      {hotspot, multiple, binaryQuestion("real", true, true), binaryQuestion("fake", false, true)});
  Session session(pack, {.seed = 1, .shuffle_questions = false});
  submitted(session, {HotspotAnswer{"handle"}});
  session.advance();
  CHECK(submitted(session, {MultipleChoiceAnswer{{0}}}).credit == doctest::Approx(0.5));
  session.advance();
  submitted(session, {BinaryAnswer{false, 0.9}});  // a false alarm
  session.advance();
  submitted(session, {BinaryAnswer{false, 0.7}});  // a hit
  session.advance();

  const auto results = session.results();
  REQUIRE(results.techniques.size() == 4);
  CHECK(results.techniques[0].technique == "impersonation");
  CHECK(results.techniques[0].correct == 1);
  CHECK(results.techniques[1].technique == "clickbait");
  CHECK(results.techniques[1].credit == doctest::Approx(0.5));
  // Half the red flags: not right, but partly, so the results can say so.
  CHECK(results.techniques[1].correct == 0);
  CHECK(results.techniques[1].partly == 1);
  CHECK(results.techniques[0].partly == 0);
  CHECK(results.techniques[3].technique == "source-check");
  CHECK(results.techniques[3].answered == 2);
  REQUIRE(results.discernment.has_value());
  CHECK(results.discernment->counts.hits == 1);
  CHECK(results.discernment->counts.false_alarms == 1);
  CHECK(results.calibration.size() == 5);
  CHECK(results.calibration[2].answers == 1);  // 0.7
  CHECK(results.calibration[4].answers == 1);  // 0.9
  REQUIRE(results.mean_brier.has_value());
  CHECK(*results.mean_brier == doctest::Approx((0.81 + 0.09) / 2));
}

TEST_CASE("a session rebuilt from its question order shows every question's options as before") {
  const Pack pack = tenSingleQuestions();
  Session original(pack, {.seed = 11});
  std::vector<std::string> ids;
  std::vector<std::vector<std::size_t>> option_orders;
  for (auto index : original.questionOrder()) ids.push_back(pack.questions[index].id);
  while (!original.finished()) {
    option_orders.push_back(original.optionOrder());
    submitted(original, {SingleChoiceAnswer{0}});
    original.advance();
  }
  Session resumed(pack, {.seed = 11, .question_ids = ids});
  for (const auto& expected : option_orders) {
    CHECK(resumed.optionOrder() == expected);
    submitted(resumed, {SingleChoiceAnswer{0}});
    resumed.advance();
  }
}
