// UI translation tables: fallback to English, missing keys shown and logged
// once, placeholders, plural rules, and the shipped English and French tables.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Translations.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

using namespace esprit;

namespace {

using Table = std::map<std::string, std::string, std::less<>>;

std::filesystem::path freshFolder(const std::string& name) {
  auto folder = std::filesystem::temp_directory_path() / ("esprit-translations-" + name);
  std::filesystem::remove_all(folder);
  std::filesystem::create_directories(folder);
  return folder;
}

void write(const std::filesystem::path& file, const std::string& text) {
  std::ofstream(file, std::ios::binary) << text;
}

}  // namespace

TEST_CASE("a key missing in the chosen language falls back to English") {
  auto translations =
      Translations::fromTables("fr", {{"play", "Jouer"}}, {{"play", "Play"}, {"quit", "Quit"}});
  CHECK(translations.text("play") == "Jouer");
  CHECK(translations.text("quit") == "Quit");
  CHECK(translations.missingKeys() == std::vector<std::string>{"quit"});
}

TEST_CASE("a key missing everywhere shows the key itself and is logged only once") {
  std::vector<std::string> log;
  auto translations = Translations::fromTables(
      "en", {}, {}, [&log](const std::string& line) { log.push_back(line); });
  CHECK(translations.text("results.unknown") == "results.unknown");
  CHECK(translations.text("results.unknown") == "results.unknown");
  REQUIRE(log.size() == 1);
  CHECK(log.front().find("results.unknown") != std::string::npos);
}

TEST_CASE("placeholders are filled by name and unknown ones are left as written") {
  CHECK(fillPlaceholders("Question {number} of {total}", {{"number", "3"}, {"total", "10"}}) ==
        "Question 3 of 10");
  CHECK(fillPlaceholders("{missing} stays", {}) == "{missing} stays");
  CHECK(fillPlaceholders("an unclosed { brace", {}) == "an unclosed { brace");
}

TEST_CASE("plural forms follow each language's rule: French treats 0 and 1 as singular") {
  const Table english{{"points.one", "{count} point"}, {"points.other", "{count} points"}};
  const Table french{{"points.one", "{count} point"}, {"points.other", "{count} points"}};
  auto en = Translations::fromTables("en", {}, english);
  auto fr = Translations::fromTables("fr", french, english);
  CHECK(en.plural("points", 0) == "0 points");
  CHECK(en.plural("points", 1) == "1 point");
  CHECK(fr.plural("points", 0) == "0 point");
  CHECK(fr.plural("points", 1) == "1 point");
  CHECK(fr.plural("points", 2) == "2 points");
}

TEST_CASE(
    "loading reads nested groups as dotted keys and a regional language falls back to its base") {
  const auto folder = freshFolder("nested");
  write(folder / "en.json", R"({"play": {"check": "Check my answer", "stop": "Stop"}})");
  write(folder / "fr.json", R"({"play": {"check": "Vérifier ma réponse"}})");
  std::vector<std::string> log;
  auto translations =
      Translations::load(folder, "fr-BE", [&log](const std::string& line) { log.push_back(line); });
  CHECK(translations.language() == "fr");
  CHECK(translations.text("play.check") == "Vérifier ma réponse");
  CHECK(translations.text("play.stop") == "Stop");
  CHECK(log.empty());
}

TEST_CASE("a broken or absent translation file is logged and English is used instead") {
  const auto folder = freshFolder("broken");
  write(folder / "en.json", R"({"title": "Esprit"})");
  write(folder / "de.json", "{ not json");
  std::vector<std::string> log;
  auto german =
      Translations::load(folder, "de", [&log](const std::string& line) { log.push_back(line); });
  CHECK(german.language() == "en");
  CHECK(german.text("title") == "Esprit");
  CHECK_FALSE(log.empty());
  auto dutch = Translations::load(folder, "nl", [](const std::string&) {});
  CHECK(dutch.language() == "en");
  CHECK(Translations::availableLanguages(folder) == std::vector<std::string>{"de", "en"});
}

TEST_CASE("the shipped French table has every key of the English one") {
  const auto folder = std::filesystem::path(ESPRIT_SOURCE_ROOT) / "assets" / "i18n";
  auto french = Translations::load(folder, "fr");
  CHECK(french.language() == "fr");
  CHECK(french.missingKeys().empty());
  for (const auto& key : french.missingKeys()) MESSAGE("missing in fr.json: " << key);
  CHECK(french.text("language.name") == "Français");
}
