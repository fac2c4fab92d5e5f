// Reading the desktop's animation preference from files and from gsettings.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DesktopMotion.hpp"

#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cctype>
#include <fstream>
#include <sstream>
#include <string>

extern char** environ;

namespace esprit {
namespace {

// Settings files are small; a huge one is not the desktop's.
constexpr std::streamsize kLargestConfigFile = 256 * 1024;

std::string_view trimmed(std::string_view text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front())))
    text.remove_prefix(1);
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back())))
    text.remove_suffix(1);
  return text;
}

std::optional<bool> readBoolean(std::string_view value) {
  value = trimmed(value);
  if (value == "true" || value == "1" || value == "yes") return true;
  if (value == "false" || value == "0" || value == "no") return false;
  return std::nullopt;
}

// The value of `key` in `[section]` of an INI text, if it is there.
std::optional<std::string_view> iniValue(std::string_view text, std::string_view section,
                                         std::string_view key) {
  bool in_section = false;
  while (!text.empty()) {
    const auto end = text.find('\n');
    std::string_view line = trimmed(text.substr(0, end));
    text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
    if (line.empty() || line.front() == '#' || line.front() == ';') continue;
    if (line.front() == '[') {
      in_section = line == "[" + std::string(section) + "]";
      continue;
    }
    if (!in_section) continue;
    const auto equals = line.find('=');
    if (equals == std::string_view::npos) continue;
    if (trimmed(line.substr(0, equals)) == key) return trimmed(line.substr(equals + 1));
  }
  return std::nullopt;
}

std::string readSmallFile(const std::filesystem::path& file) {
  std::ifstream stream(file, std::ios::binary);
  if (!stream) return {};
  std::string text(static_cast<std::size_t>(kLargestConfigFile), '\0');
  stream.read(text.data(), kLargestConfigFile);
  text.resize(static_cast<std::size_t>(stream.gcount()));
  return text;
}

}  // namespace

std::optional<bool> animationsFromGtkSettings(std::string_view settings_ini) {
  const auto value = iniValue(settings_ini, "Settings", "gtk-enable-animations");
  return value ? readBoolean(*value) : std::nullopt;
}

std::optional<bool> animationsFromKdeGlobals(std::string_view kdeglobals) {
  const auto value = iniValue(kdeglobals, "KDE", "AnimationDurationFactor");
  if (!value) return std::nullopt;
  // KDE's slider goes from 0 (instant: no animation) upwards.
  try {
    return std::stod(std::string(*value)) > 0.0;
  } catch (...) {
    return std::nullopt;
  }
}

std::optional<bool> animationsFromGsettings(std::string_view output) { return readBoolean(output); }

bool configFilesAskReducedMotion(const std::filesystem::path& config_directory) {
  for (const char* file : {"gtk-4.0/settings.ini", "gtk-3.0/settings.ini"}) {
    if (animationsFromGtkSettings(readSmallFile(config_directory / file)) == false) return true;
  }
  return animationsFromKdeGlobals(readSmallFile(config_directory / "kdeglobals")) == false;
}

bool gnomeAsksReducedMotion() {
  int pipe_ends[2];
  if (pipe(pipe_ends) != 0) return false;
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, pipe_ends[1], STDOUT_FILENO);
  posix_spawn_file_actions_addclose(&actions, pipe_ends[0]);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", 0, 0);
  char program[] = "gsettings";
  char get[] = "get";
  char schema[] = "org.gnome.desktop.interface";
  char key[] = "enable-animations";
  char* arguments[] = {program, get, schema, key, nullptr};
  pid_t child = 0;
  const int spawned = posix_spawnp(&child, program, &actions, nullptr, arguments, environ);
  posix_spawn_file_actions_destroy(&actions);
  close(pipe_ends[1]);
  std::string output;
  if (spawned == 0) {
    std::array<char, 64> buffer{};
    for (ssize_t got; (got = read(pipe_ends[0], buffer.data(), buffer.size())) > 0;)
      output.append(buffer.data(), static_cast<std::size_t>(got));
    int status = 0;
    waitpid(child, &status, 0);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) output.clear();
  }
  close(pipe_ends[0]);
  return animationsFromGsettings(output) == false;
}

}  // namespace esprit
