// Reading and atomically writing settings.json.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Settings.hpp"

#include "AssetPaths.hpp"
#include "AtomicFile.hpp"
#include "EnumNames.hpp"
#include "LanguageTag.hpp"
#include "WholeFile.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <system_error>
#include <vector>

namespace esprit {
namespace {

// Settings files are tiny; anything bigger is not ours.
constexpr std::uintmax_t kMaximumSettingsBytes = 64 * 1024;

constexpr EnumName<FontChoice> kFontChoiceNames[] = {
    {FontChoice::standard, "standard"},
    {FontChoice::legible, "legible"},
    {FontChoice::opendyslexic, "opendyslexic"},
};
static_assert(inEnumOrder(kFontChoiceNames), "one name per font choice, in order");

nlohmann::json toJson(const Settings& settings) {
  nlohmann::json keys = nlohmann::json::object();
  for (const KeyAction action : allKeyActions())
    keys[std::string(keyActionName(action))] = settings.keys.key(action);
  return {{"language", settings.language},
          {"text_size_percent", settings.text_size_percent},
          {"fullscreen", settings.fullscreen},
          {"reduced_motion", settings.reduced_motion},
          {"confidence", settings.confidence},
          {"high_contrast", settings.high_contrast},
          {"font", std::string(fontChoiceName(settings.font))},
          {"read_aloud", settings.read_aloud},
          {"auto_read", settings.auto_read},
          {"simple_words", settings.simple_words},
          {"keys", keys}};
}

// Reads "keys": {"check": "Enter", ...}; a key Esprit does not know, or one
// kept for moving the focus, is named in `note` with what was written.
std::vector<std::string> readKeys(const nlohmann::json& keys, KeyBindings& bindings) {
  std::vector<std::string> wrong;
  auto note = [&wrong](std::string field) { wrong.push_back(std::move(field)); };
  if (!keys.is_object()) {
    note("keys");
    return wrong;
  }
  for (const auto& [name, value] : keys.items()) {
    const auto action = keyActionFromName(name);
    if (!action) continue;  // an action from a newer Esprit: ignored, kept on the next save
    const auto canonical =
        value.is_string() ? canonicalKeyName(value.get<std::string>()) : std::nullopt;
    if (!canonical || reservedKey(*canonical)) {
      note("keys." + name + (value.is_string() ? " ('" + value.get<std::string>() + "')" : ""));
      continue;
    }
    bindings.set(*action, *canonical);
  }
  return wrong;
}

// Reads the fields that are present and of the right type; returns what was
// wrong with the others so a half-broken file is still reported.
std::string readFields(const nlohmann::json& document, Settings& settings) {
  std::string wrong;
  auto note = [&wrong](const char* field) {
    if (!wrong.empty()) wrong += ", ";
    wrong += field;
  };
  if (auto field = document.find("language"); field != document.end()) {
    if (field->is_string())
      settings.language = field->get<std::string>();
    else
      note("language");
  }
  if (auto field = document.find("text_size_percent"); field != document.end()) {
    if (field->is_number())
      settings.text_size_percent = static_cast<int>(field->get<double>());
    else
      note("text_size_percent");
  }
  auto readFlag = [&](const char* name, bool& value) {
    if (auto field = document.find(name); field != document.end()) {
      if (field->is_boolean())
        value = field->get<bool>();
      else
        note(name);
    }
  };
  readFlag("fullscreen", settings.fullscreen);
  readFlag("reduced_motion", settings.reduced_motion);
  readFlag("confidence", settings.confidence);
  readFlag("high_contrast", settings.high_contrast);
  readFlag("read_aloud", settings.read_aloud);
  readFlag("auto_read", settings.auto_read);
  readFlag("simple_words", settings.simple_words);
  if (auto field = document.find("font"); field != document.end()) {
    const auto choice =
        field->is_string() ? fontChoiceFromName(field->get<std::string>()) : std::nullopt;
    if (choice)
      settings.font = *choice;
    else
      note("font (standard, legible or opendyslexic)");
  }
  if (auto field = document.find("keys"); field != document.end()) {
    for (const auto& each : readKeys(*field, settings.keys)) note(each.c_str());
  }
  return wrong;
}

}  // namespace

std::string_view fontChoiceName(FontChoice choice) { return nameIn(kFontChoiceNames, choice); }

std::optional<FontChoice> fontChoiceFromName(std::string_view name) {
  return parseName<FontChoice>(kFontChoiceNames, name);
}

std::filesystem::path settingsFile() { return userConfigDirectory() / "settings.json"; }

Settings clampSettings(Settings settings) {
  settings.text_size_percent =
      std::clamp(settings.text_size_percent, kMinimumTextSizePercent, kMaximumTextSizePercent);
  if (!isLanguageTag(settings.language)) settings.language = "en";
  // Two actions on one key would make one of them unreachable.
  if (hasClashes(settings.keys)) settings.keys = KeyBindings{};
  return settings;
}

SettingsLoadResult loadSettings(const std::filesystem::path& file, const Settings& defaults) {
  SettingsLoadResult result;
  result.settings = defaults;
  std::error_code error;
  if (!std::filesystem::exists(file, error)) return result;

  std::string problem;
  const auto size = std::filesystem::file_size(file, error);
  if (error) {
    problem = "cannot read its size (" + error.message() + ")";
  } else if (size > kMaximumSettingsBytes) {
    problem = "it is far too big to be a settings file";
  } else {
    const auto text = readWholeFile(file);
    if (!text) {
      problem = "it cannot be read";
    } else {
      auto document = nlohmann::json::parse(*text, nullptr, false);
      if (document.is_discarded()) {
        problem = "it is not valid JSON";
      } else if (!document.is_object()) {
        problem = "it is not a JSON object";
      } else {
        Settings read = defaults;
        const auto wrong = readFields(document, read);
        if (wrong.empty()) {
          result.settings = clampSettings(read);
          result.state = SettingsFileState::loaded;
          return result;
        }
        problem = "these fields have the wrong type or value: " + wrong;
      }
    }
  }

  result.state = SettingsFileState::replaced;
  result.detail = file.string() + ": " + problem;
  auto kept = file;
  kept += ".corrupt";
  std::filesystem::rename(file, kept, error);
  (void)saveSettings(result.settings, file);  // failing here is told on the next save
  return result;
}

Status saveSettings(const Settings& settings, const std::filesystem::path& file) {
  return writeFileAtomicallyCreatingFolder(file, toJson(clampSettings(settings)).dump(2) + "\n");
}

}  // namespace esprit
