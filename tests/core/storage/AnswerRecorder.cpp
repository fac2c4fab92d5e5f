// Helper for the kill test: records answers into a results file in an endless
// scripted game, and after each commit prints the answer's id on its own line
// (unbuffered), so the test knows exactly which answers were committed when
// it kills this process.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StorageFixtures.hpp"

#include <unistd.h>

#include <cstdio>
#include <string>

int main(int argc, char** argv) {
  using namespace esprit;
  if (argc != 2) {
    std::fprintf(stderr, "usage: %s RESULTS_FILE\n", argv[0]);
    return 2;
  }
  auto store = storage::ResultStore::open(argv[1]);
  if (!store.ok()) {
    std::fprintf(stderr, "%s\n", store.error().message.c_str());
    return 1;
  }
  const Pack pack = testing::fixturePack();
  auto player = store->createPlayer("runner " + std::to_string(getpid()));
  if (!player.ok()) {
    std::fprintf(stderr, "%s\n", player.error().message.c_str());
    return 1;
  }
  for (std::uint64_t round = 1;; ++round) {
    const storage::SessionId session = testing::startSession(*store, player->id, pack, {}, round);
    if (session == 0) return 1;
    for (std::size_t position = 0; position < pack.questions.size(); ++position) {
      const Question& question = pack.questions[position];
      const bool right = (round + position) % 3 != 0;
      auto recorded = store->recordAnswer(session, static_cast<int>(position), question,
                                          testing::answerFor(question, right),
                                          testing::evaluationFor(question, right));
      if (!recorded.ok()) {
        std::fprintf(stderr, "%s\n", recorded.error().message.c_str());
        return 3;
      }
      // One write of a short line: a pipe delivers it whole or not at all.
      const std::string line = std::to_string(*recorded) + "\n";
      if (write(STDOUT_FILENO, line.data(), line.size()) != static_cast<ssize_t>(line.size()))
        return 4;
    }
    if (!store->finishSession(session).ok()) return 3;
  }
}
