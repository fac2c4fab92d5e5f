// The push to a city's PostgreSQL server, against a real PostgreSQL 15 server
// (with-postgresql.sh starts it): push, push again, no answer counted twice, a
// push killed halfway, then retried; the schema made and guarded; d′ in SQL;
// the SQL of docs/city.md run as written.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StorageFixtures.hpp"

#include "app/ReportCommand.hpp"
#include "core/city/CityPush.hpp"
#include "core/city/CitySchema.hpp"

#include <doctest/doctest.h>
#include <libpq-fe.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <thread>

using namespace esprit;
using namespace esprit::storage;
using esprit::testing::TemporaryFolder;

namespace {

std::string serverConnection() {
  const char* value = std::getenv("ESPRIT_TEST_POSTGRESQL");
  if (value == nullptr) {
    FAIL(
        "ESPRIT_TEST_POSTGRESQL is not set: run this suite through "
        "tests/core/city/with-postgresql.sh (ctest does)");
  }
  return value;
}

// A connection for the test's own questions to the server.
class Sql {
 public:
  explicit Sql(const std::string& conninfo) : connection_(PQconnectdb(conninfo.c_str())) {
    REQUIRE_MESSAGE(PQstatus(connection_) == CONNECTION_OK, PQerrorMessage(connection_));
    PQsetNoticeProcessor(
        connection_, [](void*, const char*) {}, nullptr);
  }
  ~Sql() { PQfinish(connection_); }
  Sql(const Sql&) = delete;
  Sql& operator=(const Sql&) = delete;

  // The first column of the first row, as text.
  std::string value(const std::string& query) {
    PGresult* result = PQexec(connection_, query.c_str());
    const auto status = PQresultStatus(result);
    INFO(query);
    INFO(PQresultErrorMessage(result));
    REQUIRE((status == PGRES_TUPLES_OK || status == PGRES_COMMAND_OK));
    std::string text = PQntuples(result) > 0 ? PQgetvalue(result, 0, 0) : "";
    PQclear(result);
    return text;
  }
  long long number(const std::string& query) { return std::stoll(value(query)); }

 private:
  PGconn* connection_;
};

// A database of its own on the shared server, for one test case.
std::string freshDatabase() {
  static std::atomic<int> counter = 0;
  const std::string name =
      "esprit_test_" + std::to_string(getpid()) + "_" + std::to_string(++counter);
  Sql server(serverConnection());
  server.value("DROP DATABASE IF EXISTS " + name);
  server.value("CREATE DATABASE " + name);
  return serverConnection() + " dbname=" + name;
}

void play(ResultStore& store, PlayerId player, const Pack& pack, int wrong_from) {
  const SessionId session = testing::startSession(store, player, pack);
  REQUIRE(session != 0);
  int position = 0;
  for (const auto& question : pack.questions) {
    const bool right = position < wrong_from;
    REQUIRE(store
                .recordAnswer(session, position++, question, testing::answerFor(question, right),
                              testing::evaluationFor(question, right))
                .ok());
  }
  REQUIRE(store.finishSession(session).ok());
}

// Ana and Ben (2B) play the six-question pack twice each, Dan (3A) once: 30
// answers, 18 of them first answers to a question.
struct Results {
  TemporaryFolder folder;
  Pack pack = testing::fixturePack();
  int right = 0;

