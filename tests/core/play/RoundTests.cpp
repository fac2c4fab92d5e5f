// The round engine played headless, as every front end plays it: a whole
// round stopped and resumed from the results database, a weak-spots round,
// an assessment form, and answers that must be saved before they count.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Taxonomy.hpp"
#include "core/interchange/PackWriter.hpp"
#include "core/play/PlayerRounds.hpp"
#include "core/play/Round.hpp"
#include "storage/StorageFixtures.hpp"

#include <doctest/doctest.h>

#include <cstdlib>

using namespace esprit;
using namespace esprit::play;
using esprit::testing::TemporaryFolder;

namespace {

std::shared_ptr<const PackEntry> entryFor(Pack pack) {
  auto entry = std::make_shared<PackEntry>();
  entry->result.pack = std::move(pack);
  return entry;
}

// A pack saved to disk and read back by the library, as the game finds it.
std::shared_ptr<const PackEntry> libraryEntry(PackLibrary& library, const std::string& id) {
  library.rescan();
  for (const auto& entry : library.entries()) {
    if (entry->result.usable() && entry->result.pack->metadata.id == id) return entry;
  }
  return nullptr;
}

const Taxonomy& shippedTaxonomy() {
  static const Taxonomy taxonomy = [] {
    std::vector<Problem> problems;
    return Taxonomy::load(std::filesystem::path(ESPRIT_SOURCE_ROOT) / "assets" / "techniques.json",
                          problems);
  }();
  return taxonomy;
}

// Records for one player in a fresh data folder; the config folder (where
// the last player is remembered) is moved there too.
struct PlayerFixture {
  TemporaryFolder folder;
  PlayerRecords records;
  Translations words = Translations::fromTables("en", {}, {});

  PlayerFixture() {
    setenv("XDG_CONFIG_HOME", folder.path().c_str(), 1);
    REQUIRE(records.open(words, folder.path()).empty());
    auto player = records.store()->createPlayer("Amina", "2B");
    REQUIRE(player.ok());
    records.choosePlayer(*player);
  }
};

RoundRequest soloRequest(std::uint64_t seed, std::size_t limit = 0) {
  RoundRequest request;
  request.seed = seed;
  request.question_limit = limit;
  return request;
}

// Answers the current question right or wrong, as a player would.
void answerCurrent(Round& round, bool right) {
  const auto scored = round.answer(esprit::testing::answerFor(round.currentQuestion(), right));
  REQUIRE(scored.ok());
  CHECK(scored->correct == right);
  round.next();
}

}  // namespace

TEST_CASE("a round played, stopped, resumed from the database and finished scores as if played straight") {
  PlayerFixture fixture;
  REQUIRE(interchange::savePack(esprit::testing::fixturePack(), fixture.folder.path() / "packs" / "fixture").ok());
  PackLibrary library(shippedTaxonomy(), fixture.folder.path() / "packs", fixture.folder.path() / "own", {});
  const auto entry = libraryEntry(library, "test.fixture");
  REQUIRE(entry);
  const std::vector<bool> pattern{true, false, true, true, false, true};

  // Straight through, recording nothing: the reference.
  auto straight = Round::start(entry, soloRequest(41));
  REQUIRE(straight.ok());
  for (const bool right : pattern) answerCurrent(*straight, right);
  REQUIRE(straight->finished());

  // The same round, stopped after three answers (the Round is simply dropped,
  // as when the game is closed or killed).
  {
    auto first = Round::start(entry, soloRequest(41));
    REQUIRE(first.ok());
    first->recordTo(&fixture.records);
    for (std::size_t index = 0; index < 3; ++index) answerCurrent(*first, pattern[index]);
    CHECK(first->storedSession().has_value());
  }

  const auto offer = newestResumeOffer(fixture.records, library);
  REQUIRE(offer.has_value());
  CHECK(offer->session.answered == 3);
  CHECK(offer->pack == entry);
  auto resumed = resumeRound(fixture.records, *offer);
  REQUIRE(resumed.ok());
  CHECK(resumed->position() == 3);
  CHECK(resumed->results().answered == 3);
  CHECK(resumed->session().questionOrder() == straight->session().questionOrder());
  for (std::size_t index = 3; index < pattern.size(); ++index) answerCurrent(*resumed, pattern[index]);
  REQUIRE(resumed->finished());

  const SessionResults expected = straight->results();
  const SessionResults got = resumed->results();
  CHECK(got.points == expected.points);
  CHECK(got.correct == expected.correct);
  CHECK(got.best_streak == expected.best_streak);
  // Finished: nothing is left to offer, and the database holds six answers.
  CHECK_FALSE(newestResumeOffer(fixture.records, library).has_value());
  auto answers = fixture.records.store()->sessionAnswers(*resumed->storedSession());
  REQUIRE(answers.ok());
  CHECK(answers->size() == pattern.size());
}

