// A question's sources, where a teacher can check: title, publisher, year
// and address of each, added and removed one by one.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Pack.hpp"
#include "ui/editor/EditorFields.hpp"

namespace esprit::ui::editor {

void sourcesForm(FormState& form, std::vector<Source>& sources);

}  // namespace esprit::ui::editor
