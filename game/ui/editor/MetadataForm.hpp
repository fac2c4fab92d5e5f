// The pack's own fields: title, id, version, language, description, authors,
// licence and the audience's ages.
#pragma once

#include "core/Pack.hpp"
#include "ui/editor/EditorFields.hpp"

namespace esprit::ui::editor {

void metadataForm(FormState& form, Pack& pack);

}  // namespace esprit::ui::editor
