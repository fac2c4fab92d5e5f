// Exports a pack to the classroom-quiz CSV layout that CsvImporter reads, so
// a teacher can edit it in a spreadsheet or take it to another quiz tool.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/interchange/Interchange.hpp"

namespace esprit::interchange {

struct CsvExportOptions {
  std::string file;             // names the pack in problems
  char separator = ',';         // ';' for spreadsheets set to French or Dutch
  bool byte_order_mark = true;  // so spreadsheets open the file as UTF-8
};

// Ordering and hotspot questions cannot be written and are reported; so are
// scenarios, sources and confidence, which the layout has no column for.
ExportResult exportCsv(const Pack& pack, const CsvExportOptions& options);

}  // namespace esprit::interchange
