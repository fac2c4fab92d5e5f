// The editor's left column: the pack's details, its scenarios and its
// questions, each selectable, with buttons to add (of any kind or type),
// duplicate, move and delete the selected one.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Pack.hpp"
#include "core/editing/ProblemLocation.hpp"
#include "ui/Context.hpp"

namespace esprit::ui::editor {

struct Selection {
  editing::PackSection section = editing::PackSection::metadata;
  std::size_t index = 0;
  bool operator==(const Selection&) const = default;
};

// Shows the list; changes `selection` and `pack`, returns true when the pack changed.
bool itemList(const Context& context, Pack& pack, Selection& selection,
              const std::vector<Problem>& problems);

}  // namespace esprit::ui::editor
