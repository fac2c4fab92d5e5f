// Reading a whole file into memory, the one way the core does it: settings,
// themes, translations, pictures, imports and recovery copies are all small
// enough, and their callers check the size first where it matters.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>

namespace esprit {

// The file's bytes as they are; nullopt when it cannot be opened.
inline std::optional<std::string> readWholeFile(const std::filesystem::path& file) {
  std::ifstream stream(file, std::ios::binary);
  if (!stream) return std::nullopt;
  std::ostringstream bytes;
  bytes << stream.rdbuf();
  return std::move(bytes).str();
}

}  // namespace esprit
