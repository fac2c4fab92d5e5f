// Opening one of Esprit's SQLite files, the same way for the results and for
// the kiosk's usage figures: its folder made when the file may be created,
// the connection configured, every page read once (quick_check) so that a
// damaged file is found before it loses anything, the migrations applied,
// and, when it is damaged and that is allowed, the file set aside for a new
// one (DamagedFile.hpp) with a notice saying where the old one went.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Schema.hpp"
#include "SqliteConnection.hpp"
#include "StorageResult.hpp"

#include <filesystem>
#include <span>
#include <string>
#include <vector>

namespace esprit::storage {

struct StoreFileSpec {
  std::filesystem::path file;
  std::string noun;                // "results file": "The results file … is damaged"
  std::string missing;             // the whole error when the file is missing and may not be made
  std::string cannot_make_folder;  // "Esprit cannot create the folder …", before "(reason)."
  std::string folder_advice;       // after it: what to do, or nothing
  std::string started_again;       // the notice's end: " and a new, empty … was started."
  Status (*configure)(Connection&) = nullptr;  // its pragmas, before anything is read
  std::span<const Migration> migrations;
  bool create_if_missing = true;
  bool set_aside_if_damaged = true;
};

struct OpenedStoreFile {
  Connection connection;
  std::vector<std::string> notices;  // a damaged file set aside, for the person using it
};

Result<OpenedStoreFile> openStoreFile(const StoreFileSpec& spec);

}  // namespace esprit::storage
