// The class report, built once for every front end: the report screen and
// `esprit report` call these same functions, so one database and one clock
// give the same bytes from both. Also the one rule for the CSV separator (see
// defaultSeparator) and the one local-time helper of the reports.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CsvReport.hpp"
#include "HtmlReport.hpp"
#include "ReportLanguage.hpp"
#include "ReportModel.hpp"

#include "core/Taxonomy.hpp"
#include "core/storage/ResultStore.hpp"

#include <ctime>
#include <optional>
#include <string>
#include <vector>

namespace esprit::report {

enum class ReportFormat { html, csv };

struct ClassReportRequest {
  ReportFormat format = ReportFormat::html;
  CsvLayout layout = CsvLayout::per_answer;  // CSV only
  std::optional<CsvSeparator> separator;     // CSV only; default: defaultSeparator(language)
};

// What one report is made from: the answers of one class (or everyone) and
// the statistics over them.
struct ClassReportData {
  std::optional<std::string> class_code;
  std::vector<storage::ReportAnswerRow> rows;
  ReportModel model;
};

// Reads the answers of `class_code` (every player when none).
storage::Result<ClassReportData> loadClassReport(storage::ResultStore& store,
                                                 const std::optional<std::string>& class_code);

// The file's bytes. `made_at` is printed under the HTML report's title, in
// local time; `taxonomy` names the techniques (their tags without it).
std::string renderClassReport(const ClassReportData& data, const ClassReportRequest& request,
                              const ReportLanguage& language, const Taxonomy* taxonomy,
                              std::time_t made_at);

// `time` in the machine's local time zone, by strftime's `format`.
std::string localTime(std::time_t time, const char* format);
inline constexpr const char* kReportTimeFormat = "%Y-%m-%d %H:%M";

}  // namespace esprit::report
