// Loading and rendering the class report (see ClassReport.hpp).
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClassReport.hpp"

namespace esprit::report {

storage::Result<ClassReportData> loadClassReport(storage::ResultStore& store,
                                                 const std::optional<std::string>& class_code) {
  auto rows = store.reportRows(storage::ReportFilter{class_code, std::nullopt});
  if (!rows) return rows.error();
  ClassReportData data;
  data.class_code = class_code;
  data.rows = std::move(rows).value();
  data.model = buildReportModel(data.rows, class_code);
  return data;
}

std::string renderClassReport(const ClassReportData& data, const ClassReportRequest& request,
                              const ReportLanguage& language, const Taxonomy* taxonomy,
                              std::time_t made_at) {
  if (request.format == ReportFormat::html) {
    return buildHtmlReport(data.model,
                           HtmlOptions{&language, taxonomy, localTime(made_at, kReportTimeFormat)});
  }
  return buildCsv(data.rows, data.model,
                  CsvOptions{request.layout, request.separator.value_or(defaultSeparator(language)),
                             &language});
}

std::string localTime(std::time_t time, const char* format) {
  std::tm local{};
  localtime_r(&time, &local);
  char text[64];
  if (std::strftime(text, sizeof text, format, &local) == 0) return {};
  return text;
}

}  // namespace esprit::report
