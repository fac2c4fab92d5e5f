// Saving the class report files built by core/report.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/ClassReportFiles.hpp"

#include "core/AssetPaths.hpp"
#include "core/AtomicFile.hpp"

namespace esprit::report {
namespace {

// Only letters, digits, '-' and '_' from the class code go into a file name.
std::string fileSafe(const std::string& text) {
  std::string safe;
  for (const char each : text) {
    const bool plain = (each >= 'a' && each <= 'z') || (each >= 'A' && each <= 'Z') ||
                       (each >= '0' && each <= '9') || each == '-' || each == '_';
    safe += plain ? each : '_';
  }
  return safe;
}

}  // namespace

std::filesystem::path reportFolder() { return userDataDirectory() / "reports"; }

Result<WrittenReport> writeClassReport(
    storage::ResultStore& store, const Taxonomy& taxonomy, const std::filesystem::path& folder,
    const std::optional<std::string>& class_code, const std::string& language, std::time_t now) {
  auto data = loadClassReport(store, class_code);
  if (!data) return data.error();
  const auto words = ReportLanguage::loadOrEnglish(language);
  ClassReportRequest kind;
  const std::string html = renderClassReport(*data, kind, words, &taxonomy, now);
  kind.format = ReportFormat::csv;  // one row per answer, the language's separator
  const std::string csv = renderClassReport(*data, kind, words, &taxonomy, now);

  const std::string stem = "esprit-report-" +
                           (class_code ? fileSafe(*class_code) : std::string("all")) + "-" +
                           localTime(now, "%Y-%m-%d-%H%M");
  WrittenReport written{folder / (stem + ".html"), folder / (stem + ".csv"), data->model.players,
                        data->model.answers};
  if (auto saved = writeFileAtomicallyCreatingFolder(written.html, html); !saved) return saved.error();
  if (auto saved = writeFileAtomically(written.csv, csv); !saved) return saved.error();
  return written;
}

}  // namespace esprit::report