TEST_CASE("a round left before its first answer leaves nothing to resume") {
  PlayerFixture fixture;
  const auto entry = entryFor(esprit::testing::fixturePack());
  {
    auto round = Round::start(entry, soloRequest(3));
    REQUIRE(round.ok());
    round->recordTo(&fixture.records);
  }
  CHECK_FALSE(resumeOfferOn(fixture.records, entry, "").has_value());
}

TEST_CASE("a weak-spots round starts with the technique the player missed") {
  PlayerFixture fixture;
  const auto entry = entryFor(esprit::testing::fixturePack());
  auto first = Round::start(entry, soloRequest(5));
  REQUIRE(first.ok());
  first->recordTo(&fixture.records);
  while (!first->finished()) {
    const auto& techniques = first->currentQuestion().techniques;
    const bool clickbait =
        std::find(techniques.begin(), techniques.end(), "clickbait") != techniques.end();
    answerCurrent(*first, !clickbait);
  }

  auto practice = startWeakSpotRound(fixture.records, entry, 9, true);
  REQUIRE(practice.ok());
  CHECK(practice->kind() == RoundKind::practice);
  CHECK(practice->questionCount() <= kWeakSpotRoundLength);
  const auto& opening = practice->currentQuestion().techniques;
  CHECK(std::find(opening.begin(), opening.end(), "clickbait") != opening.end());
  answerCurrent(*practice, true);
  auto sessions = fixture.records.store()->listSessions(fixture.records.player()->id);
  REQUIRE(sessions.ok());
  REQUIRE(sessions->size() == 2);
  CHECK(((*sessions)[0].mode == "practice" || (*sessions)[1].mode == "practice"));
}

TEST_CASE("an assessment form is played whole and alone, whatever the round length") {
  PlayerFixture fixture;
  const auto entry = entryFor(esprit::testing::assessmentPack());
  RoundRequest request;
  request.kind = RoundKind::assessment;
  request.form = "B";
  request.question_limit = 2;  // a round length the chooser may still hold; a form ignores it
  auto round = Round::start(entry, request);
  REQUIRE(round.ok());
  round->recordTo(&fixture.records);
  CHECK(round->questionCount() == 4);
  while (!round->finished()) {
    CHECK(round->currentQuestion().form == "B");
    answerCurrent(*round, true);
  }
  auto sessions = fixture.records.store()->listSessions(fixture.records.player()->id);
  REQUIRE(sessions.ok());
  REQUIRE(sessions->size() == 1);
  CHECK((*sessions)[0].mode == "assessment");
  CHECK((*sessions)[0].form == "B");
  CHECK((*sessions)[0].status == storage::SessionStatus::finished);

  request.form = "C";
  const auto missing = Round::start(entry, request);
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.error().message.find("form C") != std::string::npos);
}

TEST_CASE("an answer that does not fit the question changes nothing") {
  auto round = Round::start(entryFor(esprit::testing::fixturePack()), soloRequest(11));
  REQUIRE(round.ok());
  Answer wrong_kind;
  wrong_kind.choice = HotspotAnswer{"headline"};
  const auto refused = round->answer(wrong_kind);
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.error().kind == ErrorKind::invalid_input);
  CHECK_FALSE(round->currentAnswered());
  CHECK(round->position() == 0);
  CHECK_FALSE(round->lastAnswer().has_value());
}

