// "Practise my weak spots": the Leitner boxes and the choice of a round.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StorageFixtures.hpp"

#include "core/storage/WeakSpots.hpp"

#include <doctest/doctest.h>

#include <algorithm>

using namespace esprit;
using namespace esprit::storage;
using esprit::testing::TemporaryFolder;

namespace {

bool contains(const std::vector<std::string>& ids, const std::string& id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

PracticeAnswer past(std::string question, std::vector<std::string> techniques, bool correct,
                    int round) {
  return PracticeAnswer{"test.fixture", std::move(question), std::move(techniques), correct, round};
}

}  // namespace

TEST_CASE("a miss sends a question to box 1 and each right answer moves it up to box 5") {
  CHECK(leitnerBox({}) == 0);
  CHECK(leitnerBox({false}) == 1);
  CHECK(leitnerBox({true}) == 2);
  CHECK(leitnerBox({false, true}) == 2);
  CHECK(leitnerBox({true, true, true}) == 4);
  CHECK(leitnerBox({true, true, true, true, true, true}) == kLeitnerBoxes);
  CHECK(leitnerBox({true, true, true, false}) == 1);
  CHECK(roundsUntilDue(1) == 1);
  CHECK(roundsUntilDue(2) == 2);
  CHECK(roundsUntilDue(3) == 4);
  CHECK(roundsUntilDue(4) == 8);
  CHECK(roundsUntilDue(5) == 16);
}

TEST_CASE("techniques are ranked by recent misses, smoothed") {
  PracticeHistory history;
  history.rounds_played = 1;
  history.answers = {past("q1", {"clickbait"}, false, 0), past("q4", {"clickbait"}, false, 0),
                     past("q2", {"source-check"}, true, 0), past("q5", {"source-check"}, false, 0)};
  const auto ranked = rankWeakTechniques(history);
  REQUIRE(ranked.size() == 2);
  CHECK(ranked[0].technique == "clickbait");
  CHECK(ranked[0].weakness == doctest::Approx(3.0 / 4.0));
  CHECK(ranked[1].technique == "source-check");
  CHECK(ranked[1].weakness == doctest::Approx(2.0 / 4.0));
}

TEST_CASE("only the last answers on a technique count, so improvement shows") {
  PracticeHistory history;
  for (int round = 0; round < 10; ++round)
    history.answers.push_back(past("q1", {"clickbait"}, false, round));
  for (int round = 10; round < 20; ++round)
    history.answers.push_back(past("q4", {"clickbait"}, true, round));
  history.rounds_played = 20;
  const auto ranked = rankWeakTechniques(history);
  REQUIRE(ranked.size() == 1);
  CHECK(ranked[0].answers == kRecentAnswersPerTechnique);
  CHECK(ranked[0].misses == 0);
}

TEST_CASE("weak-spot selection prefers the technique the player misses") {
  TemporaryFolder folder;
  auto store = ResultStore::open(folder.databaseFile());
  REQUIRE(store.ok());
  const Pack pack = testing::fixturePack();
  auto player = store->createPlayer("Noor");
  REQUIRE(player.ok());
  // One round: both clickbait items missed, both source-check items right.
  const std::vector<std::string> played = {"q1", "q4", "q2", "q5"};
  const SessionId session = testing::startSession(*store, player->id, pack, played);
  for (int position = 0; position < 4; ++position) {
    const Question& question = *pack.findQuestion(played[static_cast<std::size_t>(position)]);
    const bool right = position >= 2;
    REQUIRE(store
                ->recordAnswer(session, position, question, testing::answerFor(question, right),
                               testing::evaluation(right))
                .ok());
  }
  REQUIRE(store->finishSession(session).ok());

  auto history = store->practiceHistory(player->id);
  REQUIRE(history.ok());
  CHECK(history->rounds_played == 1);
  CHECK(history->answers.size() == 4);

  SUBCASE("the missed questions come back first") {
    const auto round = chooseWeakSpotRound(pack, *history, 2, 11);
    REQUIRE(round.question_ids.size() == 2);
    CHECK(contains(round.question_ids, "q1"));
    CHECK(contains(round.question_ids, "q4"));
    REQUIRE_FALSE(round.focus_techniques.empty());
    CHECK(round.focus_techniques.front() == "clickbait");
  }
  SUBCASE("then unseen questions of the missed technique, before the others") {
    const auto round = chooseWeakSpotRound(pack, *history, 3, 11);
    REQUIRE(round.question_ids.size() == 3);
    CHECK(contains(round.question_ids, "q1"));
    CHECK(contains(round.question_ids, "q4"));
    CHECK(contains(round.question_ids, "q6"));  // clickbait and emotional-language, never seen
  }
  SUBCASE("questions answered right wait their turn") {
    const auto round = chooseWeakSpotRound(pack, *history, 4, 11);
    CHECK_FALSE(contains(round.question_ids, "q2"));
    CHECK_FALSE(contains(round.question_ids, "q5"));
  }
  SUBCASE("a round never holds more questions than the pack") {
    const auto round = chooseWeakSpotRound(pack, *history, 50, 11);
    CHECK(round.question_ids.size() == pack.questions.size());
  }
}

TEST_CASE("a question answered right comes back after two rounds, then after four") {
  Pack pack;
  pack.metadata.id = "test.fixture";
  pack.questions.push_back(testing::choiceQuestion("known", {"emotional-language"}));
  pack.questions.push_back(testing::choiceQuestion("unseen", {"source-check"}));
  PracticeHistory history;
  // The player is strong on source-check (answers from another pack) …
  for (int index = 0; index < 8; ++index) {
    history.answers.push_back(
        PracticeAnswer{"other.pack", "s" + std::to_string(index), {"source-check"}, true, 0});
  }
  // … and answered "known" right in round 0: box 2, due again in round 2.
  history.answers.push_back(past("known", {"emotional-language"}, true, 0));
  const auto next = [&](int rounds_played) {
    history.rounds_played = rounds_played;
    return chooseWeakSpotRound(pack, history, 1, 5).question_ids.at(0);
  };
  CHECK(next(1) == "unseen");  // "known" is not due yet
  CHECK(next(2) == "known");   // due, and its technique is the weaker one
  // Right again in round 2: box 3, due four rounds later.
  history.answers.push_back(past("known", {"emotional-language"}, true, 2));
  CHECK(next(5) == "unseen");
  CHECK(next(6) == "known");
  // A miss brings it back the very next round.
  history.answers.push_back(past("known", {"emotional-language"}, false, 6));
  CHECK(next(7) == "known");
}

TEST_CASE("the same seed gives the same round and another seed may reorder it") {
  const Pack pack = testing::fixturePack();
  PracticeHistory history;
  const auto first = chooseWeakSpotRound(pack, history, 4, 99);
  const auto again = chooseWeakSpotRound(pack, history, 4, 99);
  CHECK(first.question_ids == again.question_ids);
  CHECK(first.focus_techniques.empty());
}
