// The player's settings (language, text size, fullscreen, reduced motion,
// confidence, and the accessibility choices: contrast, font, read-aloud,
// simple words, keys) and their file, settings.json in the XDG config
// folder. Saving is atomic, and a corrupt file gives defaults plus a reason.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/LanguageTag.hpp"  // languageFromLocale, for the game's first start
#include "core/KeyBindings.hpp"
#include "core/Result.hpp"

#include <filesystem>
#include <optional>
#include <string>

namespace esprit {

inline constexpr int kMinimumTextSizePercent = 100;
inline constexpr int kMaximumTextSizePercent = 250;

// The text font: the default, a wide and very legible one (Andika), or
// OpenDyslexic; the last two come with more space between lines.
enum class FontChoice { standard, legible, opendyslexic };

// "standard", "legible", "opendyslexic": the values in settings.json.
std::string_view fontChoiceName(FontChoice choice);
std::optional<FontChoice> fontChoiceFromName(std::string_view name);

struct Settings {
  std::string language = "en";
  int text_size_percent = kMinimumTextSizePercent;
  bool fullscreen = false;
  bool reduced_motion = false;
  bool confidence = true;  // show the "how sure are you?" slider when a question asks
  bool high_contrast = false;
  FontChoice font = FontChoice::standard;
  bool read_aloud = true;     // the speaker button and its key on every screen with text
  bool auto_read = false;     // read each new question aloud by itself
  bool simple_words = false;  // results in plain words only, without d′ and c
  KeyBindings keys;

  bool operator==(const Settings&) const = default;
};

enum class SettingsFileState {
  loaded,    // read as written (out-of-range values are brought back into range)
  missing,   // no file yet: defaults, nothing to report
  replaced,  // unreadable or corrupt: defaults, the old file kept beside as .corrupt
};

struct SettingsLoadResult {
  Settings settings;
  SettingsFileState state = SettingsFileState::missing;
  std::string detail;  // what was wrong with a replaced file, for the log and the player
};

// settings.json inside esprit::userConfigDirectory().
std::filesystem::path settingsFile();

// Reads settings; `defaults` fills every field the file does not set. A
// corrupt file is moved to settings.json.corrupt and defaults are written in
// its place, so the player is told once and not on every start.
SettingsLoadResult loadSettings(const std::filesystem::path& file, const Settings& defaults = {});

// Writes safely (core/AtomicFile.hpp), creating the folder if needed.
Status saveSettings(const Settings& settings, const std::filesystem::path& file);

// Keeps values in their allowed ranges (text size 100 to 250 %), and puts
// keys back to their defaults when two actions clash.
Settings clampSettings(Settings settings);

}  // namespace esprit
