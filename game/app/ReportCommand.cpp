// The report subcommand: options, the database, and writing the file safely.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/ReportCommand.hpp"

#include "app/CommandArguments.hpp"
#include "app/CommandLine.hpp"
#include "app/KioskUsageReport.hpp"
#include "core/AtomicFile.hpp"
#include "core/Taxonomy.hpp"
#include "core/city/CityPush.hpp"
#include "core/report/ClassReport.hpp"
#include "core/storage/ResultStore.hpp"

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <optional>
#include <string>
#include <system_error>

namespace esprit::app {
namespace {

constexpr const char* kReportUsage =
    "Usage: esprit report [OPTIONS] -o FILE\n"
    "       esprit report [--class CODE] [--data-dir DIR] --to-postgresql CONNINFO\n"
    "  Writes a teacher report from the results database, or pushes anonymous\n"
    "  results to a city's PostgreSQL server.\n"
    "\n"
    "  -o, --output FILE        the file to write; - writes to the terminal\n"
    "  --format csv|html        the kind of report (default: from FILE's extension)\n"
    "  --per answer|player-question\n"
    "                           CSV rows: one per answer (default) or one per player and question\n"
    "  --items                  CSV item analysis, one row per question: pack, question,\n"
    "                           answers, facility, discrimination, flag\n"
    "  --separator comma|semicolon\n"
    "                           CSV separator; semicolon (with decimal commas) suits\n"
    "                           French-locale spreadsheets (default: semicolon in French)\n"
    "  --class CODE             only the players of this class or group\n"
    "  --language TAG           the report's language: en, fr, or any other with a file in\n"
    "                           assets/i18n/report (default: from LANG, else en)\n"
    "  --data-dir DIR           the folder holding results.sqlite, or the game's --data-dir\n"
    "                           (default: $XDG_DATA_HOME/esprit, ~/.local/share/esprit)\n"
    "  --to-postgresql CONNINFO push this PC's answers the server lacks, without names or\n"
    "                           times (libpq connection string; see docs/city.md)\n"
    "\n"
    "Examples:\n"
    "  esprit report --class 2B -o class-2B.html\n"
    "  esprit report --language fr --per player-question -o 2B.csv\n"
    "  esprit report --items --class 2B -o items-2B.csv\n"
    "  esprit report --to-postgresql 'host=results.city.example dbname=esprit user=school'\n";

enum class Format { csv, html };

struct ReportRequest {
  std::optional<std::string> output;
  std::optional<Format> format;
  std::optional<report::CsvLayout> layout;
  bool items = false;
  std::optional<report::CsvSeparator> separator;
  std::optional<std::string> class_code;
  std::optional<std::string> language;
  std::filesystem::path data_folder;
  std::optional<std::string> conninfo;  // --to-postgresql
};

int usageError(const std::string& message) {
  return printUsageError("report", message, kReportHelpHint);
}

int failure(const std::string& message) {
  std::fprintf(stderr, "esprit report: %s\n", message.c_str());
  return kExitInvalidInput;
}

std::string languageFromEnvironment() {
  for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
    const char* value = std::getenv(name);
    if (value != nullptr && *value != '\0') return value;
  }
  return "en";
}

std::string availableLanguages() {
  std::string list;
  for (const auto& tag : report::ReportLanguage::available()) {
    list += (list.empty() ? "" : ", ") + tag;
  }
  return list;
}

std::optional<Format> formatFromExtension(const std::string& output) {
  const std::string extension = std::filesystem::path(output).extension().string();
  if (extension == ".csv" || extension == ".CSV") return Format::csv;
  if (extension == ".html" || extension == ".htm" || extension == ".HTML") return Format::html;
  return std::nullopt;
}

Status writeOutput(const std::string& output, const std::string& content) {
  if (output == "-") {
    if (std::fwrite(content.data(), 1, content.size(), stdout) != content.size()) {
      return Error{ErrorKind::input_output, "could not write the report to the terminal", 0};
    }
    return {};
  }
  // Never half a report, even on a full disk: an old report stays whole.
  return writeFileAtomically(output, content);
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
    } else if (auto value = value_of("--to-postgresql"); value || missing) {
      if (missing || value->empty()) {
        return std::string(
            "--to-postgresql needs a connection string, such as "
            "'host=server dbname=esprit user=school'");
      }
      request.conninfo = std::string(*value);
    } else if (argument == "--items") {
      request.items = true;
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
      if (missing || !report::ReportLanguage::load(*value)) {
        return "--language takes one of: " + availableLanguages();
      }
      request.language = std::string(*value);
    } else if (auto value = value_of("--data-dir"); value || missing) {
      if (missing || value->empty()) return std::string("--data-dir needs a folder");
      request.data_folder = resultsFolder(std::filesystem::path(std::string(*value)));
    } else {
      return "unknown argument '" + std::string(argument) + "'";
    }
  }

  if (request.conninfo) {
    if (request.output || request.format || request.layout || request.items || request.separator ||
        request.language) {
      return std::string("--to-postgresql writes no file: use it with --class and --data-dir only");
    }
    return std::nullopt;
  }
  if (!request.output) return std::string("say where to write the report with -o FILE");
  if (request.items) {
    if (request.layout) return std::string("--items and --per are two kinds of CSV: choose one");
    if (request.format == Format::html) {
      return std::string("--items writes CSV; the HTML report shows the item analysis already");
    }
    request.format = Format::csv;
    request.layout = report::CsvLayout::items;
  }
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

