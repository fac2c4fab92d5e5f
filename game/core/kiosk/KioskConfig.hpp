// A library kiosk's choices, read from kiosk.json: which packs and languages
// are offered, the idle timeout, the round length, the text size, the staff
// PIN (a salted hash, never the PIN), the cursor and where usage figures go.
// docs/kiosk.md documents every field with an example. A file with mistakes
// never stops the kiosk: each wrong field falls back to its default, and the
// problems come back located (file:line:column) for the staff to mend.
//
//   auto loaded = loadKioskConfig(options.kiosk_config);   // --kiosk-config, if given
//   for (const auto& problem : loaded.problems) show formatProblem(problem);
//   play with loaded.config
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Problem.hpp"

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace esprit::kiosk {

inline constexpr int kDefaultIdleSeconds = 90;
// A visitor reading a long explanation needs more than a few seconds; an
// hour is already a kiosk nobody watches.
inline constexpr int kMinimumIdleSeconds = 15;
inline constexpr int kMaximumIdleSeconds = 3600;
// `--kiosk-idle` may go lower, so a test or a trial run need not wait.
inline constexpr int kMinimumIdleSecondsOnCommandLine = 1;
inline constexpr std::size_t kDefaultKioskRoundLength = 5;
inline constexpr std::size_t kMaximumKioskRoundLength = 20;
inline constexpr int kDefaultKioskTextSizePercent = 125;
// How long "Are you still there?" waits before the round is given up.
inline constexpr int kStillThereSeconds = 15;

struct KioskConfig {
  // Pack ids ("esprit.spotting-manipulation"); each is offered in every
  // language it exists in. Empty: every playable pack but assessment packs.
  std::vector<std::string> packs;
  // UI languages offered on the attract screen ("fr", "nl", "en"), the
  // first one shown after each visitor. Empty: every language Esprit has.
  std::vector<std::string> languages;
  int idle_seconds = kDefaultIdleSeconds;
  std::size_t round_length = kDefaultKioskRoundLength;
  int text_size_percent = kDefaultKioskTextSizePercent;
  // A crypt(3) hash made by `esprit kiosk-pin`. Empty: the staff menu stays shut.
  std::string staff_pin_hash;
  bool show_cursor = false;
  // Where kiosk-usage.sqlite is kept. Empty: the user's data folder.
  std::filesystem::path data_folder;
  // The screen's visible width in millimetres, so buttons can be made 12 mm
  // tall; nullopt assumes a 110 dpi screen (a 20-inch full-HD monitor).
  std::optional<double> screen_width_mm;
};

struct KioskConfigLoad {
  KioskConfig config;
  std::optional<std::filesystem::path> file;  // the file read, if any
  std::vector<Problem> problems;              // located; the config holds defaults where they are
};

// The file the kiosk reads, most specific first: `command_line` (from
// --kiosk-config) when given, else $XDG_CONFIG_HOME/esprit/kiosk.json, else
// `system_file` (/etc/esprit/kiosk.json). Only the first one found is read.
inline constexpr const char* kSystemKioskConfigFile = "/etc/esprit/kiosk.json";
std::filesystem::path userKioskConfigFile();
KioskConfigLoad loadKioskConfig(const std::optional<std::filesystem::path>& command_line,
                                const std::filesystem::path& system_file = kSystemKioskConfigFile);

// Reads one file; a missing or unreadable file is a problem, with defaults.
KioskConfigLoad readKioskConfig(const std::filesystem::path& file);
// Reads kiosk.json text; `file_name` is how problems name it.
KioskConfigLoad parseKioskConfig(std::string_view text, const std::string& file_name);

}  // namespace esprit::kiosk
