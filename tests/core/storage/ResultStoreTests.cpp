// The results store on real SQLite files: schema and migrations, players,
// answers committed at once, cascading deletion, resume, a full disk, and
// two stores sharing one file.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StorageFixtures.hpp"

#include "core/Session.hpp"
#include "core/storage/Schema.hpp"

#include <doctest/doctest.h>
#include <sqlite3.h>

#include <thread>

using namespace esprit;
using namespace esprit::storage;
using esprit::testing::TemporaryFolder;

namespace {

// Reads one number straight from the file, the way the sqlite3 tool would.
std::int64_t countWithRawSqlite(const std::filesystem::path& file, const char* sql) {
  sqlite3* database = nullptr;
  REQUIRE(sqlite3_open_v2(file.c_str(), &database, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
  sqlite3_stmt* statement = nullptr;
  REQUIRE(sqlite3_prepare_v2(database, sql, -1, &statement, nullptr) == SQLITE_OK);
  REQUIRE(sqlite3_step(statement) == SQLITE_ROW);
  const std::int64_t value = sqlite3_column_int64(statement, 0);
  sqlite3_finalize(statement);
  sqlite3_close(database);
  return value;
}

void runRawSql(const std::filesystem::path& file, const char* sql) {
  sqlite3* database = nullptr;
  REQUIRE(sqlite3_open(file.c_str(), &database) == SQLITE_OK);
  REQUIRE(sqlite3_exec(database, sql, nullptr, nullptr, nullptr) == SQLITE_OK);
  sqlite3_close(database);
}

ResultStore openStore(const std::filesystem::path& file) {
  auto store = ResultStore::open(file);
  REQUIRE_MESSAGE(store.ok(), (store.ok() ? "" : store.error().message));
  return std::move(store).value();
}

}  // namespace

TEST_CASE("a new database gets the whole schema, WAL and the latest version") {
  TemporaryFolder folder;
  auto store = openStore(folder.databaseFile());
  CHECK(store.schemaVersion() == latestSchemaVersion());
  CHECK(store.notices().empty());
  CHECK(countWithRawSqlite(folder.databaseFile(), "PRAGMA user_version") == latestSchemaVersion());
  CHECK(countWithRawSqlite(folder.databaseFile(),
                           "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name IN "
                           "('players', 'sessions', 'answers', 'packs', 'questions')") == 5);
  sqlite3* database = nullptr;
  REQUIRE(sqlite3_open(folder.databaseFile().c_str(), &database) == SQLITE_OK);
  sqlite3_stmt* statement = nullptr;
  REQUIRE(sqlite3_prepare_v2(database, "PRAGMA journal_mode", -1, &statement, nullptr) ==
          SQLITE_OK);
  REQUIRE(sqlite3_step(statement) == SQLITE_ROW);
  CHECK(std::string(reinterpret_cast<const char*>(sqlite3_column_text(statement, 0))) == "wal");
  sqlite3_finalize(statement);
  sqlite3_close(database);
}

TEST_CASE("a version 0 file made elsewhere is migrated, and reopening changes nothing") {
  TemporaryFolder folder;
  // An empty database at user_version 0, as the sqlite3 tool leaves it.
  runRawSql(folder.databaseFile(), "PRAGMA user_version = 0; CREATE TABLE notes (text TEXT);");
  {
    auto store = openStore(folder.databaseFile());
    CHECK(store.schemaVersion() == latestSchemaVersion());
    CHECK(store.createPlayer("Zoé", "2B").ok());
  }
  auto again = openStore(folder.databaseFile());
  CHECK(again.schemaVersion() == latestSchemaVersion());
  auto players = again.listPlayers();
  REQUIRE(players.ok());
  CHECK(players->size() == 1);
  // The stranger's table was left alone.
  CHECK(countWithRawSqlite(folder.databaseFile(),
                           "SELECT count(*) FROM sqlite_schema WHERE name = 'notes'") == 1);
}

TEST_CASE("a version 1 file with answers is upgraded and keeps them") {
  TemporaryFolder folder;
  {
    // Build the file exactly as the first release left it: migration 1 only.
    auto connection =
        Connection::open(folder.databaseFile(), SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    REQUIRE(connection.ok());
    REQUIRE(connection->execute("PRAGMA journal_mode = WAL").ok());
    REQUIRE(migrate(*connection, schemaMigrations().first(1)).ok());
    REQUIRE(connection
                ->execute("INSERT INTO players VALUES (1, 'Old', '', '2026-01-01T00:00:00.000Z');"
                          "INSERT INTO packs VALUES ('test.fixture', '1.0.0', 'Fixture', 'en');"
                          "INSERT INTO questions (pack_id, pack_version, question_id, position, "
                          "type, prompt) VALUES ('test.fixture', '1.0.0', 'q3', 2, "
                          "'single_choice', 'Which?');"
                          "INSERT INTO sessions (id, player_id, pack_id, pack_version, seed, "
                          "started, resume_state) VALUES (1, 1, 'test.fixture', '1.0.0', 7, "
                          "'2026-01-01T00:00:00.000Z', '{\"question_ids\":[\"q3\"]}');"
                          "INSERT INTO answers (session_id, position, question_id, pack_id, "
                          "pack_version, answer, correct, credit, points, seconds_taken, "
                          "answered) VALUES (1, 0, 'q3', 'test.fixture', '1.0.0', "
                          "'{\"type\":\"single_choice\",\"option\":0}', 1, 1, 100, 4, "
                          "'2026-01-01T00:00:05.000Z');")
                .ok());
    CHECK(*connection->queryInteger("PRAGMA user_version") == 1);
  }
  auto store = openStore(folder.databaseFile());
  CHECK(store.schemaVersion() == latestSchemaVersion());
  auto rows = store.reportRows();
  REQUIRE(rows.ok());
  REQUIRE(rows->size() == 1);
  CHECK(rows->front().nickname == "Old");
  CHECK(rows->front().prompt == "Which?");
  CHECK(rows->front().options.empty());  // not known before version 2
  // Version 3 renamed the question types to pack.json's names, answers included.
  CHECK(rows->front().question_type == "single");
  CHECK(rows->front().answer_json == R"({"type":"single","option":0})");
  auto answers = store.sessionAnswers(1);
  REQUIRE(answers.ok());
  REQUIRE(answers->size() == 1);
  CHECK(std::holds_alternative<SingleChoiceAnswer>(answers->front().answer.choice));
  // Playing the pack again fills in what version 2 added.
  const Pack pack = testing::fixturePack();
  testing::startSession(store, 1, pack, {"q3"});
  rows = store.reportRows();
  REQUIRE(rows.ok());
  CHECK(rows->front().options == std::vector<std::string>{"first", "second", "third"});
}

TEST_CASE("migrations run in order, each once, and stamp their version") {
  TemporaryFolder folder;
  auto connection =
      Connection::open(folder.databaseFile(), SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  REQUIRE(connection.ok());
  const Migration first[] = {{1, "CREATE TABLE log (step INTEGER); INSERT INTO log VALUES (1);"}};
  REQUIRE(migrate(*connection, first).ok());
  const Migration both[] = {first[0],
                            {2, "INSERT INTO log VALUES (2); ALTER TABLE log ADD note TEXT;"}};
  REQUIRE(migrate(*connection, both).ok());
  REQUIRE(migrate(*connection, both).ok());  // nothing left to do
  CHECK(*connection->queryInteger("PRAGMA user_version") == 2);
  CHECK(*connection->queryInteger("SELECT count(*) FROM log") == 2);
  CHECK(*connection->queryInteger("SELECT group_concat(step, '') FROM log") == 12);
}

TEST_CASE("a file from a newer Esprit is refused and left untouched") {
  TemporaryFolder folder;
  runRawSql(folder.databaseFile(), "PRAGMA user_version = 99; CREATE TABLE future (x);");
  auto store = ResultStore::open(folder.databaseFile());
  REQUIRE_FALSE(store.ok());
  CHECK(store.error().kind == ErrorKind::newer_version);
  CHECK(store.error().message.find("newer Esprit") != std::string::npos);
  CHECK(std::filesystem::exists(folder.databaseFile()));
  CHECK(countWithRawSqlite(folder.databaseFile(), "PRAGMA user_version") == 99);
}

TEST_CASE("a report never creates a database that is not there") {
  TemporaryFolder folder;
  auto store = ResultStore::openInFolder(folder.path() / "nowhere", OpenOptions{false, false});
  REQUIRE_FALSE(store.ok());
  CHECK(store.error().kind == ErrorKind::cannot_open);
  CHECK_FALSE(std::filesystem::exists(folder.path() / "nowhere"));
}

TEST_CASE("nicknames are trimmed, bounded and unique within a class, ignoring case") {
  TemporaryFolder folder;
  auto store = openStore(folder.databaseFile());
  auto lea = store.createPlayer("  Léa ", "2B");
  REQUIRE(lea.ok());
  CHECK(lea->nickname == "Léa");
  CHECK(lea->class_code == "2B");
  CHECK(lea->created.size() == std::string("2026-11-24T08:09:46.123Z").size());

  auto duplicate = store.createPlayer("léa", "2b");
  REQUIRE_FALSE(duplicate.ok());
  CHECK(duplicate.error().kind == ErrorKind::invalid_input);
  CHECK(duplicate.error().message.find("already taken") != std::string::npos);
  CHECK(store.createPlayer("Léa", "3A").ok());  // another class is fine

  CHECK_FALSE(store.createPlayer("   ").ok());
  CHECK_FALSE(store.createPlayer(std::string(41, 'x')).ok());
  CHECK(store.createPlayer(std::string(40, 'x')).ok());
  CHECK_FALSE(store.createPlayer("tab\there").ok());
}

TEST_CASE("an answer recorded is readable by a second connection at once") {
  TemporaryFolder folder;
  auto writer = openStore(folder.databaseFile());
  auto reader = openStore(folder.databaseFile());
  const Pack pack = testing::fixturePack();
  auto player = writer.createPlayer("Sam");
  REQUIRE(player.ok());
  const SessionId session = testing::startSession(writer, player->id, pack);
  REQUIRE(session != 0);

  auto recorded =
      writer.recordAnswer(session, 0, pack.questions[0],
                          testing::answerFor(pack.questions[0], true), testing::evaluation(true));
  REQUIRE(recorded.ok());
  auto seen = reader.sessionAnswers(session);
  REQUIRE(seen.ok());
  REQUIRE(seen->size() == 1);
  CHECK(seen->front().id == *recorded);
  CHECK(seen->front().question_id == "q1");
  CHECK(seen->front().pack_id == "test.fixture");
  CHECK(seen->front().pack_version == "1.0.0");
  CHECK(seen->front().correct);
  // And by a plain sqlite3 connection, as the command-line tool would see it.
  CHECK(countWithRawSqlite(folder.databaseFile(), "SELECT count(*) FROM answers") == 1);
}

TEST_CASE("an answer is recorded once per place, and only in a session still playing") {
  TemporaryFolder folder;
  auto store = openStore(folder.databaseFile());
  const Pack pack = testing::fixturePack();
  auto player = store.createPlayer("Sam");
  REQUIRE(player.ok());
  const SessionId session = testing::startSession(store, player->id, pack);
  const Question& question = pack.questions[0];
  REQUIRE(store
              .recordAnswer(session, 0, question, testing::answerFor(question, true),
                            testing::evaluation(true))
              .ok());
  auto again = store.recordAnswer(session, 0, question, testing::answerFor(question, true),
                                  testing::evaluation(true));
  REQUIRE_FALSE(again.ok());
  CHECK(again.error().kind == ErrorKind::invalid_input);

  REQUIRE(store.finishSession(session).ok());
  auto late =
      store.recordAnswer(session, 1, pack.questions[1], testing::answerFor(pack.questions[1], true),
                         testing::evaluation(true));
  REQUIRE_FALSE(late.ok());
  CHECK(late.error().kind == ErrorKind::not_found);
  auto nowhere = store.recordAnswer(9999, 0, question, testing::answerFor(question, true),
                                    testing::evaluation(true));
  CHECK_FALSE(nowhere.ok());
  auto no_player = store.startSession(NewSession{12345, "solo", {}, {"q1"}}, pack);
  REQUIRE_FALSE(no_player.ok());
  CHECK(no_player.error().kind == ErrorKind::not_found);
}

TEST_CASE("deleting a player removes their sessions and answers, and only theirs") {
  TemporaryFolder folder;
  auto store = openStore(folder.databaseFile());
  const Pack pack = testing::fixturePack();
  auto leaving = store.createPlayer("Leaving", "2B");
  auto staying = store.createPlayer("Staying", "2B");
  REQUIRE(leaving.ok());
  REQUIRE(staying.ok());
  for (const PlayerId player : {leaving->id, staying->id}) {
    for (int round = 0; round < 2; ++round) {
      const SessionId session = testing::startSession(store, player, pack);
      for (int position = 0; position < 3; ++position) {
        const Question& question = pack.questions[static_cast<std::size_t>(position)];
        REQUIRE(store
                    .recordAnswer(session, position, question, testing::answerFor(question, true),
                                  testing::evaluation(true))
                    .ok());
      }
    }
  }
  CHECK(countWithRawSqlite(folder.databaseFile(), "SELECT count(*) FROM answers") == 12);

  REQUIRE(store.deletePlayer(leaving->id).ok());
  const std::string who = std::to_string(leaving->id);
  CHECK(countWithRawSqlite(folder.databaseFile(),
                           ("SELECT count(*) FROM sessions WHERE player_id = " + who).c_str()) ==
        0);
  CHECK(countWithRawSqlite(folder.databaseFile(), "SELECT count(*) FROM sessions") == 2);
  CHECK(countWithRawSqlite(folder.databaseFile(), "SELECT count(*) FROM answers") == 6);
  CHECK(countWithRawSqlite(
            folder.databaseFile(),
            "SELECT count(*) FROM answers WHERE session_id NOT IN (SELECT id FROM sessions)") == 0);
  CHECK(store.findPlayer(leaving->id).error().kind == ErrorKind::not_found);
  CHECK(store.findPlayer(staying->id).ok());
  auto rows = store.reportRows();
  REQUIRE(rows.ok());
  CHECK(rows->size() == 6);
  CHECK(store.deletePlayer(leaving->id).error().kind == ErrorKind::not_found);
}

TEST_CASE("an unfinished session is listed with the answers given, and the game can rebuild it") {
  TemporaryFolder folder;
  const Pack pack = testing::fixturePack();
  SessionId session = 0;
  const std::vector<std::string> order = {"q3", "q1", "q6", "q2"};
  {
    auto store = openStore(folder.databaseFile());
    auto player = store.createPlayer("Ada");
    REQUIRE(player.ok());
    NewSession started;
    started.player_id = player->id;
    started.options.seed =
        0xFEEDFACECAFEBEEFULL;  // above INT64_MAX: must survive the signed column
    started.options.shuffle_options = false;
    started.question_ids = order;
    auto id = store.startSession(started, pack);
    REQUIRE(id.ok());
    session = *id;
    // The player answers two questions, then the program is closed.
    Session playing(pack, resumeOptions(*store.resumeState(session)));
    for (int position = 0; position < 2; ++position) {
      const Question& question = playing.currentQuestion();
      const Answer answer = testing::answerFor(question, position == 0, 4.0 + position);
      auto evaluation = playing.submit(answer);
      REQUIRE(std::holds_alternative<Evaluation>(evaluation));
      REQUIRE(store
                  .recordAnswer(session, static_cast<int>(playing.position()), question, answer,
                                std::get<Evaluation>(evaluation))
                  .ok());
      playing.advance();
    }
  }

  auto store = openStore(folder.databaseFile());
  auto unfinished = store.unfinishedSessions();
  REQUIRE(unfinished.ok());
  REQUIRE(unfinished->size() == 1);
  CHECK(unfinished->front().id == session);
  CHECK(unfinished->front().answered == 2);
  CHECK(unfinished->front().planned_questions == 4);
  CHECK(unfinished->front().pack_title == "Fixture pack");

  auto state = store.resumeState(session);
  REQUIRE(state.ok());
  CHECK(state->seed == 0xFEEDFACECAFEBEEFULL);
  CHECK(state->question_ids == order);
  CHECK_FALSE(state->shuffle_options);
  auto answers = store.sessionAnswers(session);
  REQUIRE(answers.ok());
  REQUIRE(answers->size() == 2);
  CHECK(answers->at(0).question_id == "q3");
  CHECK(answers->at(0).correct);
  CHECK(answers->at(1).question_id == "q1");
  CHECK_FALSE(answers->at(1).correct);
  CHECK(answers->at(1).answer.seconds_taken == doctest::Approx(5.0));
  const auto* binary = std::get_if<BinaryAnswer>(&answers->at(1).answer.choice);
  REQUIRE(binary != nullptr);
  CHECK(binary->says_real == true);  // q1 is fake; the wrong answer said real
  CHECK(binary->confidence == doctest::Approx(0.8));

  // Rebuild the Session and replay: it stands where the player stopped.
  Session resumed(pack, resumeOptions(*state));
  for (const StoredAnswer& stored : *answers) {
    CHECK(resumed.currentQuestion().id == stored.question_id);
    REQUIRE(std::holds_alternative<Evaluation>(resumed.submit(stored.answer)));
    resumed.advance();
  }
  CHECK(resumed.position() == 2);
  CHECK(resumed.currentQuestion().id == "q6");
  CHECK(resumed.results().correct == 1);

  REQUIRE(store.finishSession(session).ok());
  CHECK(store.unfinishedSessions()->empty());
  auto history = store.listSessions(unfinished->front().player_id);
  REQUIRE(history.ok());
  REQUIRE(history->size() == 1);
  CHECK(history->front().status == SessionStatus::finished);
  CHECK_FALSE(history->front().finished.empty());
}

TEST_CASE("a full disk is an error value with a clear message, and earlier answers stay") {
  TemporaryFolder folder;
  auto store = openStore(folder.databaseFile());
  const Pack pack = testing::fixturePack();
  auto player = store.createPlayer("Sam");
  REQUIRE(player.ok());
  const SessionId session = testing::startSession(store, player->id, pack);
  REQUIRE(store
              .recordAnswer(session, 0, pack.questions[0],
                            testing::answerFor(pack.questions[0], true), testing::evaluation(true))
              .ok());
  auto pages = countWithRawSqlite(folder.databaseFile(), "PRAGMA page_count");
  REQUIRE(store.limitSizeForTesting(pages).ok());

  // Long answers fill the last pages quickly.
  Question long_question = pack.questions[4];
  Answer long_answer;
  long_answer.choice = HotspotAnswer{std::string(3000, 'r')};
  Error failure;
  bool failed = false;
  for (int position = 1; position < 200 && !failed; ++position) {
    auto recorded = store.recordAnswer(session, position, long_question, long_answer,
                                       testing::evaluation(false));
    if (!recorded.ok()) {
      failed = true;
      failure = recorded.error();
    }
  }
  REQUIRE(failed);
  CHECK(failure.kind == ErrorKind::disk_full);
  CHECK(failure.message.find("full") != std::string::npos);
  CHECK(failure.message.find(folder.databaseFile().string()) != std::string::npos);

  REQUIRE(store.limitSizeForTesting(0).ok());
  auto answers = store.sessionAnswers(session);
  REQUIRE(answers.ok());
  CHECK(answers->front().question_id == "q1");
  CHECK(*store.checkIntegrity() == "ok");
}

TEST_CASE("two stores on one file writing in turn lose nothing") {
  TemporaryFolder folder;
  auto first = openStore(folder.databaseFile());
  auto second = openStore(folder.databaseFile());
  const Pack pack = testing::fixturePack();
  auto one = first.createPlayer("One");
  auto two = second.createPlayer("Two");
  REQUIRE(one.ok());
  REQUIRE(two.ok());
  const SessionId session_one = testing::startSession(first, one->id, pack);
  const SessionId session_two = testing::startSession(second, two->id, pack);
  constexpr int kTurns = 50;
  for (int turn = 0; turn < kTurns; ++turn) {
    const Question& question =
        pack.questions[static_cast<std::size_t>(turn) % pack.questions.size()];
    REQUIRE(first
                .recordAnswer(session_one, turn, question, testing::answerFor(question, true),
                              testing::evaluation(true))
                .ok());
    REQUIRE(second
                .recordAnswer(session_two, turn, question, testing::answerFor(question, false),
                              testing::evaluation(false))
                .ok());
  }
  CHECK(first.sessionAnswers(session_two)->size() == kTurns);
  CHECK(second.sessionAnswers(session_one)->size() == kTurns);
  CHECK(*first.checkIntegrity() == "ok");
}

TEST_CASE("two stores writing at the same moment from two threads wait for each other") {
  TemporaryFolder folder;
  const Pack pack = testing::fixturePack();
  PlayerId players[2] = {};
  {
    auto store = openStore(folder.databaseFile());
    players[0] = store.createPlayer("Left")->id;
    players[1] = store.createPlayer("Right")->id;
  }
  constexpr int kAnswers = 60;
  int failures[2] = {0, 0};
  auto play = [&](int side) {
    auto store = ResultStore::open(folder.databaseFile());
    if (!store.ok()) {
      failures[side] = kAnswers;
      return;
    }
    const SessionId session = testing::startSession(*store, players[side], pack);
    for (int position = 0; position < kAnswers; ++position) {
      const Question& question =
          pack.questions[static_cast<std::size_t>(position) % pack.questions.size()];
      if (!store
               ->recordAnswer(session, position, question, testing::answerFor(question, true),
                              testing::evaluation(true))
               .ok()) {
        ++failures[side];
      }
    }
  };
  std::thread left(play, 0);
  std::thread right(play, 1);
  left.join();
  right.join();
  CHECK(failures[0] == 0);
  CHECK(failures[1] == 0);
  CHECK(countWithRawSqlite(folder.databaseFile(), "SELECT count(*) FROM answers") == 2 * kAnswers);
}

TEST_CASE("the history lists sessions with totals and mastery per technique over time") {
  TemporaryFolder folder;
  auto opened = ResultStore::openInFolder(folder.path() / "new" / "folder");
  REQUIRE(opened.ok());  // the folders are created
  ResultStore& store = *opened;
  const Pack pack = testing::fixturePack();
  auto player = store.createPlayer("Kim", "2B");
  auto other = store.createPlayer("Lou", "3A");
  REQUIRE(player.ok());
  REQUIRE(other.ok());

  // Round 1: q1 (clickbait) wrong, q4 (clickbait) right, q2 (source-check) right.
  const SessionId first = testing::startSession(store, player->id, pack, {"q1", "q4", "q2"});
  int position = 0;
  for (const auto& [id, right] :
       std::vector<std::pair<std::string, bool>>{{"q1", false}, {"q4", true}, {"q2", true}}) {
    const Question& question = *pack.findQuestion(id);
    REQUIRE(store
                .recordAnswer(first, position++, question, testing::answerFor(question, right),
                              testing::evaluationFor(question, right))
                .ok());
  }
  REQUIRE(store.finishSession(first).ok());
  // Round 2: q1 right, then the player stops and says not to resume.
  const SessionId second = testing::startSession(store, player->id, pack, {"q1", "q3"});
  REQUIRE(store
              .recordAnswer(second, 0, pack.questions[0],
                            testing::answerFor(pack.questions[0], true), testing::evaluation(true))
              .ok());
  REQUIRE(store.abandonSession(second).ok());
  CHECK(store.abandonSession(second).error().kind == ErrorKind::not_found);

  auto sessions = store.listSessions(player->id);
  REQUIRE(sessions.ok());
  REQUIRE(sessions->size() == 2);
  CHECK(sessions->at(0).answered == 3);
  CHECK(sessions->at(0).correct == 2);
  CHECK(sessions->at(0).points == 2 * kPointsPerQuestion);
  CHECK(sessions->at(0).status == SessionStatus::finished);
  CHECK(sessions->at(1).status == SessionStatus::abandoned);
  CHECK(sessions->at(1).planned_questions == 2);
  CHECK(store.unfinishedSessions(player->id)->empty());

  auto mastery = store.masteryOverTime(player->id);
  REQUIRE(mastery.ok());
  REQUIRE(mastery->size() == 3);  // round 1: clickbait, source-check; round 2: clickbait
  CHECK(mastery->at(0).session_id == first);
  CHECK(mastery->at(0).technique == "clickbait");
  CHECK(mastery->at(0).answered == 2);
  CHECK(mastery->at(0).correct == 1);
  CHECK(mastery->at(0).credit == doctest::Approx(1.0));
  CHECK(mastery->at(1).technique == "source-check");
  CHECK(mastery->at(2).session_id == second);
  CHECK(mastery->at(2).correct == 1);

  auto class_2b = store.listPlayers(std::string("2B"));
  REQUIRE(class_2b.ok());
  REQUIRE(class_2b->size() == 1);
  CHECK(class_2b->front().nickname == "Kim");
  CHECK(store.listPlayers()->size() == 2);
}
