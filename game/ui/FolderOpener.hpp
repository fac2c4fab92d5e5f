// Opens a folder in the desktop's file manager (xdg-open), without a shell
// and without waiting for it, so a teacher can drop packs into it.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>

namespace esprit::ui {

// Starts the file manager; false when xdg-open could not be started.
bool openFolderInFileManager(const std::filesystem::path& folder);

// Collects file managers that have exited, so none lingers as a zombie.
void reapFinishedOpeners();

}  // namespace esprit::ui
