// Replaces a file so that a crash or a full disk never leaves it half
// written: the text goes to a temporary file in the same folder, is flushed
// to the disk, and only then takes the real name in one rename.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace esprit::interchange {

// Returns nothing on success, or a sentence for the teacher saying what failed.
std::optional<std::string> writeFileAtomically(const std::filesystem::path& file,
                                               std::string_view contents);

}  // namespace esprit::interchange
