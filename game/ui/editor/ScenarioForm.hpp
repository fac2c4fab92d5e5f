// The form for one scenario: its id and kind, then the fields of that kind
// (post, article, chat messages, chart table, picture, quote).
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Pack.hpp"
#include "ui/editor/EditorFields.hpp"

namespace esprit::ui::editor {

void scenarioForm(FormState& form, Pack& pack, std::size_t index);

}  // namespace esprit::ui::editor
