// The validator's problems under the preview: errors first in the order of
// the file, each with its item; clicking one selects the item and focuses
// the field it points to.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Problem.hpp"
#include "ui/Context.hpp"

#include <optional>
#include <vector>

namespace esprit::ui::editor {

// Returns the index of the problem clicked this frame.
std::optional<std::size_t> problemList(const Context& context,
                                       const std::vector<Problem>& problems);

}  // namespace esprit::ui::editor
