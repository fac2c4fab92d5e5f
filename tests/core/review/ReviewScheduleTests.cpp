// Booster reviews over simulated days: techniques come due after 1, 7 and 30
// days, a miss brings one back the next day, and review rounds draw unseen
// questions on the due techniques first.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StorageFixtures.hpp"

#include "core/review/ReviewSchedule.hpp"

#include <doctest/doctest.h>

#include <algorithm>

using namespace esprit;
using esprit::review::Day;
using esprit::storage::DatedAnswer;

namespace {

// Day 0 of the simulation: Monday 2 November 2026.
const Day kStart = *review::dayFromTimestamp("2026-11-02");

// A player's history, written day by day.
class History {
 public:
  History& answer(int day, const std::string& question, const std::string& technique, bool correct,
                  const std::string& pack = "test.review") {
    answers_.push_back(DatedAnswer{pack,
                                   question,
                                   {technique},
                                   correct,
                                   review::dayText(kStart + day) + "T10:00:00.000Z",
                                   std::nullopt,
                                   std::nullopt});
    return *this;
  }
  const std::vector<DatedAnswer>& answers() const { return answers_; }

  std::vector<std::string> dueOn(int day) const {
    std::vector<std::string> names;
    for (const auto& each : review::dueTechniques(answers_, kStart + day)) {
      names.push_back(each.technique);
    }
    return names;
  }
  review::TechniqueReview schedule(const std::string& technique) const {
    for (const auto& each : review::scheduleReviews(answers_)) {
      if (each.technique == technique) return each;
    }
    FAIL("no schedule for " << technique);
    return {};
  }

 private:
  std::vector<DatedAnswer> answers_;
};

using Names = std::vector<std::string>;

}  // namespace

TEST_CASE("days are read from the store's UTC timestamps and written back the same") {
  CHECK(review::dayFromTimestamp("1970-01-02T00:00:00.000Z") == 1);
  CHECK(review::dayFromTimestamp("2026-11-24T23:59:59.999Z") ==
        review::dayFromTimestamp("2026-11-24"));
  CHECK(review::dayText(kStart) == "2026-11-02");
  CHECK(review::dayText(kStart + 30) == "2026-12-02");
  CHECK_FALSE(review::dayFromTimestamp("2026-02-30").has_value());
  CHECK_FALSE(review::dayFromTimestamp("yesterday").has_value());
  CHECK(review::today() > kStart - 1000);
}

TEST_CASE("a technique learned right comes due after 1, then 7, then every 30 days") {
  History history;
  history.answer(0, "q1", "clickbait", true);
  CHECK(history.dueOn(0) == Names{});
  CHECK(history.dueOn(1) == Names{"clickbait"});

  history.answer(1, "q2", "clickbait", true);  // reviewed on time
  CHECK(history.schedule("clickbait").step == 1);
  CHECK(history.dueOn(7) == Names{});
  CHECK(history.dueOn(8) == Names{"clickbait"});

  history.answer(8, "q3", "clickbait", true);
  CHECK(history.schedule("clickbait").due == kStart + 38);
  CHECK(history.dueOn(37) == Names{});
  CHECK(history.dueOn(38) == Names{"clickbait"});

  history.answer(38, "q1", "clickbait", true);  // stays at 30 days
  CHECK(history.schedule("clickbait").step == 2);
  CHECK(history.schedule("clickbait").due == kStart + 68);
}

TEST_CASE("a missed technique comes back the next day, whatever step it had reached") {
  History history;
  history.answer(0, "q1", "clickbait", true).answer(1, "q2", "clickbait", true);
  history.answer(8, "q3", "clickbait", true).answer(8, "q4", "clickbait", false);
  const auto missed = history.schedule("clickbait");
  CHECK(missed.step == 0);
  CHECK(missed.missed_last_time);
  CHECK(history.dueOn(9) == Names{"clickbait"});
  // Right the next day: on to 7 days again.
  history.answer(9, "q5", "clickbait", true);
  CHECK(history.dueOn(10) == Names{});
  CHECK(history.dueOn(16) == Names{"clickbait"});
}

TEST_CASE("practising before the due day changes nothing, and a late review still moves up") {
  History history;
  history.answer(0, "q1", "base-rates", true).answer(1, "q2", "base-rates", true);
  history.answer(3, "q3", "base-rates", true);  // early: still due on day 8
  CHECK(history.schedule("base-rates").due == kStart + 8);
  history.answer(20, "q4", "base-rates", true);  // twelve days late
  CHECK(history.schedule("base-rates").step == 2);
  CHECK(history.schedule("base-rates").due == kStart + 50);
}

TEST_CASE("due techniques are listed most overdue first, a missed one before a tie") {
  History history;
  history.answer(0, "q1", "clickbait", true);            // due day 1
  history.answer(2, "q2", "sample-size", true);          // due day 3
  history.answer(2, "q3", "emotional-language", false);  // missed: due day 3
  history.answer(5, "q4", "conspiracy", true);           // due day 6
  CHECK(history.dueOn(4) == Names{"clickbait", "emotional-language", "sample-size"});
  CHECK(history.dueOn(6).size() == 4);
  CHECK(history.dueOn(0) == Names{});
}

