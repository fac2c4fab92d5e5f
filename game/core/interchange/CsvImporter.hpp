// Imports a spreadsheet saved as CSV in the classroom-quiz layout (see
// CsvLayout.hpp and docs/import.md). One correct answer makes a single-choice
// question, several a select-all-that-apply one, and the answers True/False
// (Vrai/Faux, Real/Fake, ...) a true/false item.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/interchange/Interchange.hpp"

namespace esprit::interchange {

// `text` is already UTF-8 without byte order mark (see importText).
ImportResult importCsv(std::string_view text, const ImportOptions& options);

}  // namespace esprit::interchange
