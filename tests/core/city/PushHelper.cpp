// A push that stops for good in the middle: it sends batches of answers and,
// once the second batch is inserted but not yet committed, writes a marker
// file and waits to be killed. Used by CityPushTests.
// Usage: esprit_city_push_helper DATABASE CONNINFO BATCH_SIZE MARKER
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/city/CityPush.hpp"

#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <string>

int main(int argc, char** argv) {
  if (argc != 5) {
    std::fprintf(stderr, "usage: %s DATABASE CONNINFO BATCH_SIZE MARKER\n", argv[0]);
    return 2;
  }
  auto store = esprit::storage::ResultStore::open(argv[1]);
  if (!store) {
    std::fprintf(stderr, "%s\n", store.error().message.c_str());
    return 1;
  }
  const std::string marker = argv[4];
  esprit::city::PushOptions options;
  options.conninfo = argv[2];
  options.batch_size = static_cast<std::size_t>(std::stoul(argv[3]));
  options.before_commit = [&marker](int batch) {
    if (batch < 2) return;
    std::ofstream(marker) << batch << "\n";
    while (true) pause();  // until SIGKILL
  };
  auto pushed = esprit::city::pushToPostgresql(*store, options);
  std::fprintf(stderr, "the push ended without being killed: %s\n",
               pushed ? "it finished" : pushed.error().message.c_str());
  return 1;
}
