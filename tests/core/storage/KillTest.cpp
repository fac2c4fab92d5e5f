// Kills a process that is recording answers with SIGKILL at random moments,
// again and again, and checks after each kill that the file opens, passes
// PRAGMA integrity_check and holds every answer the process said it committed.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StorageFixtures.hpp"

#include <doctest/doctest.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <random>
#include <set>
#include <sstream>

using namespace esprit;
using esprit::testing::TemporaryFolder;

namespace {

constexpr int kKills = 8;
constexpr int kShortestRunMilliseconds = 20;
constexpr int kLongestRunMilliseconds = 400;

struct ChildRun {
  std::vector<std::int64_t> committed_ids;
  bool killed_by_us = false;
  int exit_status = 0;
};

// Runs the recorder for `milliseconds`, then kills it, and gathers the ids it printed.
ChildRun runAndKill(const std::filesystem::path& database, int milliseconds) {
  int channel[2];
  REQUIRE(pipe(channel) == 0);
  const pid_t child = fork();
  REQUIRE(child >= 0);
  if (child == 0) {
    dup2(channel[1], STDOUT_FILENO);
    close(channel[0]);
    close(channel[1]);
    execl(ESPRIT_ANSWER_RECORDER, ESPRIT_ANSWER_RECORDER, database.c_str(),
          static_cast<char*>(nullptr));
    _exit(127);
  }
  close(channel[1]);

  std::string output;
  char buffer[4096];
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(milliseconds);
  bool child_ended = false;
  while (!child_ended) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) break;
    pollfd waiting{channel[0], POLLIN, 0};
    if (poll(&waiting, 1, static_cast<int>(left.count())) > 0) {
      const ssize_t got = read(channel[0], buffer, sizeof buffer);
      if (got <= 0)
        child_ended = true;
      else
        output.append(buffer, static_cast<std::size_t>(got));
    }
  }
  ChildRun run;
  run.killed_by_us = kill(child, SIGKILL) == 0;
  int status = 0;
  waitpid(child, &status, 0);
  run.exit_status = status;
  // Whatever the child wrote before dying is still in the pipe.
  for (ssize_t got; (got = read(channel[0], buffer, sizeof buffer)) > 0;) {
    output.append(buffer, static_cast<std::size_t>(got));
  }
  close(channel[0]);

  std::istringstream lines(output);
  std::string line;
  while (std::getline(lines, line)) {
    if (!lines.eof()) run.committed_ids.push_back(std::stoll(line));  // a whole line only
  }
  return run;
}

std::set<std::int64_t> storedAnswerIds(const std::filesystem::path& database) {
  sqlite3* connection = nullptr;
  REQUIRE(sqlite3_open_v2(database.c_str(), &connection, SQLITE_OPEN_READONLY, nullptr) ==
          SQLITE_OK);
  sqlite3_stmt* statement = nullptr;
  REQUIRE(sqlite3_prepare_v2(connection, "SELECT id FROM answers", -1, &statement, nullptr) ==
          SQLITE_OK);
  std::set<std::int64_t> ids;
  while (sqlite3_step(statement) == SQLITE_ROW) ids.insert(sqlite3_column_int64(statement, 0));
  sqlite3_finalize(statement);
  sqlite3_close(connection);
  return ids;
}

}  // namespace

TEST_CASE("killing the game at random moments loses no committed answer and no data") {
  TemporaryFolder folder;
  const auto database = folder.databaseFile();
  std::random_device entropy;
  const unsigned seed = entropy();
  INFO("random seed of the kill moments: " << seed);
  std::mt19937 random(seed);
  std::uniform_int_distribution<int> run_time(kShortestRunMilliseconds, kLongestRunMilliseconds);

  std::size_t committed_total = 0;
  for (int kill_number = 1; kill_number <= kKills; ++kill_number) {
    const int milliseconds = run_time(random);
    INFO("kill " << kill_number << " after " << milliseconds << " ms");
    const ChildRun run = runAndKill(database, milliseconds);
    CHECK(run.killed_by_us);
    CHECK((WIFSIGNALED(run.exit_status) && WTERMSIG(run.exit_status) == SIGKILL));
    committed_total += run.committed_ids.size();

    // Opened as the game would, but with setting aside turned off: a damaged
    // file must fail this test, not be quietly replaced.
    auto store = storage::ResultStore::open(database, storage::OpenOptions{true, false});
    REQUIRE_MESSAGE(store.ok(), (store.ok() ? "" : store.error().message));
    CHECK(store->notices().empty());
    auto integrity = store->checkIntegrity();
    REQUIRE(integrity.ok());
    CHECK(*integrity == "ok");

    const auto stored = storedAnswerIds(database);
    std::size_t missing = 0;
    for (const auto id : run.committed_ids) missing += stored.count(id) == 0 ? 1 : 0;
    CHECK(missing == 0);
  }
  MESSAGE("answers committed before the kills, all found: " << committed_total);
  CHECK(committed_total > 0);
}
