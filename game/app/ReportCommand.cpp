// The report subcommand: options, the database, and writing the file safely.
#include "app/ReportCommand.hpp"

#include "app/CommandLine.hpp"
#include "app/KioskUsageReport.hpp"
#include "core/AssetPaths.hpp"
#include "core/Taxonomy.hpp"
#include "core/report/CsvReport.hpp"
#include "core/report/HtmlReport.hpp"
#include "core/report/ReportModel.hpp"
#include "core/storage/ResultStore.hpp"

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <system_error>

namespace esprit::app {
namespace {

constexpr const char* kReportUsage =
    "Usage: esprit report [OPTIONS] -o FILE\n"
    "  Writes a teacher report from the results database.\n"
    "\n"
    "  -o, --output FILE        the file to write; - writes to the terminal\n"
    "  --format csv|html        the kind of report (default: from FILE's extension)\n"
    "  --per answer|player-question\n"
    "                           CSV rows: one per answer (default) or one per player and question\n"
    "  --separator comma|semicolon\n"
    "                           CSV separator; semicolon (with decimal commas) suits\n"
    "                           French-locale spreadsheets (default: semicolon in French)\n"
    "  --class CODE             only the players of this class or group\n"
    "  --language en|fr         the report's language (default: from LANG, else en)\n"
    "  --data-dir DIR           the folder holding results.sqlite, or the game's --data-dir\n"
    "                           (default: $XDG_DATA_HOME/esprit, ~/.local/share/esprit)\n"
    "\n"
    "Examples:\n"
    "  esprit report --class 2B -o class-2B.html\n"
    "  esprit report --language fr --per player-question -o 2B.csv\n";

enum class Format { csv, html };

struct ReportRequest {
  std::optional<std::string> output;
  std::optional<Format> format;
  std::optional<report::CsvLayout> layout;
  std::optional<report::CsvSeparator> separator;
  std::optional<std::string> class_code;
  std::optional<report::Language> language;
  std::filesystem::path data_folder;
};

int usageError(const std::string& message) {
  std::fprintf(stderr, "esprit report: %s\nTry 'esprit report --help' for the options.\n",
               message.c_str());
  return kExitUsage;
}

int failure(const std::string& message) {
  std::fprintf(stderr, "esprit report: %s\n", message.c_str());
  return kExitInvalidInput;
}

report::Language languageFromEnvironment() {
  for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
    const char* value = std::getenv(name);
    if (value == nullptr || *value == '\0') continue;
    return report::parseLanguage(value).value_or(report::Language::english);
  }
  return report::Language::english;
}

std::optional<Format> formatFromExtension(const std::string& output) {
  const std::string extension = std::filesystem::path(output).extension().string();
  if (extension == ".csv" || extension == ".CSV") return Format::csv;
  if (extension == ".html" || extension == ".htm" || extension == ".HTML") return Format::html;
  return std::nullopt;
}

std::string localTimeNow() {
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%d %H:%M", &local);
  return text;
}

// Writes beside the target, then renames: a teacher never finds half a report,
// and an old report stays whole if the disk fills up.
std::optional<std::string> writeFile(const std::string& output, const std::string& content) {
  if (output == "-") {
    if (std::fwrite(content.data(), 1, content.size(), stdout) != content.size()) {
      return std::string("could not write the report to the terminal");
    }
    return std::nullopt;
  }
  const std::filesystem::path target(output);
  const std::filesystem::path temporary =
      target.string() + ".part-" + std::to_string(static_cast<long>(getpid()));
  {
    std::ofstream file(temporary, std::ios::binary | std::ios::trunc);
    if (!file) {
      return "cannot create " + output +
             ": check that the folder exists and that you may write in it";
    }
    file.write(content.data(), static_cast<std::streamsize>(content.size()));
    file.flush();
    if (!file) {
      file.close();
      std::error_code ignored;
      std::filesystem::remove(temporary, ignored);
      return "could not write " + output + " (is the disk full?)";
    }
  }
  std::error_code error;
  std::filesystem::rename(temporary, target, error);
  if (error) {
    std::error_code ignored;
    std::filesystem::remove(temporary, ignored);
    return "could not write " + output + " (" + error.message() + ")";
  }
  return std::nullopt;
}

// Reads "--name value" and "--name=value"; `index` moves past what it used.
std::optional<std::string_view> optionValue(const std::vector<std::string_view>& arguments,
                                            std::size_t& index, std::string_view name,
                                            bool& missing_value) {
  const std::string_view argument = arguments[index];
  if (argument == name) {
    if (index + 1 >= arguments.size()) {
      missing_value = true;
      return std::nullopt;
    }
    return arguments[++index];
  }
  if (argument.size() > name.size() && argument.starts_with(name) && argument[name.size()] == '=') {
    return argument.substr(name.size() + 1);
  }
  return std::nullopt;
}

// The game's `--data-dir DIR` keeps results in DIR/esprit/ (it stands for
// both XDG folders), so the report accepts that same DIR as well as the
// folder that holds the results file itself.
std::filesystem::path resultsFolder(const std::filesystem::path& given) {
  std::error_code error;
  const auto nested = given / "esprit";
  if (!std::filesystem::exists(given / storage::kDatabaseFileName, error) &&
      std::filesystem::exists(nested / storage::kDatabaseFileName, error)) {
    return nested;
  }
  return given;
}

// Fills `request` from the arguments; an error message when they are wrong.
std::optional<std::string> parseArguments(const std::vector<std::string_view>& arguments,
                                          ReportRequest& request) {
  for (std::size_t index = 0; index < arguments.size(); ++index) {
    const std::string_view argument = arguments[index];
    bool missing = false;
    const auto value_of = [&](std::string_view name) {
      return optionValue(arguments, index, name, missing);
    };
    if (auto value = value_of("-o"); value || missing) {
      if (missing) return std::string("-o needs a file name");
      request.output = std::string(*value);
    } else if (auto value = value_of("--output"); value || missing) {
      if (missing) return std::string("--output needs a file name");
      request.output = std::string(*value);
    } else if (auto value = value_of("--format"); value || missing) {
      if (missing || (*value != "csv" && *value != "html")) {
        return std::string("--format takes csv or html");
      }
      request.format = *value == "csv" ? Format::csv : Format::html;
    } else if (auto value = value_of("--per"); value || missing) {
      if (missing || (*value != "answer" && *value != "player-question")) {
        return std::string("--per takes answer or player-question");
      }
      request.layout = *value == "answer" ? report::CsvLayout::per_answer
                                          : report::CsvLayout::per_player_question;
    } else if (auto value = value_of("--separator"); value || missing) {
      if (missing || (*value != "comma" && *value != "semicolon")) {
        return std::string("--separator takes comma or semicolon");
      }
      request.separator =
          *value == "comma" ? report::CsvSeparator::comma : report::CsvSeparator::semicolon;
    } else if (auto value = value_of("--class"); value || missing) {
      if (missing || value->empty()) return std::string("--class needs a class or group code");
      request.class_code = std::string(*value);
    } else if (auto value = value_of("--language"); value || missing) {
      const auto language = missing ? std::nullopt : report::parseLanguage(*value);
      if (!language) return std::string("--language takes en or fr");
      request.language = language;
    } else if (auto value = value_of("--data-dir"); value || missing) {
      if (missing || value->empty()) return std::string("--data-dir needs a folder");
      request.data_folder = resultsFolder(std::filesystem::path(std::string(*value)));
    } else {
      return "unknown argument '" + std::string(argument) + "'";
    }
  }

  if (!request.output) return std::string("say where to write the report with -o FILE");
  if (!request.format) request.format = formatFromExtension(*request.output);
  if (!request.format) {
    return "cannot tell the kind of report from '" + *request.output +
           "': add --format csv or --format html";
  }
  if (*request.format == Format::html && (request.separator || request.layout)) {
    return std::string("--separator and --per apply to CSV reports only");
  }
  return std::nullopt;
}

}  // namespace

