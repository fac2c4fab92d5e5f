// The pack library: packs from the shipped and the user's folders, a pack
// copied in later appears on the next rescan, unchanged packs are not
// reloaded, and a broken pack is listed with its problems.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/play/PackLibrary.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

using namespace esprit;
using namespace esprit::play;

namespace {

const std::filesystem::path kFixtures =
    std::filesystem::path(ESPRIT_SOURCE_ROOT) / "tests" / "ui" / "fixtures";

std::filesystem::path freshFolder(const std::string& name) {
  auto folder = std::filesystem::temp_directory_path() / ("esprit-library-" + name);
  std::filesystem::remove_all(folder);
  std::filesystem::create_directories(folder);
  return folder;
}

}  // namespace

TEST_CASE("a pack copied into the user's folder appears on the next rescan") {
  const auto root = freshFolder("copy");
  const auto taxonomy = Taxonomy::fromTechniques({});
  PackLibrary library(taxonomy, root / "shipped", root / "user" / "packs", {});
  CHECK(std::filesystem::is_directory(root / "user" / "packs"));  // created so it can be opened
  CHECK_FALSE(library.rescan());
  CHECK(library.entries().empty());

  std::filesystem::copy(kFixtures / "every-kind", root / "user" / "packs" / "every-kind",
                        std::filesystem::copy_options::recursive);
  CHECK(library.rescan());
  REQUIRE(library.entries().size() == 1);
  CHECK(library.entries()[0]->origin == PackOrigin::user);
  CHECK(library.entries()[0]->result.usable());
}

TEST_CASE("an unchanged pack is not loaded again, and an edited one is") {
  const auto root = freshFolder("reuse");
  std::filesystem::create_directories(root / "shipped");
  std::filesystem::copy(kFixtures / "every-kind", root / "shipped" / "every-kind",
                        std::filesystem::copy_options::recursive);
  const auto taxonomy = Taxonomy::fromTechniques({});
  PackLibrary library(taxonomy, root / "shipped", root / "user", {});
  library.rescan();
  const auto first = library.entries().at(0);
  CHECK_FALSE(library.rescan());
  CHECK(library.entries().at(0) == first);

  // An edit that changes the size of pack.json is seen.
  std::ofstream(root / "shipped" / "every-kind" / "pack.json", std::ios::app) << "\n\n";
  CHECK(library.rescan());
  CHECK(library.entries().at(0) != first);
}

TEST_CASE("a broken pack is listed with its problems beside the good ones") {
  const auto root = freshFolder("broken");
  std::filesystem::create_directories(root / "shipped");
  std::filesystem::copy(kFixtures / "broken-pack", root / "shipped" / "broken-pack",
                        std::filesystem::copy_options::recursive);
  std::filesystem::copy(kFixtures / "every-kind", root / "shipped" / "every-kind",
                        std::filesystem::copy_options::recursive);
  std::filesystem::create_directories(root / "shipped" / ".hidden");
  const auto taxonomy = Taxonomy::fromTechniques({});
  PackLibrary library(taxonomy, root / "shipped", root / "user", {});
  library.rescan();
  REQUIRE(library.entries().size() == 2);
  CHECK_FALSE(library.entries()[0]->result.usable());
  CHECK(hasErrors(library.entries()[0]->result.problems));
  CHECK(library.entries()[1]->result.usable());
}

TEST_CASE("a pack named on the command line comes first, even when it cannot be read") {
  const auto root = freshFolder("named");
  const auto taxonomy = Taxonomy::fromTechniques({});
  PackLibrary library(taxonomy, root / "shipped", root / "user", {root / "missing-pack"});
  library.rescan();
  REQUIRE(library.entries().size() == 1);
  CHECK(library.entries()[0]->origin == PackOrigin::command_line);
  CHECK_FALSE(library.entries()[0]->result.usable());
  CHECK(library.findByLocation(root / "missing-pack") != nullptr);
}
