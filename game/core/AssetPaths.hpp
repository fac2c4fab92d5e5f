// Where Esprit finds its own files (assets/, the shipped questions/) and where
// it keeps the user's (packs, settings, results), following the XDG base
// directory rules so nothing lands in the current folder.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>

namespace esprit {

// assets/ and questions/ sit side by side in the data root (see findDataRoot).
std::filesystem::path assetDirectory();
std::filesystem::path shippedPackDirectory();

// $XDG_DATA_HOME/esprit (default ~/.local/share/esprit): results, own packs.
std::filesystem::path userDataDirectory();
std::filesystem::path userPackDirectory();
// $XDG_CONFIG_HOME/esprit (default ~/.config/esprit): settings.
std::filesystem::path userConfigDirectory();

// What the data root is decided from. The running program fills it from its
// environment and what CMake compiled in; tests fill it with made-up folders.
struct DataRootClues {
  std::filesystem::path environment_root;  // $ESPRIT_ROOT, empty when unset
  std::filesystem::path executable;        // this program's file, empty when unknown
  std::filesystem::path source_root;       // the source tree it was built from
  std::filesystem::path build_root;        // the build folder it was built in
  std::filesystem::path data_from_binary;  // the install's data folder seen from its bin/
                                           // folder: "../share/esprit"
  std::filesystem::path installed_data;    // the same as an absolute path: /usr/share/esprit
};

// The folder holding assets/ and questions/, in this order:
//  1. $ESPRIT_ROOT, when set (tests, and a data folder moved by hand);
//  2. an installed layout around the executable, <exe folder>/../share/esprit,
//     when it holds assets/: /usr/bin/esprit finds /usr/share/esprit, and a
//     package extracted anywhere finds its own copy;
//  3. the source tree, when the executable lies inside its build folder or its
//     source tree;
//  4. the installed data folder compiled in (/usr/share/esprit), even when
//     missing, so that errors name the place a packaged game expects.
// Neither the current folder nor the executable's own folder is ever used.
std::filesystem::path findDataRoot(const DataRootClues& clues);

// The clues of the running program.
DataRootClues currentDataRootClues();

// Where Esprit's own modules are (the classroom's esprit-http.so).
struct ModuleFolderClues {
  std::filesystem::path executable;           // this program's file, empty when unknown
  std::filesystem::path build_root;           // the build folder it was built in
  std::filesystem::path build_modules;        // where that build puts them
  std::filesystem::path modules_from_binary;  // the install's module folder seen from its
                                              // bin/ folder: "../lib/x86_64-linux-gnu/esprit"
  std::filesystem::path installed_modules;    // the same as an absolute path
};

// In this order: an installed layout around the executable, when that folder
// exists (a package extracted anywhere uses its own); the build's folder, when
// the executable lies inside the build folder; the installed folder compiled
// in, even when missing, so that errors name the place a packaged game expects.
std::filesystem::path findModuleFolder(const ModuleFolderClues& clues);
std::filesystem::path moduleFolder();

}  // namespace esprit