  Results() {
    auto store = open();
    const PlayerId ana = store.createPlayer("Ana", "2B")->id;
    const PlayerId ben = store.createPlayer("Ben", "2B")->id;
    const PlayerId dan = store.createPlayer("Dan", "3A")->id;
    play(store, ana, pack, 3);
    play(store, ana, pack, 6);
    play(store, ben, pack, 2);
    play(store, ben, pack, 4);
    play(store, dan, pack, 5);
    right = 3 + 6 + 2 + 4 + 5;
  }
  ResultStore open() {
    auto store = ResultStore::open(folder.databaseFile());
    REQUIRE(store.ok());
    return std::move(store).value();
  }
};

// d′ from form A (one hit, one miss, one correct rejection, one false alarm:
// A0 real called real, A1 fake called fake, A2 real called fake, A3 fake
// called real) to form B (all right), as docs/city.md's query rounds it.
std::string report_dprime_change() {
  const double change =
      computeDiscernment({2, 0, 0, 2}).sensitivity - computeDiscernment({1, 1, 1, 1}).sensitivity;
  char text[16];
  std::snprintf(text, sizeof text, "%.2f", change);
  return text;
}

city::PushSummary push(ResultStore& store, const std::string& conninfo,
                       std::optional<std::string> class_code = {}, std::size_t batch = 500) {
  auto pushed = city::pushToPostgresql(store, city::PushOptions{conninfo, class_code, batch, {}});
  REQUIRE_MESSAGE(pushed.ok(), (pushed.ok() ? "" : pushed.error().message));
  return *pushed;
}

}  // namespace

TEST_CASE("a push sends every answer once, without names or times, and a second push sends none") {
  Results results;
  auto store = results.open();
  const std::string database = freshDatabase();

  const auto first = push(store, database);
  CHECK(first.sent == 30);
  CHECK(first.answers == 30);
  CHECK(first.batches == 1);
  CHECK(first.schema_version == city::latestServerSchemaVersion());

  const auto second = push(store, database);
  CHECK(second.sent == 0);
  CHECK(second.batches == 0);
  CHECK(second.answers == 30);
  CHECK(second.device_key == first.device_key);

  Sql sql(database);
  CHECK(sql.number("SELECT count(*) FROM esprit_answers") == 30);
  CHECK(sql.number("SELECT count(DISTINCT answer_key) FROM esprit_answers") == 30);
  CHECK(sql.number("SELECT count(*) FROM esprit_answers WHERE correct") == results.right);
  CHECK(sql.number("SELECT count(*) FROM esprit_answers WHERE first_attempt") == 18);
  CHECK(sql.number("SELECT count(*) FROM esprit_answers WHERE class_code = '2B'") == 24);
  CHECK(sql.number("SELECT count(*) FROM esprit_answers WHERE 'clickbait' = ANY (techniques)") ==
        5 * 3);
  CHECK(sql.number("SELECT count(*) FROM esprit_answers WHERE confidence IS NOT NULL") == 5 * 2);
  CHECK(sql.number("SELECT count(*) FROM esprit_devices") == 1);
  // Nothing names a player, and the day is all that is kept of the time.
  CHECK(sql.number("SELECT count(*) FROM esprit_answers a "
                   "WHERE a::text ~ '(Ana|Ben|Dan)'") == 0);
  CHECK(sql.value("SELECT data_type FROM information_schema.columns "
                  "WHERE table_name = 'esprit_answers' AND column_name = 'answered_on'") == "date");
  CHECK(sql.number("SELECT count(*) FROM information_schema.columns "
                   "WHERE table_name = 'esprit_answers' AND column_name ~ "
                   "'(nickname|player|time)'") == 0);
}

TEST_CASE("answers given after a push are the only ones the next push sends") {
  Results results;
  auto store = results.open();
  const std::string database = freshDatabase();
  CHECK(push(store, database).sent == 30);
  const PlayerId cleo = store.createPlayer("Cléo", "2B")->id;
  play(store, cleo, results.pack, 1);
  const auto again = push(store, database);
  CHECK(again.sent == 6);
  CHECK(again.answers == 36);
  Sql sql(database);
  CHECK(sql.number("SELECT count(*) FROM esprit_answers") == 36);
}

TEST_CASE("a push with --class sends that class only") {
  Results results;
  auto store = results.open();
  const std::string database = freshDatabase();
  CHECK(push(store, database, std::string("3A")).sent == 6);
  Sql sql(database);
  CHECK(sql.number("SELECT count(*) FROM esprit_answers WHERE class_code <> '3A'") == 0);
  CHECK(push(store, database).sent == 24);  // the rest, later
}

