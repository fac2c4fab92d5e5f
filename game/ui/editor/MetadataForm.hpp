// The pack's own fields: title, id, version, language, description, authors,
// licence and the audience's ages.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Pack.hpp"
#include "ui/editor/EditorFields.hpp"

namespace esprit::ui::editor {

void metadataForm(FormState& form, Pack& pack);

}  // namespace esprit::ui::editor
