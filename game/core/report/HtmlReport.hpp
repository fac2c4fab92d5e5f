// The printable teacher report: one self-contained HTML file (inline CSS and
// SVG charts, no script, no external file) that prints cleanly on A4. It shows
// per question the share who answered right (its difficulty) and its item
// analysis with flags in words, per technique, per player, and what the class
// learned between assessment forms A, B and C.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportLanguage.hpp"
#include "ReportModel.hpp"

#include "core/Taxonomy.hpp"

#include <string>

namespace esprit::report {

struct HtmlOptions {
  const ReportLanguage* language = nullptr;  // English when none
  // Gives techniques their names in the report's language; without it (or
  // for a tag it does not know) the tag itself is shown.
  const Taxonomy* taxonomy = nullptr;
  std::string generated_at;  // shown under the title, as given
};

std::string buildHtmlReport(const ReportModel& model, const HtmlOptions& options);

// Figures as the report prints them, for the in-game report to show the same:
// facility and discrimination with two decimals ("—" when there is none), a
// mean change with its interval ("+0.42 [+0.10 to +0.74]"), and the summary
// line ("3 players · 5 sessions · 17 answers").
std::string itemFacilityText(const ItemStatistic& item, const ReportLanguage& language);
std::string itemDiscriminationText(const ItemStatistic& item, const ReportLanguage& language);
std::string meanChangeText(const MeanChange& change, const ReportLanguage& language);
// The interval alone, "−0.32 to +0.24"; "" without one.
std::string intervalText(const MeanChange& change, const ReportLanguage& language);
std::string summaryText(const ReportModel& model, const ReportLanguage& language);

}  // namespace esprit::report
