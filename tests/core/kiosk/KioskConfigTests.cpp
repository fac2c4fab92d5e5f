// kiosk.json: every field read, each mistake located and replaced by its
// default without stopping the kiosk, and the most specific file found wins.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/kiosk/KioskConfig.hpp"
#include "core/kiosk/StaffPin.hpp"
#include "storage/StorageFixtures.hpp"

#include <doctest/doctest.h>

#include <fstream>

using namespace esprit;
using namespace esprit::kiosk;
using esprit::testing::TemporaryFolder;

namespace {

void writeText(const std::filesystem::path& file, const std::string& text) {
  std::filesystem::create_directories(file.parent_path());
  std::ofstream(file, std::ios::binary) << text;
}

const Problem* problemAt(const KioskConfigLoad& loaded, const std::string& pointer) {
  for (const auto& problem : loaded.problems) {
    if (problem.pointer == pointer) return &problem;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("no kiosk.json anywhere gives the defaults and no problem") {
  TemporaryFolder folder;
  setenv("XDG_CONFIG_HOME", folder.path().c_str(), 1);
  const auto loaded = loadKioskConfig(std::nullopt, folder.path() / "etc" / "kiosk.json");
  CHECK(loaded.problems.empty());
  CHECK_FALSE(loaded.file.has_value());
  CHECK(loaded.config.idle_seconds == 90);
  CHECK(loaded.config.round_length == 5);
  CHECK(loaded.config.staff_pin_hash.empty());
  CHECK_FALSE(loaded.config.show_cursor);
}

TEST_CASE("the example shipped in packaging/kiosk reads without a problem") {
  const auto loaded = readKioskConfig(std::filesystem::path(ESPRIT_SOURCE_ROOT) / "packaging" /
                                      "kiosk" / "kiosk.json");
  CHECK(loaded.problems.empty());
  CHECK(loaded.config.packs ==
        std::vector<std::string>{"esprit.spotting-manipulation", "esprit.checking-a-source"});
  CHECK(loaded.config.languages == std::vector<std::string>{"fr", "nl", "en"});
  CHECK(loaded.config.data_folder == "/var/lib/esprit-kiosk");
}

TEST_CASE("every setting is read from kiosk.json") {
  const auto hash = hashStaffPin("4321");
  REQUIRE(hash.ok());
  const std::string text = R"({
    "packs": ["a.pack"], "languages": ["nl", "fr"], "idle_timeout_seconds": 45,
    "round_length": 8, "text_size_percent": 150, "staff_pin_hash": ")" +
                           *hash + R"(", "show_cursor": true, "screen_width_mm": 527.5 })";
  const auto loaded = parseKioskConfig(text, "kiosk.json");
  CHECK(loaded.problems.empty());
  CHECK(loaded.config.packs == std::vector<std::string>{"a.pack"});
  CHECK(loaded.config.languages == std::vector<std::string>{"nl", "fr"});
  CHECK(loaded.config.idle_seconds == 45);
  CHECK(loaded.config.round_length == 8);
  CHECK(loaded.config.text_size_percent == 150);
  CHECK(loaded.config.staff_pin_hash == *hash);
  CHECK(loaded.config.show_cursor);
  REQUIRE(loaded.config.screen_width_mm.has_value());
  CHECK(*loaded.config.screen_width_mm == doctest::Approx(527.5));
}

TEST_CASE("a wrong value is reported at its line and column and only that field falls back") {
  const std::string text =
      "{\n"
      "  \"round_length\": 7,\n"
      "  \"idle_timeout_seconds\": \"ninety\",\n"
      "  \"text_size_percent\": 400\n"
      "}\n";
  const auto loaded = parseKioskConfig(text, "/etc/esprit/kiosk.json");
  CHECK(loaded.config.round_length == 7);
  CHECK(loaded.config.idle_seconds == 90);
  CHECK(loaded.config.text_size_percent == kDefaultKioskTextSizePercent);
  const Problem* idle = problemAt(loaded, "/idle_timeout_seconds");
  REQUIRE(idle != nullptr);
  CHECK(idle->line == 3);
  CHECK(idle->column == 27);
  CHECK(idle->message.find("from 15 to 3600") != std::string::npos);
  CHECK(idle->message.find("uses 90") != std::string::npos);
  CHECK(formatProblem(*idle).starts_with("/etc/esprit/kiosk.json:3:27: error:"));
  const Problem* text_size = problemAt(loaded, "/text_size_percent");
  REQUIRE(text_size != nullptr);
  CHECK(text_size->line == 4);
}

TEST_CASE("text that is not JSON is located and the kiosk runs on its defaults") {
  const auto loaded =
      parseKioskConfig("{\n  \"round_length\": 3,\n  \"packs\": [\"a\" \"b\"]\n}", "kiosk.json");
  REQUIRE(loaded.problems.size() == 1);
  CHECK(loaded.problems[0].line == 3);
  CHECK(loaded.problems[0].message.find("defaults") != std::string::npos);
  CHECK(loaded.config.round_length == kDefaultKioskRoundLength);
  CHECK(parseKioskConfig("[1, 2]", "kiosk.json").problems.size() == 1);
}

TEST_CASE("an unknown setting is a warning that lists the known ones") {
  const auto loaded = parseKioskConfig(R"({"idle": 30})", "kiosk.json");
  REQUIRE(loaded.problems.size() == 1);
  CHECK(loaded.problems[0].severity == Severity::warning);
  CHECK(loaded.problems[0].message.find("idle_timeout_seconds") != std::string::npos);
}

TEST_CASE("a PIN in clear in kiosk.json is refused and the staff menu stays shut") {
  const auto loaded = parseKioskConfig(R"({"staff_pin_hash": "1234"})", "kiosk.json");
  CHECK(loaded.config.staff_pin_hash.empty());
  const Problem* pin = problemAt(loaded, "/staff_pin_hash");
  REQUIRE(pin != nullptr);
  CHECK(pin->message.find("esprit kiosk-pin") != std::string::npos);
}

TEST_CASE("bad lists, cursor, folders and screen widths each fall back with a reason") {
  const auto loaded = parseKioskConfig(
      R"({"packs": "esprit.spotting-manipulation", "languages": ["fr", "français!"],
          "show_cursor": "yes", "data_folder": "relative/folder", "screen_width_mm": 3,
          "round_length": 0})",
      "kiosk.json");
  CHECK(loaded.config.packs.empty());
  CHECK(loaded.config.languages.empty());
  CHECK_FALSE(loaded.config.show_cursor);
  CHECK(loaded.config.data_folder.empty());
  CHECK_FALSE(loaded.config.screen_width_mm.has_value());
  CHECK(loaded.config.round_length == kDefaultKioskRoundLength);
  for (const char* pointer : {"/packs", "/languages/1", "/show_cursor", "/data_folder",
                              "/screen_width_mm", "/round_length"}) {
    CHECK_MESSAGE(problemAt(loaded, pointer) != nullptr, pointer);
  }
}

