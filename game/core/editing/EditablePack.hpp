// Opens a pack for editing even when it has errors: the game refuses such a
// pack, but a teacher must be able to open it to mend it. The validator
// still runs and its problems come along; only text that is not JSON at all
// (or over the size limit) cannot be opened.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Pack.hpp"
#include "core/Problem.hpp"
#include "core/Taxonomy.hpp"

#include <filesystem>
#include <optional>
#include <string_view>
#include <vector>

namespace esprit::editing {

struct EditablePack {
  std::optional<Pack> pack;  // what the validator could read, errors or not
  std::vector<Problem> problems;
};

EditablePack readEditablePack(std::string_view text, const std::filesystem::path& folder,
                              const Taxonomy& taxonomy);
// The pack.json of a pack folder (or a pack.json file itself).
EditablePack openEditablePack(const std::filesystem::path& path, const Taxonomy& taxonomy);

}  // namespace esprit::editing
