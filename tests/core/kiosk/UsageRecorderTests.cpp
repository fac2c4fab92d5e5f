// The kiosk's anonymous figures: what a round adds to the daily counts, that
// nothing finer than the date is kept, the CSV export, and that a full disk
// or a damaged file never stops a visitor's round.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/kiosk/UsageCsv.hpp"
#include "core/kiosk/UsageRecorder.hpp"
#include "storage/StorageFixtures.hpp"

#include <doctest/doctest.h>

#include <fstream>

using namespace esprit;
using namespace esprit::kiosk;
using esprit::testing::TemporaryFolder;

namespace {

std::shared_ptr<const play::PackEntry> fixtureEntry() {
  auto entry = std::make_shared<play::PackEntry>();
  entry->result.pack = esprit::testing::fixturePack();
  return entry;
}

play::Round kioskRound(std::uint64_t seed = 5, std::size_t length = 3) {
  play::RoundRequest request;
  request.kind = play::RoundKind::kiosk;
  request.seed = seed;
  request.ask_confidence = false;
  request.question_limit = length;
  auto round = play::Round::start(fixtureEntry(), request);
  REQUIRE(round.ok());
  return std::move(round).value();
}

// Plays the round to its end: right on even positions, wrong on odd ones.
void playThrough(play::Round& round) {
  while (!round.finished()) {
    const bool right = round.position() % 2 == 0;
    auto scored = round.answer(esprit::testing::answerFor(round.currentQuestion(), right));
    REQUIRE(scored.ok());
    round.next();
  }
}

}  // namespace

TEST_CASE("a finished kiosk round adds to the day's, the pack's and the techniques' counts") {
  TemporaryFolder folder;
  UsageRecorder recorder([] { return std::string("2025-03-14"); });
  recorder.open(folder.path());
  REQUIRE(recorder.available());
  auto round = kioskRound();
  round.recordTo(&recorder);
  recorder.roundStarted(round);
  playThrough(round);

  auto usage = recorder.store()->usage();
  REQUIRE(usage.ok());
  REQUIRE(usage->days.size() == 1);
  CHECK(usage->days[0].day == "2025-03-14");
  CHECK(usage->days[0].rounds_started == 1);
  CHECK(usage->days[0].rounds_finished == 1);
  CHECK(usage->days[0].questions_answered == 3);
  CHECK(usage->days[0].answered_right == 2);
  REQUIRE(usage->packs.size() == 1);
  CHECK(usage->packs[0].pack_id == "test.fixture");
  CHECK(usage->packs[0].pack_language == "en");
  CHECK(usage->packs[0].answered == 3);
  std::int64_t technique_answers = 0;
  for (const auto& technique : usage->techniques) technique_answers += technique.answered;
  CHECK(technique_answers >= 3);  // a question counts once for each of its techniques
  CHECK(recorder.lostCounts() == 0);
  CHECK(recorder.problem().empty());
}

TEST_CASE("a round left half-way counts as started, not finished") {
  TemporaryFolder folder;
  UsageRecorder recorder([] { return std::string("2025-03-14"); });
  recorder.open(folder.path());
  auto round = kioskRound();
  round.recordTo(&recorder);
  recorder.roundStarted(round);
  REQUIRE(round.answer(esprit::testing::answerFor(round.currentQuestion(), true)).ok());
  auto usage = recorder.store()->usage();
  REQUIRE(usage.ok());
  CHECK(usage->days[0].rounds_started == 1);
  CHECK(usage->days[0].rounds_finished == 0);
  CHECK(usage->days[0].questions_answered == 1);
}

TEST_CASE("the figures keep days apart and nothing finer than the date") {
  TemporaryFolder folder;
  std::string today = "2025-03-14";
  UsageRecorder recorder([&today] { return today; });
  recorder.open(folder.path());
  for (const char* day : {"2025-03-14", "2025-03-15"}) {
    today = day;
    auto round = kioskRound();
    round.recordTo(&recorder);
    recorder.roundStarted(round);
    playThrough(round);
  }
  auto usage = recorder.store()->usage();
  REQUIRE(usage.ok());
  REQUIRE(usage->days.size() == 2);
  CHECK(usage->days[1].day == "2025-03-15");

  // Every value in the file is a date, a pack, a technique or a count.
  const auto csv = usageCsv(*usage);
  CHECK(csv.find(':') == std::string::npos);  // no time of day anywhere
  CHECK(csv.find("T0") == std::string::npos);
}

