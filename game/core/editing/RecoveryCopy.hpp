// The editor's autosave: a recovery copy of the pack being edited, kept
// beside pack.json (pack.json.recovery) and offered back when the pack is
// opened again after the editor stopped without saving.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Pack.hpp"
#include "core/Result.hpp"

#include <filesystem>
#include <optional>
#include <string>

namespace esprit::editing {

std::filesystem::path recoveryFile(const std::filesystem::path& pack_folder);

// Writes the copy atomically; the error is a sentence for the teacher.
Status writeRecoveryCopy(const Pack& pack);
// Removes the copy (after a save, or when the teacher discards it).
void discardRecoveryCopy(const std::filesystem::path& pack_folder);

// The copy's text when there is one that differs from pack.json; the editor
// then offers to restore it.
std::optional<std::string> pendingRecovery(const std::filesystem::path& pack_folder);

}  // namespace esprit::editing