TEST_CASE("a push killed halfway leaves whole batches only, and the retry sends the rest once") {
  Results results;
  const std::string database = freshDatabase();
  const auto marker = results.folder.path() / "second-batch-inserted";

  const pid_t child = fork();
  REQUIRE(child >= 0);
  if (child == 0) {
    execl(ESPRIT_CITY_PUSH_HELPER, ESPRIT_CITY_PUSH_HELPER, results.folder.databaseFile().c_str(),
          database.c_str(), "5", marker.c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  // Bounded wait for the helper to hold its second batch, uncommitted.
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
  while (!std::filesystem::exists(marker) && std::chrono::steady_clock::now() < deadline) {
    int status = 0;
    if (waitpid(child, &status, WNOHANG) == child) FAIL("the push helper ended before its kill");
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  kill(child, SIGKILL);
  int status = 0;
  waitpid(child, &status, 0);
  REQUIRE(std::filesystem::exists(marker));
  CHECK(WIFSIGNALED(status));

  Sql sql(database);
  // The first batch was committed; the second died with its connection.
  CHECK(sql.number("SELECT count(*) FROM esprit_answers") == 5);

  auto store = results.open();
  const auto retried = push(store, database, {}, 5);
  CHECK(retried.sent == 25);
  CHECK(retried.batches == 5);
  CHECK(retried.answers == 30);
  CHECK(sql.number("SELECT count(*) FROM esprit_answers") == 30);
  CHECK(sql.number("SELECT count(DISTINCT answer_key) FROM esprit_answers") == 30);
  CHECK(sql.number("SELECT count(*) FROM esprit_devices") == 1);
  CHECK(push(store, database).sent == 0);
}

TEST_CASE("the server schema is made once, and a newer one is left alone with a clear message") {
  Results results;
  auto store = results.open();
  const std::string database = freshDatabase();
  CHECK(push(store, database).schema_version == 1);
  CHECK(push(store, database).schema_version == 1);
  Sql sql(database);
  CHECK(sql.number("SELECT count(*) FROM esprit_schema") == 1);
  sql.value("UPDATE esprit_schema SET version = 99");
  auto refused = city::pushToPostgresql(store, city::PushOptions{database, {}, 500, {}});
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.error().kind == ErrorKind::newer_version);
  CHECK(refused.error().message.find("update Esprit") != std::string::npos);
}

TEST_CASE("d′ and bias worked out in SQL on the server agree with the game's") {
  Results results;
  auto store = results.open();
  const std::string database = freshDatabase();
  push(store, database);
  Sql sql(database);
  for (const double p : {0.001, 0.02, 0.3, 0.5, 0.8, 0.99}) {
    CAPTURE(p);
    CHECK(std::stod(sql.value("SELECT esprit_probit(" + std::to_string(p) + ")")) ==
          doctest::Approx(inverseNormal(p)).epsilon(1e-7));
  }
  const Discernment game = computeDiscernment({3, 1, 1, 3});
  CHECK(std::stod(sql.value("SELECT esprit_dprime(3, 1, 1, 3)")) ==
        doctest::Approx(game.sensitivity).epsilon(1e-7));
  CHECK(std::stod(sql.value("SELECT esprit_bias(3, 1, 2, 3)")) ==
        doctest::Approx(computeDiscernment({3, 1, 2, 3}).bias).epsilon(1e-7));
}

TEST_CASE("esprit report --to-postgresql pushes from the command line and says what went wrong") {
  Results results;
  const std::string database = freshDatabase();
  const std::string data = results.folder.path().string();
  CHECK(app::runReportCommand({"--data-dir", data, "--to-postgresql", database}) == 0);
  CHECK(std::filesystem::exists(results.folder.path() / city::kDeviceKeyFileName));
  Sql sql(database);
  CHECK(sql.number("SELECT count(*) FROM esprit_answers") == 30);
  CHECK(app::runReportCommand({"--data-dir", data, "--class", "2B", "--to-postgresql", database}) ==
        0);
  CHECK(sql.number("SELECT count(*) FROM esprit_answers") == 30);
  // A push writes no file; a server that is not there is a failure, not a crash.
  CHECK(app::runReportCommand({"--to-postgresql", database, "-o", "x.csv"}) == 2);
  CHECK(app::runReportCommand({"--to-postgresql"}) == 2);
  CHECK(app::runReportCommand({"--data-dir", data, "--to-postgresql",
                               "host=" + data + " port=1 connect_timeout=2"}) == 1);
}

TEST_CASE("the device key is made once, kept in the data folder, and checked when read") {
  TemporaryFolder folder;
  auto key = city::deviceKey(folder.path());
  REQUIRE(key.ok());
  CHECK(key->size() == 32);
  CHECK(key->find_first_not_of("0123456789abcdef") == std::string::npos);
  CHECK(*city::deviceKey(folder.path()) == *key);
  std::ofstream(folder.path() / city::kDeviceKeyFileName) << "not a key\n";
  auto broken = city::deviceKey(folder.path());
  REQUIRE_FALSE(broken.ok());
  CHECK(broken.error().message.find("device-key") != std::string::npos);
}

namespace {

// The ```sql blocks of docs/city.md, in order (the schema is fenced as
// ```postgresql: Esprit runs that itself).
std::vector<std::string> documentedQueries() {
  std::ifstream file(std::filesystem::path(ESPRIT_SOURCE_ROOT) / "docs" / "city.md");
  REQUIRE(file);
  std::vector<std::string> blocks;
  std::string line;
  std::optional<std::string> block;
  while (std::getline(file, line)) {
    if (!block && line == "```sql") {
      block.emplace();
    } else if (block && line == "```") {
      blocks.push_back(*block);
      block.reset();
    } else if (block) {
      *block += line + "\n";
    }
  }
  return blocks;
}

}  // namespace

TEST_CASE(
    "the SQL in docs/city.md runs on pushed results, and a school role with its grants pushes") {
  Results results;
  auto store = results.open();
  Pack assessment = testing::assessmentPack();
  const PlayerId ines = store.createPlayer("Ines", "2B")->id;
  for (const char* form : {"A", "B"}) {
    std::vector<std::string> ids;
    for (int index = 0; index < 4; ++index) ids.push_back(form + std::to_string(index));
    const SessionId session = testing::startSession(store, ines, assessment, ids, 7, form);
    for (int index = 0; index < 4; ++index) {
      const Question& question = *assessment.findQuestion(ids[static_cast<std::size_t>(index)]);
      const bool right = form[0] == 'B' || index < 2;
      REQUIRE(store
                  .recordAnswer(session, index, question, testing::answerFor(question, right),
                                testing::evaluationFor(question, right))
                  .ok());
    }
  }
  const std::string database = freshDatabase();
  CHECK(push(store, database).sent == 38);

  const auto queries = documentedQueries();
  REQUIRE(queries.size() >= 6);
  Sql sql(database);
  for (const auto& query : queries) {
    CAPTURE(query);
    sql.value(query);  // fails the test when the server refuses it
  }
  // The pre/post query: the one school went from half right to all right.
  const auto pre_post = std::find_if(queries.begin(), queries.end(), [](const std::string& query) {
    return query.find("dprime_change") != std::string::npos;
  });
  REQUIRE(pre_post != queries.end());
  CHECK(sql.value("SELECT dprime_change FROM (" + pre_post->substr(0, pre_post->rfind(';')) +
                  ") AS change") == report_dprime_change());

  // The role the page sets up pushes from another PC with no other right.
  TemporaryFolder other;
  {
    auto second = ResultStore::open(other.databaseFile());
    REQUIRE(second.ok());
    play(*second, second->createPlayer("Eva", "5A")->id, results.pack, 4);
    const auto pushed = push(*second, database + " user=esprit_school");
    CHECK(pushed.sent == 6);
    // The same role cannot make the tables: the first push needs the owner.
    auto refused = city::pushToPostgresql(
        *second, city::PushOptions{freshDatabase() + " user=esprit_school", {}, 500, {}});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.find("permission denied") != std::string::npos);
  }
  CHECK(sql.number("SELECT count(*) FROM esprit_devices") == 2);
}
