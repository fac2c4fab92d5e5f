// The printable teacher report: one self-contained HTML file (inline CSS and
// SVG charts, no script, no external file) that prints cleanly on A4. It shows
// per question the share who answered right (its difficulty), per technique,
// per player, and the change in discernment between assessment forms A and B.
#pragma once

#include "ReportModel.hpp"
#include "ReportText.hpp"

#include "core/Taxonomy.hpp"

#include <string>

namespace esprit::report {

struct HtmlOptions {
  Language language = Language::english;
  // Gives techniques their names in the report's language; without it (or
  // for a tag it does not know) the tag itself is shown.
  const Taxonomy* taxonomy = nullptr;
  std::string generated_at;  // shown under the title, as given
};

std::string buildHtmlReport(const ReportModel& model, const HtmlOptions& options);

}  // namespace esprit::report
