// Where Esprit finds its own files (assets/, the shipped questions/) and where
// it keeps the user's (packs, settings, results), following the XDG base
// directory rules so nothing lands in the current folder.
#pragma once

#include <filesystem>

namespace esprit {

// assets/ and questions/ sit side by side: beside the executable's share
// folder when installed, in the source tree when run from a build folder, or
// wherever ESPRIT_ROOT points.
std::filesystem::path assetDirectory();
std::filesystem::path shippedPackDirectory();

// $XDG_DATA_HOME/esprit (default ~/.local/share/esprit): results, own packs.
std::filesystem::path userDataDirectory();
std::filesystem::path userPackDirectory();
// $XDG_CONFIG_HOME/esprit (default ~/.config/esprit): settings.
std::filesystem::path userConfigDirectory();

}  // namespace esprit
