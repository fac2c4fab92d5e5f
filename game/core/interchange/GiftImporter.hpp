// Imports Moodle GIFT text: multiple choice (one answer or several with
// weights), true/false, missing-word questions, per-answer and general
// feedback, question names, categories, escapes, comments and the [html],
// [markdown], [plain] and [moodle] text formats. Matching, numerical, short
// answer, essay and description items have no Esprit equivalent and are
// reported with their line.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/interchange/Interchange.hpp"

namespace esprit::interchange {

// `text` is already UTF-8 without byte order mark (see importText).
ImportResult importGift(std::string_view text, const ImportOptions& options);

}  // namespace esprit::interchange
