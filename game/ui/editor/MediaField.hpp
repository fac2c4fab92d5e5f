// A media path field with what it takes to fill it without a file dialog:
// type or paste a picture's path, press Copy, and the picture is copied into
// the pack's media/ folder under a safe name and the field set to it.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Pack.hpp"
#include "ui/editor/EditorFields.hpp"

namespace esprit::ui::editor {

void mediaField(FormState& form, const Pack& pack, std::string_view field, const std::string& label,
                std::string& media_path);

}  // namespace esprit::ui::editor
