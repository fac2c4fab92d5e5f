// Player settings: defaults, round trips, range limits, atomic saving, and a
// corrupt file replaced by defaults with a reason and the old file kept.
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
  Settings settings{"fr", 175, true, true, false};
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
  REQUIRE(saveSettings(Settings{"fr", 250, false, false, true}, file).ok());
  REQUIRE(saveSettings(Settings{}, file).ok());
  CHECK(readAll(file).find("\"fr\"") == std::string::npos);
  CHECK(loadSettings(file).settings == Settings{});
}