int pushResults(storage::ResultStore& store, const ReportRequest& request) {
  auto pushed = city::pushToPostgresql(
      store, city::PushOptions{*request.conninfo, request.class_code, city::kPushBatchSize, {}});
  if (!pushed) return failure(pushed.error().message);
  std::printf(
      "Sent %d new answer%s to the PostgreSQL server in %d batch%s; it now holds %d from this "
      "PC.\nThis PC's key on the server: %s\n",
      pushed->sent, pushed->sent == 1 ? "" : "s", pushed->batches, pushed->batches == 1 ? "" : "es",
      pushed->answers, pushed->device_key.c_str());
  return kExitSuccess;
}

}  // namespace

int runReportCommand(std::vector<std::string_view> arguments) {
  return runReportCommand(std::move(arguments), std::time(nullptr));
}

int runReportCommand(std::vector<std::string_view> arguments, std::time_t now) {
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
  const auto language =
      report::ReportLanguage::loadOrEnglish(request.language.value_or(languageFromEnvironment()));

  // A report never creates, repairs or moves a database: it reads what is there.
  auto store = storage::ResultStore::openInFolder(
      request.data_folder,
      storage::OpenOptions{.create_if_missing = false, .set_aside_if_damaged = false});
  if (!store) return failure(store.error().message);
  if (request.conninfo) return pushResults(*store, request);
  auto data = report::loadClassReport(*store, request.class_code);
  if (!data) return failure(data.error().message);

  if (data->rows.empty() && request.class_code) {
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

  report::ClassReportRequest kind;
  kind.format =
      *request.format == Format::csv ? report::ReportFormat::csv : report::ReportFormat::html;
  kind.layout = request.layout.value_or(report::CsvLayout::per_answer);
  kind.separator = request.separator;
  std::vector<Problem> taxonomy_problems;  // without names, the report shows the tags
  const Taxonomy taxonomy = Taxonomy::loadShipped(taxonomy_problems);
  const std::string content = report::renderClassReport(*data, kind, language, &taxonomy, now);

  if (auto written = writeOutput(*request.output, content); !written)
    return failure(written.error().message);
  if (*request.output != "-") {
    const report::ReportModel& model = data->model;
    std::printf("%s\n",
                language
                    .format("summary.written",
                            {{"file", *request.output},
                             {"players", language.plural("summary.players", model.players)},
                             {"sessions", language.plural("summary.sessions", model.sessions)},
                             {"answers", language.plural("summary.answers", model.answers)}})
                    .c_str());
  }
  return kExitSuccess;
}

}  // namespace esprit::app
