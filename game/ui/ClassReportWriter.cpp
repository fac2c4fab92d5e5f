// Saving the class report files built by core/report.
#include "ui/ClassReportWriter.hpp"

#include "core/AssetPaths.hpp"
#include "core/interchange/AtomicFile.hpp"

namespace esprit::ui {
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

std::variant<WrittenReport, std::string> writeClassReport(
    storage::ResultStore& store, const Taxonomy& taxonomy, const std::filesystem::path& folder,
    const std::optional<std::string>& class_code, const std::string& language, std::time_t now) {
  auto data = report::loadClassReport(store, class_code);
  if (!data) return data.error().message;
  const auto words = report::ReportLanguage::loadOrEnglish(language);
  report::ClassReportRequest kind;
  const std::string html = report::renderClassReport(*data, kind, words, &taxonomy, now);
  kind.format = report::ReportFormat::csv;  // one row per answer, the language's separator
  const std::string csv = report::renderClassReport(*data, kind, words, &taxonomy, now);

  std::error_code error;
  std::filesystem::create_directories(folder, error);
  if (error) return "cannot create " + folder.string() + ": " + error.message();
  const std::string stem = "esprit-report-" +
                           (class_code ? fileSafe(*class_code) : std::string("all")) + "-" +
                           report::localTime(now, "%Y-%m-%d-%H%M");
  WrittenReport written{folder / (stem + ".html"), folder / (stem + ".csv"), data->model.players,
                        data->model.answers};
  if (auto problem = interchange::writeFileAtomically(written.html, html)) return *problem;
  if (auto problem = interchange::writeFileAtomically(written.csv, csv)) return *problem;
  return written;
}

}  // namespace esprit::ui
