// Checks the pack being edited with the same validator the game and
// `esprit validate` use: the pack is written to text and loaded back, so the
// editor shows exactly the problems the saved file would have.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Pack.hpp"
#include "core/Problem.hpp"
#include "core/Taxonomy.hpp"

#include <vector>

namespace esprit::editing {

// Errors and warnings of `pack` as saved into pack.folder (media paths are
// checked there when the folder is known).
std::vector<Problem> checkPack(const Pack& pack, const Taxonomy& taxonomy);

}  // namespace esprit::editing
