// Player settings: defaults, round trips, range limits, atomic saving, and a
// corrupt file replaced by defaults with a reason and the old file kept.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Settings.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

using namespace esprit;

namespace {

std::filesystem::path freshFolder(const std::string& name) {
  auto folder = std::filesystem::temp_directory_path() / ("esprit-settings-" + name);
  std::filesystem::remove_all(folder);
  std::filesystem::create_directories(folder);
  return folder;
}

std::string readAll(const std::filesystem::path& file) {
  std::ifstream stream(file, std::ios::binary);
  std::stringstream text;
  text << stream.rdbuf();
  return text.str();
}

}  // namespace

TEST_CASE("a missing settings file gives the defaults and nothing to report") {
  const auto file = freshFolder("missing") / "settings.json";
  Settings defaults;
  defaults.language = "fr";
  auto result = loadSettings(file, defaults);
  CHECK(result.state == SettingsFileState::missing);
  CHECK(result.settings == defaults);
  CHECK(result.detail.empty());
}

TEST_CASE("saved settings load back exactly, in a folder created on the way") {
  const auto file = freshFolder("round-trip") / "deeper" / "settings.json";
  Settings settings;
  settings.language = "fr";
  settings.text_size_percent = 175;
  settings.fullscreen = true;
  settings.reduced_motion = true;
  settings.confidence = false;
  REQUIRE(saveSettings(settings, file).ok());
  auto result = loadSettings(file);
  CHECK(result.state == SettingsFileState::loaded);
  CHECK(result.settings == settings);
  // No temporary file is left behind.
  std::size_t files = 0;
  for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(file.parent_path()))
    ++files;
  CHECK(files == 1);
}

TEST_CASE("a text size outside 100 to 250 % is brought back into range") {
  const auto file = freshFolder("range") / "settings.json";
  std::ofstream(file) << R"({"text_size_percent": 900, "language": "en"})";
  CHECK(loadSettings(file).settings.text_size_percent == kMaximumTextSizePercent);
  std::ofstream(file) << R"({"text_size_percent": 10})";
  CHECK(loadSettings(file).settings.text_size_percent == kMinimumTextSizePercent);
}

TEST_CASE("fields the file does not set keep their defaults") {
  const auto file = freshFolder("partial") / "settings.json";
  std::ofstream(file) << R"({"reduced_motion": true})";
  auto result = loadSettings(file);
  CHECK(result.state == SettingsFileState::loaded);
  CHECK(result.settings.reduced_motion);
  CHECK(result.settings.confidence);
  CHECK(result.settings.text_size_percent == kMinimumTextSizePercent);
}

TEST_CASE("a corrupt settings file is replaced by defaults, with a reason, and kept aside") {
  const auto folder = freshFolder("corrupt");
  const auto file = folder / "settings.json";
  std::ofstream(file) << "{ \"language\": \"fr\", ";  // cut off mid-write
  auto result = loadSettings(file);
  CHECK(result.state == SettingsFileState::replaced);
  CHECK(result.settings == Settings{});
  CHECK(result.detail.find("not valid JSON") != std::string::npos);
  CHECK(std::filesystem::exists(folder / "settings.json.corrupt"));
  // The replacement is a good file: the next start reports nothing.
  CHECK(loadSettings(file).state == SettingsFileState::loaded);
}

TEST_CASE("a field of the wrong type makes the file corrupt and names the field") {
  const auto file = freshFolder("wrong-type") / "settings.json";
  std::ofstream(file) << R"({"fullscreen": "yes please"})";
  auto result = loadSettings(file);
  CHECK(result.state == SettingsFileState::replaced);
  CHECK(result.detail.find("fullscreen") != std::string::npos);
}

TEST_CASE("the language of a new player comes from the locale variables") {
  CHECK(languageFromLocale("fr_BE.UTF-8") == "fr");
  CHECK(languageFromLocale("nl_BE") == "nl");
  CHECK(languageFromLocale("nl_BE.UTF-8") == "nl");
  CHECK(languageFromLocale("de_BE.UTF-8") == "de");
  CHECK(languageFromLocale("de_DE@euro") == "de");
  CHECK(languageFromLocale("C.UTF-8").empty());
  CHECK(languageFromLocale("POSIX").empty());
  CHECK(languageFromLocale(nullptr).empty());
}

TEST_CASE("saving overwrites the previous file as a whole") {
  const auto file = freshFolder("overwrite") / "settings.json";
  Settings french;
  french.language = "fr";
  french.text_size_percent = 250;
  REQUIRE(saveSettings(french, file).ok());
  REQUIRE(saveSettings(Settings{}, file).ok());
  CHECK(readAll(file).find("\"fr\"") == std::string::npos);
  CHECK(loadSettings(file).settings == Settings{});
}

TEST_CASE("the accessibility choices are saved and load back") {
  const auto file = freshFolder("accessibility") / "settings.json";
  Settings settings;
  settings.high_contrast = true;
  settings.font = FontChoice::opendyslexic;
  settings.read_aloud = false;
  settings.auto_read = true;
  settings.simple_words = true;
  settings.keys.set(KeyAction::check, "C");
  settings.keys.set(KeyAction::answer_1, "A");
  REQUIRE(saveSettings(settings, file).ok());
  const auto text = readAll(file);
  CHECK(text.find("\"font\": \"opendyslexic\"") != std::string::npos);
  CHECK(text.find("\"check\": \"C\"") != std::string::npos);
  auto result = loadSettings(file);
  CHECK(result.state == SettingsFileState::loaded);
  CHECK(result.settings == settings);
}

TEST_CASE("key names in settings.json are read in any case and kept in their usual spelling") {
  const auto file = freshFolder("key-case") / "settings.json";
  std::ofstream(file)
      << R"({"keys": {"check": "space", "read_aloud": "f5", "future_action": "Q"}})";
  auto result = loadSettings(file);
  CHECK(result.state == SettingsFileState::loaded);
  CHECK(result.settings.keys.key(KeyAction::check) == "Space");
  CHECK(result.settings.keys.key(KeyAction::read_aloud) == "F5");
  CHECK(result.settings.keys.key(KeyAction::back) == "Escape");
}

TEST_CASE("an unknown key name or a font Esprit does not offer names the field and its value") {
  const auto file = freshFolder("bad-key") / "settings.json";
  std::ofstream(file) << R"({"keys": {"check": "Hyperspace"}, "font": "Comic"})";
  auto result = loadSettings(file);
  CHECK(result.state == SettingsFileState::replaced);
  CHECK(result.detail.find("keys.check ('Hyperspace')") != std::string::npos);
  CHECK(result.detail.find("font") != std::string::npos);
}

TEST_CASE("a key kept for moving the focus cannot be given to an action") {
  const auto file = freshFolder("reserved-key") / "settings.json";
  std::ofstream(file) << R"({"keys": {"next": "Tab"}})";
  auto result = loadSettings(file);
  CHECK(result.state == SettingsFileState::replaced);
  CHECK(result.detail.find("keys.next") != std::string::npos);
}

TEST_CASE("two actions on one key put every key back to its default") {
  const auto file = freshFolder("clash") / "settings.json";
  std::ofstream(file) << R"({"keys": {"answer_1": "R"}})";
  auto result = loadSettings(file);
  CHECK(result.settings.keys == KeyBindings{});
}