int runReportCommand(std::vector<std::string_view> arguments) {
  for (const auto argument : arguments) {
    if (argument == "--help" || argument == "-h") {
      std::fputs(kReportUsage, stdout);
      std::fputs(kKioskUsageHelp, stdout);
      return kExitSuccess;
    }
  }
  // A kiosk's usage figures are their own export (app/KioskUsageReport).
  if (auto kiosk = std::find(arguments.begin(), arguments.end(), "--kiosk-usage");
      kiosk != arguments.end()) {
    arguments.erase(kiosk);
    return runKioskUsageReport(arguments);
  }
  ReportRequest request;
  if (auto problem = parseArguments(arguments, request)) return usageError(*problem);
  const report::Language language = request.language.value_or(languageFromEnvironment());

  // A report never creates, repairs or moves a database: it reads what is there.
  auto store = storage::ResultStore::openInFolder(
      request.data_folder,
      storage::OpenOptions{.create_if_missing = false, .set_aside_if_damaged = false});
  if (!store) return failure(store.error().message);
  auto rows = store->reportRows(storage::ReportFilter{request.class_code, std::nullopt});
  if (!rows) return failure(rows.error().message);

  if (rows->empty() && request.class_code) {
    std::string known;
    if (auto players = store->listPlayers()) {
      for (const auto& player : *players) {
        if (!player.class_code.empty() &&
            known.find("'" + player.class_code + "'") == std::string::npos) {
          known += (known.empty() ? "" : ", ") + ("'" + player.class_code + "'");
        }
      }
    }
    std::fprintf(stderr, "esprit report: no answers for class '%s'%s%s\n",
                 request.class_code->c_str(),
                 known.empty() ? "" : "; classes with players: ", known.c_str());
  }

  const report::ReportModel model = report::buildReportModel(*rows, request.class_code);
  std::string content;
  if (*request.format == Format::csv) {
    const auto separator = request.separator.value_or(language == report::Language::french
                                                          ? report::CsvSeparator::semicolon
                                                          : report::CsvSeparator::comma);
    content =
        report::buildCsv(*rows, model,
                         report::CsvOptions{request.layout.value_or(report::CsvLayout::per_answer),
                                            separator, language});
  } else {
    std::vector<Problem> taxonomy_problems;  // without names, the report shows the tags
    const Taxonomy taxonomy =
        Taxonomy::load(assetDirectory() / "techniques.json", taxonomy_problems);
    content =
        report::buildHtmlReport(model, report::HtmlOptions{language, &taxonomy, localTimeNow()});
  }

  if (auto problem = writeFile(*request.output, content)) return failure(*problem);
  if (*request.output != "-") {
    std::printf("Wrote %s: %d players, %d sessions, %d answers.\n", request.output->c_str(),
                model.players, model.sessions, model.answers);
  }
  return kExitSuccess;
}

}  // namespace esprit::app
