// Resolution of Esprit's own and the user's folders.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AssetPaths.hpp"

#include <algorithm>
#include <cstdlib>
#include <iterator>
#include <system_error>

namespace esprit {
namespace {

std::filesystem::path fromEnvironment(const char* name) {
  const char* value = std::getenv(name);
  if (value == nullptr || *value == '\0') return {};
  return value;
}

std::filesystem::path runningExecutable() {
  std::error_code error;
  auto self = std::filesystem::read_symlink("/proc/self/exe", error);
  return error ? std::filesystem::path{} : self;
}

// Both sides resolved first: a build folder reached through a symbolic link
// is still the build folder.
bool isInside(const std::filesystem::path& file, const std::filesystem::path& folder) {
  if (file.empty() || folder.empty()) return false;
  std::error_code error;
  const auto resolved_file = std::filesystem::weakly_canonical(file, error);
  if (error) return false;
  const auto resolved_folder = std::filesystem::weakly_canonical(folder, error);
  if (error) return false;
  const auto folder_end = std::mismatch(resolved_folder.begin(), resolved_folder.end(),
                                        resolved_file.begin(), resolved_file.end())
                              .first;
  // A trailing separator leaves one empty element at the end of the folder.
  return folder_end == resolved_folder.end() ||
         (std::next(folder_end) == resolved_folder.end() && folder_end->empty());
}

std::filesystem::path homeFolder() {
  auto home = fromEnvironment("HOME");
  return home.empty() ? std::filesystem::temp_directory_path() : home;
}

}  // namespace

std::filesystem::path findDataRoot(const DataRootClues& clues) {
  if (!clues.environment_root.empty()) return clues.environment_root;
  std::error_code error;
  if (!clues.executable.empty() && !clues.data_from_binary.empty()) {
    auto installed = (clues.executable.parent_path() / clues.data_from_binary).lexically_normal();
    if (std::filesystem::is_directory(installed / "assets", error)) return installed;
  }
  if (isInside(clues.executable, clues.build_root) || isInside(clues.executable, clues.source_root))
    return clues.source_root;
  return clues.installed_data;
}

DataRootClues currentDataRootClues() {
  DataRootClues clues;
  clues.environment_root = fromEnvironment("ESPRIT_ROOT");
  clues.executable = runningExecutable();
  clues.source_root = ESPRIT_SOURCE_ROOT;
  clues.build_root = ESPRIT_BUILD_ROOT;
  clues.data_from_binary = ESPRIT_DATA_FROM_BINARY;
  clues.installed_data = ESPRIT_INSTALLED_DATA;
  return clues;
}

std::filesystem::path findModuleFolder(const ModuleFolderClues& clues) {
  std::error_code error;
  if (!clues.executable.empty() && !clues.modules_from_binary.empty()) {
    auto installed =
        (clues.executable.parent_path() / clues.modules_from_binary).lexically_normal();
    if (std::filesystem::is_directory(installed, error)) return installed;
  }
  if (isInside(clues.executable, clues.build_root)) return clues.build_modules;
  return clues.installed_modules;
}

std::filesystem::path moduleFolder() {
  ModuleFolderClues clues;
  clues.executable = runningExecutable();
  clues.build_root = ESPRIT_BUILD_ROOT;
  clues.build_modules = ESPRIT_BUILD_MODULES;
  clues.modules_from_binary = ESPRIT_MODULES_FROM_BINARY;
  clues.installed_modules = ESPRIT_INSTALLED_MODULES;
  return findModuleFolder(clues);
}

std::filesystem::path assetDirectory() { return findDataRoot(currentDataRootClues()) / "assets"; }
std::filesystem::path shippedPackDirectory() {
  return findDataRoot(currentDataRootClues()) / "questions";
}

std::filesystem::path userDataDirectory() {
  auto base = fromEnvironment("XDG_DATA_HOME");
  if (base.empty()) base = homeFolder() / ".local" / "share";
  return base / "esprit";
}

std::filesystem::path userPackDirectory() { return userDataDirectory() / "packs"; }

std::filesystem::path userConfigDirectory() {
  auto base = fromEnvironment("XDG_CONFIG_HOME");
  if (base.empty()) base = homeFolder() / ".config";
  return base / "esprit";
}

}  // namespace esprit
