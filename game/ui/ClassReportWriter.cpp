// Building and saving the class report files.
#include "ui/ClassReportWriter.hpp"

#include "core/AssetPaths.hpp"
#include "core/report/CsvReport.hpp"
#include "core/report/HtmlReport.hpp"

#include <ctime>
#include <fstream>

namespace esprit::ui {
namespace {

std::string localTime(const char* format) {
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  char text[32];
  std::strftime(text, sizeof text, format, &local);
  return text;
}

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

// Beside the target first, then renamed: never half a report, even on a full disk.
std::optional<std::string> saveFile(const std::filesystem::path& file, const std::string& content) {
  const auto temporary = std::filesystem::path(file.string() + ".part");
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    out.flush();
    if (!out) {
      std::error_code ignored;
      std::filesystem::remove(temporary, ignored);
      return "cannot write " + file.string() + " (is the disk full?)";
    }
  }
  std::error_code error;
  std::filesystem::rename(temporary, file, error);
  if (error) return "cannot write " + file.string() + ": " + error.message();
  return std::nullopt;
}

}  // namespace

std::filesystem::path reportFolder() { return userDataDirectory() / "reports"; }

std::variant<WrittenReport, std::string> writeClassReport(
    storage::ResultStore& store, const Taxonomy& taxonomy, const std::filesystem::path& folder,
    const std::optional<std::string>& class_code, const std::string& language) {
  auto rows = store.reportRows(storage::ReportFilter{class_code, std::nullopt});
  if (!rows) return rows.error().message;
  const report::Language words =
      report::parseLanguage(language).value_or(report::Language::english);
  const report::ReportModel model = report::buildReportModel(*rows, class_code);
  const std::string html = report::buildHtmlReport(
      model, report::HtmlOptions{words, &taxonomy, localTime("%Y-%m-%d %H:%M")});
  const auto separator = words == report::Language::french ? report::CsvSeparator::semicolon
                                                           : report::CsvSeparator::comma;
  const std::string csv = report::buildCsv(
      *rows, model, report::CsvOptions{report::CsvLayout::per_answer, separator, words});

  std::error_code error;
  std::filesystem::create_directories(folder, error);
  if (error) return "cannot create " + folder.string() + ": " + error.message();
  const std::string stem = "esprit-report-" +
                           (class_code ? fileSafe(*class_code) : std::string("all")) + "-" +
                           localTime("%Y-%m-%d-%H%M");
  WrittenReport written{folder / (stem + ".html"), folder / (stem + ".csv"), model.players,
                        model.answers};
  if (auto problem = saveFile(written.html, html)) return *problem;
  if (auto problem = saveFile(written.csv, csv)) return *problem;
  return written;
}

}  // namespace esprit::ui