namespace {

// A disk that is full once, then has room again.
class FlakyRecorder : public RoundRecorder {
 public:
  int failures_left = 1;
  int saved = 0;
  Status recordAnswer(Round&, const Answer&, const Evaluation&) override {
    if (failures_left > 0) {
      --failures_left;
      return Error{ErrorKind::disk_full, "The disk is full.", 0};
    }
    ++saved;
    return {};
  }
};

}  // namespace

TEST_CASE("under must-save an answer that could not be saved does not count, and counts when sent again") {
  auto round = Round::start(entryFor(esprit::testing::fixturePack()), soloRequest(13));
  REQUIRE(round.ok());
  FlakyRecorder disk;
  round->recordTo(&disk, RecordingRule::must_save);
  const Answer answer = esprit::testing::answerFor(round->currentQuestion(), true);
  const auto refused = round->answer(answer);
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.error().kind == ErrorKind::disk_full);
  CHECK_FALSE(round->currentAnswered());
  const auto accepted = round->answer(answer);
  REQUIRE(accepted.ok());
  CHECK(round->currentAnswered());
  CHECK(disk.saved == 1);
}

TEST_CASE("under best effort the round goes on and keeps the failure to tell the player") {
  auto round = Round::start(entryFor(esprit::testing::fixturePack()), soloRequest(13));
  REQUIRE(round.ok());
  FlakyRecorder disk;
  round->recordTo(&disk);
  REQUIRE(round->answer(esprit::testing::answerFor(round->currentQuestion(), true)).ok());
  CHECK(round->currentAnswered());
  REQUIRE(round->recordingFailure().has_value());
  CHECK(round->recordingFailure()->kind == ErrorKind::disk_full);
}

TEST_CASE("a skipped question counts nowhere and breaks the streak") {
  auto round = Round::start(entryFor(esprit::testing::fixturePack()), soloRequest(17));
  REQUIRE(round.ok());
  answerCurrent(*round, true);
  REQUIRE(round->skip());
  CHECK(round->position() == 2);
  answerCurrent(*round, true);
  const SessionResults results = round->results();
  CHECK(results.answered == 2);
  CHECK(results.best_streak == 1);
  CHECK(round->questionCount() == 6);
}

TEST_CASE("the day after a round its techniques come due, and a review round reviews them") {
  PlayerFixture fixture;
  REQUIRE(interchange::savePack(esprit::testing::fixturePack(),
                                fixture.folder.path() / "packs" / "fixture")
              .ok());
  PackLibrary library(shippedTaxonomy(), fixture.folder.path() / "packs",
                      fixture.folder.path() / "own", {});
  const auto entry = libraryEntry(library, "test.fixture");
  REQUIRE(entry);
  const review::Day today = review::today();
  CHECK_FALSE(reviewOfferFor(fixture.records, library, "en", today).has_value());

  auto first = Round::start(entry, soloRequest(23, 3));
  REQUIRE(first.ok());
  first->recordTo(&fixture.records);
  while (!first->finished()) answerCurrent(*first, true);
  // Nothing is due on the day the techniques were met, only the next day.
  CHECK_FALSE(reviewOfferFor(fixture.records, library, "en", today).has_value());
  const auto offer = reviewOfferFor(fixture.records, library, "en", today + 1);
  REQUIRE(offer.has_value());
  CHECK_FALSE(offer->due.empty());
  CHECK(offer->pack == entry);

  auto review = startReviewRound(fixture.records, *offer, today + 1, 29, true);
  REQUIRE(review.ok());
  CHECK(review->kind() == RoundKind::review);
  CHECK(review->questionCount() <= kReviewRoundLength);
  answerCurrent(*review, true);
  auto sessions = fixture.records.store()->listSessions(fixture.records.player()->id);
  REQUIRE(sessions.ok());
  CHECK(std::any_of(sessions->begin(), sessions->end(),
                    [](const storage::SessionSummary& session) { return session.mode == "review"; }));
}