TEST_CASE("a review round takes unseen questions on the due techniques, in turns") {
  Pack pack;
  pack.metadata.id = "test.review";
  for (int index = 0; index < 4; ++index) {
    pack.questions.push_back(testing::choiceQuestion("c" + std::to_string(index), {"clickbait"}));
    pack.questions.push_back(testing::choiceQuestion("s" + std::to_string(index), {"sample-size"}));
    pack.questions.push_back(testing::choiceQuestion("x" + std::to_string(index), {"conspiracy"}));
  }
  History history;
  history.answer(0, "c0", "clickbait", true).answer(0, "s0", "sample-size", false);
  history.answer(10, "c1", "clickbait", false);  // missed: due day 11, and recent on day 14
  const Day day = kStart + 14;
  const auto due = review::dueTechniques(history.answers(), day);
  REQUIRE(due.size() == 2);

  const auto round = review::chooseReviewQuestions(pack, due, history.answers(), day, 4, 7);
  CHECK(round.techniques == Names{"sample-size", "clickbait"});
  REQUIRE(round.question_ids.size() == 4);
  for (const auto& id : round.question_ids) {
    CAPTURE(id);
    CHECK(id[0] != 'x');  // conspiracy is not due
    CHECK(id != "c0");    // seen, while unseen ones are left
    CHECK(id != "c1");    // seen four days ago
    CHECK(id != "s0");
  }
  // Turns: the two techniques alternate, the most overdue first.
  CHECK(round.question_ids[0][0] == 's');
  CHECK(round.question_ids[1][0] == 'c');
  CHECK(round.question_ids[2][0] == 's');

  // The seed changes the pick among equals; the same seed gives the same round.
  CHECK(review::chooseReviewQuestions(pack, due, history.answers(), day, 4, 7).question_ids ==
        round.question_ids);
  bool differs = false;
  for (std::uint64_t seed = 8; seed < 20 && !differs; ++seed) {
    differs =
        review::chooseReviewQuestions(pack, due, history.answers(), day, 4, seed).question_ids !=
        round.question_ids;
  }
  CHECK(differs);

  // Asked for more than there is: unseen first, then seen long ago, then the
  // recent one; never more than the pack holds on those techniques.
  const auto all = review::chooseReviewQuestions(pack, due, history.answers(), day, 20, 7);
  CHECK(all.question_ids.size() == 8);
  CHECK(all.question_ids.back() == "c1");
  CHECK(std::find(all.question_ids.begin(), all.question_ids.end(), "c0") <
        std::find(all.question_ids.begin(), all.question_ids.end(), "c1"));
}

TEST_CASE("the review pack is the one that covers the most due techniques") {
  Pack clickbait_only;
  clickbait_only.metadata.id = "test.one";
  for (int index = 0; index < 5; ++index) {
    clickbait_only.questions.push_back(
        testing::choiceQuestion("c" + std::to_string(index), {"clickbait"}));
  }
  Pack both;
  both.metadata.id = "test.both";
  both.questions.push_back(testing::choiceQuestion("c", {"clickbait"}));
  both.questions.push_back(testing::choiceQuestion("s", {"sample-size"}));
  Pack neither;
  neither.metadata.id = "test.neither";
  neither.questions.push_back(testing::choiceQuestion("x", {"conspiracy"}));

  History history;
  history.answer(0, "q", "clickbait", true, "test.gone")
      .answer(0, "r", "sample-size", true, "test.gone");
  const auto due = review::dueTechniques(history.answers(), kStart + 1);
  REQUIRE(due.size() == 2);
  CHECK(review::choosePackForReview({&neither, &clickbait_only, &both}, due, history.answers(),
                                    kStart + 1, 6) == 2u);
  CHECK(review::choosePackForReview({&neither, &clickbait_only}, due, history.answers(), kStart + 1,
                                    6) == 1u);
  CHECK_FALSE(
      review::choosePackForReview({&neither}, due, history.answers(), kStart + 1, 6).has_value());
}

TEST_CASE("a question answered today is not reviewed today") {
  Pack pack;
  pack.metadata.id = "test.review";
  pack.questions.push_back(testing::choiceQuestion("c0", {"clickbait"}));
  History history;
  history.answer(0, "c0", "clickbait", true).answer(1, "c0", "clickbait", false);
  const Day day = kStart + 1;
  const auto due = review::dueTechniques(history.answers(), day + 1);
  REQUIRE(due.size() == 1);
  CHECK(
      review::chooseReviewQuestions(pack, due, history.answers(), day, 5, 1).question_ids.empty());
  CHECK(review::chooseReviewQuestions(pack, due, history.answers(), day + 1, 5, 1).question_ids ==
        Names{"c0"});
}

TEST_CASE("the results store gives a player's answers with their day for the schedule") {
  testing::TemporaryFolder folder;
  auto store = storage::ResultStore::open(folder.databaseFile());
  REQUIRE(store.ok());
  const Pack pack = testing::fixturePack();
  const auto player = store->createPlayer("Ana", "2B")->id;
  const auto other = store->createPlayer("Ben", "2B")->id;
  const auto session = testing::startSession(*store, player, pack, {"q1", "q3"});
  REQUIRE(store
              ->recordAnswer(session, 0, pack.questions[0],
                             testing::answerFor(pack.questions[0], true), testing::evaluation(true))
              .ok());
  REQUIRE(store
              ->recordAnswer(session, 1, pack.questions[2],
                             testing::answerFor(pack.questions[2], false),
                             testing::evaluation(false))
              .ok());
  const auto others = testing::startSession(*store, other, pack, {"q2"});
  REQUIRE(store
              ->recordAnswer(others, 0, pack.questions[1],
                             testing::answerFor(pack.questions[1], true), testing::evaluation(true))
              .ok());

  auto answers = store->datedAnswers(player);
  REQUIRE(answers.ok());
  REQUIRE(answers->size() == 2);
  CHECK(answers->at(0).question_id == "q1");
  CHECK(answers->at(0).techniques == Names{"clickbait"});
  CHECK(answers->at(1).correct == false);
  const Day answered_on = *review::dayFromTimestamp(answers->at(0).answered);
  CHECK(review::dueTechniques(*answers, answered_on).empty());
  CHECK(review::dueTechniques(*answers, answered_on + 1).size() == 2);
}
