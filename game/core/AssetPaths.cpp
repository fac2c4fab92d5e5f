// Resolution of Esprit's own and the user's folders.
#include "AssetPaths.hpp"

#include <unistd.h>
#include <cstdlib>
#include <system_error>

namespace esprit {
namespace {

std::filesystem::path fromEnvironment(const char* name) {
  const char* value = std::getenv(name);
  if (value == nullptr || *value == '\0') return {};
  return value;
}

std::filesystem::path executableFolder() {
  std::error_code error;
  auto self = std::filesystem::read_symlink("/proc/self/exe", error);
  return error ? std::filesystem::path{} : self.parent_path();
}

// The folder holding assets/ and questions/.
std::filesystem::path installRoot() {
  if (auto root = fromEnvironment("ESPRIT_ROOT"); !root.empty()) return root;
  std::error_code error;
  if (auto folder = executableFolder(); !folder.empty()) {
    auto installed = folder.parent_path() / "share" / "esprit";
    if (std::filesystem::is_directory(installed / "assets", error)) return installed;
  }
  return ESPRIT_SOURCE_ROOT;
}

std::filesystem::path homeFolder() {
  auto home = fromEnvironment("HOME");
  return home.empty() ? std::filesystem::temp_directory_path() : home;
}

}  // namespace

std::filesystem::path assetDirectory() { return installRoot() / "assets"; }
std::filesystem::path shippedPackDirectory() { return installRoot() / "questions"; }

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
