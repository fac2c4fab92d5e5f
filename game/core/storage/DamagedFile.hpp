// Setting a damaged database file aside: renamed (with its WAL) to
// "<name>.damaged-<UTC time>", never over an earlier one, so someone may try
// to repair it while the game goes on with a new file. StoreFile.cpp uses it
// for the results database and the kiosk's usage figures.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StorageResult.hpp"

#include <filesystem>
#include <string_view>

namespace esprit::storage {

// `noun` names the file in the error, such as "results file".
Result<std::filesystem::path> setDamagedFileAside(const std::filesystem::path& file,
                                                  std::string_view noun);

// Whether an error opening `file` means it is lost to the game and worth
// setting aside: damaged, or there but not openable at all.
bool worthSettingAside(const Error& error, const std::filesystem::path& file);

}  // namespace esprit::storage
