// Writes a Pack back to pack.json in the layout of docs/pack-format.md: keys
// in the documented order, two-space indent, UTF-8, options counted from 1.
// Loading the text with loadPackFromText gives back an equal Pack.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Pack.hpp"
#include "core/Result.hpp"
#include "core/Problem.hpp"

#include <filesystem>
#include <optional>
#include <string>

namespace esprit::interchange {

// The pack.json text, ending with a new line. Empty optional fields and
// default values (difficulty "medium", no confidence) are left out.
std::string writePackText(const Pack& pack);

// Creates `folder` if needed and saves folder/pack.json atomically; the
// error names the file when the disk refuses.
Status savePack(const Pack& pack, const std::filesystem::path& folder);

}  // namespace esprit::interchange