TEST_CASE("the usage CSV has a row per day, pack and technique with the share right") {
  storage::KioskUsage usage;
  usage.days.push_back({"2025-03-14", 4, 3, 10, 7});
  usage.packs.push_back(
      {"2025-03-14", "esprit.spotting-manipulation", "fr-BE", "=Repérer la manipulation", 10, 7});
  usage.techniques.push_back({"2025-03-14", "clickbait", 4, 1});
  const std::string csv = usageCsv(usage);
  CHECK(
      csv.starts_with("\xEF\xBB\xBF"
                      "date,figure,pack_or_technique,language,pack_title,"));
  CHECK(csv.find("\r\n2025-03-14,day,,,,4,3,10,7,0.70\r\n") != std::string::npos);
  // A title that looks like a formula stays text in a spreadsheet.
  CHECK(csv.find("2025-03-14,pack,esprit.spotting-manipulation,fr-BE,'=Repérer la "
                 "manipulation,,,10,7,0.70\r\n") != std::string::npos);
  CHECK(csv.find("2025-03-14,technique,clickbait,,,,,4,1,0.25\r\n") != std::string::npos);
  const std::string french = usageCsv(usage, ';');
  CHECK(french.find("2025-03-14;day;;;;4;3;10;7;0,70") != std::string::npos);
  const auto totals = totalUsage(usage);
  CHECK(totals.rounds_started == 4);
  CHECK(totals.questions_answered == 10);
}

TEST_CASE("a full disk never stops the round and is told to the staff") {
  TemporaryFolder folder;
  UsageRecorder recorder([] { return std::string("2025-03-14"); });
  recorder.open(folder.path());
  REQUIRE(recorder.available());
  // Fill a capped file with other days' rows until SQLite finds it full.
  REQUIRE(recorder.store()->limitSizeForTesting(3).ok());
  int filled = 0;
  for (; filled < 5000; ++filled) {
    char day[32];
    std::snprintf(day, sizeof day, "%04d-01-01", 1000 + filled);
    if (!recorder.store()->countRoundStarted(day).ok()) break;
  }
  REQUIRE(filled < 5000);
  auto round = kioskRound(5, 6);
  round.recordTo(&recorder, play::RecordingRule::best_effort);
  recorder.roundStarted(round);
  playThrough(round);  // the visitor plays on
  CHECK(round.finished());
  CHECK(recorder.lostCounts() > 0);
  CHECK(recorder.problem().find("full") != std::string::npos);
}

TEST_CASE("a usage file that cannot be opened leaves the kiosk playing, and the staff told") {
  TemporaryFolder folder;
  // A file where the data folder should be: nothing can be created inside it.
  std::ofstream(folder.path() / "taken") << "not a folder";
  UsageRecorder recorder([] { return std::string("2025-03-14"); });
  recorder.open(folder.path() / "taken");
  CHECK_FALSE(recorder.available());
  CHECK_FALSE(recorder.problem().empty());
  auto round = kioskRound();
  round.recordTo(&recorder);
  recorder.roundStarted(round);
  playThrough(round);
  CHECK(round.finished());
  CHECK(recorder.lostCounts() == 4);  // the start and three answers
}

TEST_CASE("a damaged usage file is moved aside and counting starts again") {
  TemporaryFolder folder;
  {
    std::ofstream garbage(folder.path() / storage::kKioskUsageFileName, std::ios::binary);
    for (int line = 0; line < 300; ++line) garbage << "not a database " << line << "\n";
  }
  UsageRecorder recorder([] { return std::string("2025-03-14"); });
  recorder.open(folder.path());
  REQUIRE(recorder.available());
  REQUIRE(recorder.notices().size() == 1);
  CHECK(recorder.notices()[0].find("moved aside") != std::string::npos);
  auto round = kioskRound();
  round.recordTo(&recorder);
  recorder.roundStarted(round);
  playThrough(round);
  CHECK(recorder.store()->usage()->days.at(0).rounds_finished == 1);
}

TEST_CASE("the usage store refuses a day that is not a date") {
  TemporaryFolder folder;
  auto store = storage::KioskUsageStore::open(folder.path());
  REQUIRE(store.ok());
  CHECK_FALSE(store->countRoundStarted("2025-03-14T10:00").ok());
  CHECK_FALSE(store->countRoundStarted("yesterday").ok());
  CHECK(store->countRoundStarted("2025-03-14").ok());
  CHECK(storage::isCalendarDay("2025-12-31"));
  CHECK_FALSE(storage::isCalendarDay("2025-1-31"));
}

TEST_CASE("a report never creates usage figures that are not there") {
  TemporaryFolder folder;
  auto store = storage::KioskUsageStore::open(
      folder.path() / "none", storage::KioskUsageOpenOptions{.create_if_missing = false});
  REQUIRE_FALSE(store.ok());
  CHECK(store.error().message.find("kiosk-usage.sqlite") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(folder.path() / "none"));
}
