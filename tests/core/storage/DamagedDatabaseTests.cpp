// A damaged or unreadable results file is moved aside with a clear message,
// and the game goes on with a new one.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StorageFixtures.hpp"

#include <doctest/doctest.h>

#include <fstream>

using namespace esprit;
using namespace esprit::storage;
using esprit::testing::TemporaryFolder;

namespace {

void writeFile(const std::filesystem::path& file, const std::string& content) {
  std::ofstream out(file, std::ios::binary | std::ios::trunc);
  out << content;
}

std::vector<std::filesystem::path> setAsideFiles(const std::filesystem::path& folder) {
  std::vector<std::filesystem::path> found;
  for (const auto& entry : std::filesystem::directory_iterator(folder)) {
    const std::string name = entry.path().filename().string();
    if (name.find(".damaged-") != std::string::npos && !name.ends_with("-wal"))
      found.push_back(entry.path());
  }
  return found;
}

void checkFreshStoreWorks(ResultStore& store) {
  const Pack pack = testing::fixturePack();
  auto player = store.createPlayer("After");
  REQUIRE(player.ok());
  const SessionId session = testing::startSession(store, player->id, pack);
  REQUIRE(session != 0);
  REQUIRE(store
              .recordAnswer(session, 0, pack.questions[0],
                            testing::answerFor(pack.questions[0], true), testing::evaluation(true))
              .ok());
  CHECK(*store.checkIntegrity() == "ok");
}

}  // namespace

TEST_CASE("a file of garbage is moved aside with a notice and a fresh database works") {
  TemporaryFolder folder;
  std::string garbage;
  for (int line = 0; line < 200; ++line)
    garbage += "this is not a database, line " + std::to_string(line) + "\n";
  writeFile(folder.databaseFile(), garbage);

  auto store = ResultStore::open(folder.databaseFile());
  REQUIRE_MESSAGE(store.ok(), (store.ok() ? "" : store.error().message));
  REQUIRE(store->notices().size() == 1);
  const std::string& notice = store->notices().front();
  CHECK(notice.find("damaged") != std::string::npos);
  CHECK(notice.find("moved aside") != std::string::npos);

  const auto aside = setAsideFiles(folder.path());
  REQUIRE(aside.size() == 1);
  CHECK(notice.find(aside.front().string()) != std::string::npos);
  std::ifstream kept(aside.front(), std::ios::binary);
  std::string kept_text((std::istreambuf_iterator<char>(kept)), std::istreambuf_iterator<char>());
  CHECK(kept_text == garbage);  // the old file is kept as it was, for repair
  checkFreshStoreWorks(*store);
}

TEST_CASE("a database whose pages were overwritten is found damaged and replaced") {
  TemporaryFolder folder;
  {
    auto store = ResultStore::open(folder.databaseFile());
    REQUIRE(store.ok());
    checkFreshStoreWorks(*store);
  }
  // Keep the 100-byte header valid, scribble over the rest of every page.
  std::fstream file(folder.databaseFile(), std::ios::binary | std::ios::in | std::ios::out);
  file.seekg(0, std::ios::end);
  const auto size = static_cast<std::size_t>(file.tellg());
  REQUIRE(size > 4096);
  file.seekp(100);
  const std::string scribble(size - 100, '\x5A');
  file.write(scribble.data(), static_cast<std::streamsize>(scribble.size()));
  file.close();

  auto store = ResultStore::open(folder.databaseFile());
  REQUIRE_MESSAGE(store.ok(), (store.ok() ? "" : store.error().message));
  CHECK(store->notices().size() == 1);
  CHECK(setAsideFiles(folder.path()).size() == 1);
  checkFreshStoreWorks(*store);
}

TEST_CASE("a report does not move a damaged file: it fails with the reason") {
  TemporaryFolder folder;
  writeFile(folder.databaseFile(), std::string(8192, '\x01'));
  auto store = ResultStore::open(folder.databaseFile(), OpenOptions{false, false});
  REQUIRE_FALSE(store.ok());
  CHECK(store.error().kind == ErrorKind::damaged);
  CHECK(store.error().message.find(folder.databaseFile().string()) != std::string::npos);
  CHECK(setAsideFiles(folder.path()).empty());
}

TEST_CASE("a results path that is a folder, not a file, is moved aside too") {
  TemporaryFolder folder;
  std::filesystem::create_directory(folder.databaseFile());
  auto store = ResultStore::open(folder.databaseFile());
  REQUIRE_MESSAGE(store.ok(), (store.ok() ? "" : store.error().message));
  CHECK(store->notices().size() == 1);
  checkFreshStoreWorks(*store);
}
