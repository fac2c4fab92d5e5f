// Safe names for copied pictures, and the copy into the pack's media folder.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/editing/MediaImport.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

using namespace esprit::editing;
namespace fs = std::filesystem;

namespace {
fs::path freshFolder(const std::string& name) {
  const fs::path folder = fs::temp_directory_path() / ("esprit-editing-" + name);
  fs::remove_all(folder);
  fs::create_directories(folder);
  return folder;
}
void writeFile(const fs::path& file, const std::string& text) {
  std::ofstream(file, std::ios::binary) << text;
}
}  // namespace

TEST_CASE("a media name keeps only safe characters and a lower-case extension") {
  CHECK(safeMediaName("Photo Été 2.JPG", {}) == "photo-ete-2.jpg");
  CHECK(safeMediaName("../../etc/passwd.png", {}) == "passwd.png");
  CHECK(safeMediaName("???.png", {}) == "picture.png");
}

TEST_CASE("a media name already taken gets a number") {
  CHECK(safeMediaName("flood.png", {"flood.png"}) == "flood-2.png");
  CHECK(safeMediaName("flood.png", {"flood.png", "flood-2.png"}) == "flood-3.png");
}

TEST_CASE("a pasted path loses its quotes and file:// prefix") {
  CHECK(cleanPastedPath("  '/home/me/a b.png' ") == "/home/me/a b.png");
  CHECK(cleanPastedPath("file:///home/me/a%20b.png") == "/home/me/a b.png");
}

TEST_CASE("a picture is copied into media/ and its media path returned") {
  const auto outside = freshFolder("source");
  const auto pack = freshFolder("pack");
  writeFile(outside / "Shark Fin.PNG", "not really a png");
  const auto first = copyMediaIntoPack(outside / "Shark Fin.PNG", pack);
  REQUIRE(std::holds_alternative<std::string>(first));
  CHECK(std::get<std::string>(first) == "media/shark-fin.png");
  CHECK(fs::exists(pack / "media" / "shark-fin.png"));
  const auto second = copyMediaIntoPack(outside / "Shark Fin.PNG", pack);
  CHECK(std::get<std::string>(second) == "media/shark-fin-2.png");
}

TEST_CASE("a picture already in the pack is not copied again") {
  const auto pack = freshFolder("inside");
  fs::create_directories(pack / "media");
  writeFile(pack / "media" / "a.png", "x");
  const auto result = copyMediaIntoPack(pack / "media" / "a.png", pack);
  CHECK(std::get<std::string>(result) == "media/a.png");
}

TEST_CASE("files that are not pictures, or missing, are refused with a reason") {
  const auto folder = freshFolder("refused");
  writeFile(folder / "notes.txt", "x");
  CHECK(std::holds_alternative<MediaCopyError>(copyMediaIntoPack(folder / "notes.txt", folder)));
  CHECK(std::holds_alternative<MediaCopyError>(copyMediaIntoPack(folder / "gone.png", folder)));
  CHECK(std::holds_alternative<MediaCopyError>(copyMediaIntoPack("", folder)));
}
