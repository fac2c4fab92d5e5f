// Exports a pack to Moodle GIFT: single choice with =, select-all-that-apply
// with weights that score like Esprit, true/false, the explanation as general
// feedback, technique tags as Moodle tags, the pack title as the category.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/interchange/Interchange.hpp"

namespace esprit::interchange {

struct GiftExportOptions {
  std::string file;  // names the pack in problems
};

// Ordering and hotspot questions cannot be written and are reported; so are
// scenarios, sources, difficulty and confidence, which GIFT cannot hold.
ExportResult exportGift(const Pack& pack, const GiftExportOptions& options);

}  // namespace esprit::interchange
