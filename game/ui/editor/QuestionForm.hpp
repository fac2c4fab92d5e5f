// The form for one question: id, type, scenario, prompt, the answer fields of
// its type (options with the right ones marked, true/false wording and
// confidence, steps in order, hotspot regions), explanation, technique tags,
// difficulty, sources and assessment form.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Pack.hpp"
#include "ui/editor/EditorFields.hpp"

namespace esprit::ui::editor {

void questionForm(FormState& form, Pack& pack, Question& question);

}  // namespace esprit::ui::editor