TEST_CASE("--kiosk-config wins over the user's file, which wins over the system's") {
  TemporaryFolder folder;
  setenv("XDG_CONFIG_HOME", (folder.path() / "config").c_str(), 1);
  const auto system = folder.path() / "etc" / "kiosk.json";
  writeText(system, R"({"round_length": 3})");
  CHECK(loadKioskConfig(std::nullopt, system).config.round_length == 3);
  writeText(folder.path() / "config" / "esprit" / "kiosk.json", R"({"round_length": 4})");
  CHECK(loadKioskConfig(std::nullopt, system).config.round_length == 4);
  writeText(folder.path() / "given.json", R"({"round_length": 6})");
  const auto given = loadKioskConfig(folder.path() / "given.json", system);
  CHECK(given.config.round_length == 6);
  CHECK(given.file == folder.path() / "given.json");
}

TEST_CASE("a --kiosk-config file that is missing is a problem, and the defaults run") {
  TemporaryFolder folder;
  const auto loaded = loadKioskConfig(folder.path() / "nowhere.json");
  REQUIRE(loaded.problems.size() == 1);
  CHECK(loaded.problems[0].file == (folder.path() / "nowhere.json").string());
  CHECK(loaded.problems[0].message.find("cannot be read") != std::string::npos);
  CHECK(loaded.config.idle_seconds == kDefaultIdleSeconds);
}
