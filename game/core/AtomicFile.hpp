// The one way Esprit writes a file it cares about (settings, the last
// player, reports, packs, recovery copies): the text goes to a temporary file
// in the same folder, is flushed to the disk, takes the real name in one
// rename, and the folder is flushed too, so a crash, a power cut or a full
// disk leaves either the old file or the new one, never half of either.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.hpp"

#include <filesystem>
#include <string_view>

namespace esprit {

// The folder must exist: a mistyped path is an error, not a new folder. The
// error says which step failed, on which file, and why
// (ErrorKind::disk_full when the disk has no room).
Status writeFileAtomically(const std::filesystem::path& file, std::string_view contents);

// The same, creating the file's folder first when it is missing: for the
// files Esprit keeps in its own folders (settings, the last player, packs).
Status writeFileAtomicallyCreatingFolder(const std::filesystem::path& file,
                                         std::string_view contents);

}  // namespace esprit
