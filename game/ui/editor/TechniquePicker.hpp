// Picks technique tags from the taxonomy, grouped by family, with each tag's
// name and one-line definition shown in the teacher's language; tags the
// taxonomy does not know are kept and marked.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/editor/EditorFields.hpp"

#include <string>
#include <vector>

namespace esprit::ui::editor {

void techniquePicker(FormState& form, std::vector<std::string>& techniques);

}  // namespace esprit::ui::editor
