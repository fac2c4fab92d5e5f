// Copies a picture a teacher names (by typing or pasting its path) into the
// pack's media/ folder under a safe name, so the pack stays self-contained
// and its media paths pass the validator.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <set>
#include <string>
#include <string_view>
#include <variant>

namespace esprit::editing {

// A file name fit for a media path: lower-case ASCII letters, digits and '-',
// accents folded, the extension kept in lower case ("Photo Été 2.JPG" ->
// "photo-ete-2.jpg"); "-2", "-3"... added when `taken` already has it.
std::string safeMediaName(std::string_view original_name, const std::set<std::string>& taken);

// The media path of the copy ("media/photo-ete-2.jpg") or a sentence saying
// why it could not be made. A file already inside the pack folder is not
// copied again; its own path is returned. Only PNG and JPEG files up to
// 16 MiB are accepted, like the game itself.
struct MediaCopyError {
  std::string message;
};
using MediaCopyResult = std::variant<std::string, MediaCopyError>;

MediaCopyResult copyMediaIntoPack(const std::filesystem::path& source,
                                  const std::filesystem::path& pack_folder);

// Removes quotes and a file:// prefix that pasting from a file manager adds.
std::string cleanPastedPath(std::string_view text);

}  // namespace esprit::editing
