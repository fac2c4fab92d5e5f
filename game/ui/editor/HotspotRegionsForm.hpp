// The regions of a hotspot question: each is a named part of the drawn
// scenario (picked from the parts that scenario has) or a rectangle on an
// image (drawn with the mouse on the preview), with its label and whether
// tapping it is right.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Pack.hpp"
#include "ui/editor/EditorFields.hpp"

namespace esprit::ui::editor {

void hotspotRegionsForm(FormState& form, Pack& pack, Question& question);

}  // namespace esprit::ui::editor
