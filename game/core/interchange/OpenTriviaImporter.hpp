// Imports the JSON the Open Trivia Database hands out ({"response_code": 0,
// "results": [...]}): "multiple" questions become single choice, "boolean"
// ones true/false, with HTML entities decoded. Base64 and URL-encoded
// downloads are read too.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/interchange/Interchange.hpp"

namespace esprit::interchange {

// `text` is already UTF-8 without byte order mark (see importText).
ImportResult importOpenTrivia(std::string_view text, const ImportOptions& options);

}  // namespace esprit::interchange
