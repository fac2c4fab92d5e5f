// Dispatch of esprit's subcommands.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/CommandLine.hpp"

#include "app/ExportCommand.hpp"
#include "app/HostCommand.hpp"
#include "app/ImportCommand.hpp"
#include "app/KioskPinCommand.hpp"
#include "app/ReportCommand.hpp"
#include "app/ValidateCommand.hpp"
#include "ui/GameMain.hpp"
#include "ui/GameOptions.hpp"

#include <cstdio>
#include <string_view>
#include <vector>

namespace esprit::app {
namespace {

constexpr const char* kUsage =
    "Usage:\n"
    "  esprit [PACK] [game options]\n"
    "                         start the game (optionally straight into PACK); the game\n"
    "                         options are listed below\n"
    "  esprit validate [--json] PACK...\n"
    "                         check packs; exit 0 when all are valid, 1 when one is not\n"
    "  esprit import FILE -o FOLDER [--format csv|gift|opentdb] [--language TAG] [--title TEXT]\n"
    "                         turn a spreadsheet CSV, a Moodle GIFT file or an Open Trivia DB\n"
    "                         download into a pack folder\n"
    "  esprit export PACK --format csv|gift -o FILE\n"
    "                         write a pack as a spreadsheet CSV or a Moodle GIFT file\n"
    "  esprit report -o FILE [options]\n"
    "                         teacher reports (CSV or printable HTML, --items for item analysis)\n"
    "                         from the results database; esprit report --help lists the options\n"
    "  esprit report --to-postgresql CONNINFO [--class CODE]\n"
    "                         push anonymous results to a city's PostgreSQL server\n"
    "  esprit --kiosk [--kiosk-config FILE] [--kiosk-idle SECONDS]\n"
    "                         library kiosk mode (docs/kiosk.md)\n"
    "  esprit kiosk-pin       make the staff PIN's hash for kiosk.json\n"
    "  esprit host PACK [options]\n"
    "                         host a live class game: students join from a browser on this\n"
    "                         network; esprit host --help lists the options\n"
    "  esprit --help          show this help\n"
    "  esprit --version       show the version\n"
    "\n"
    "A PACK is a folder holding pack.json, or a pack.json file.\n"
    "How to write one: docs/pack-format.md\n";

}  // namespace

int runCommandLine(int argc, char** argv) {
  std::vector<std::string_view> arguments(argv + 1, argv + argc);
  if (!arguments.empty()) {
    const std::string_view first = arguments.front();
    if (first == "--help" || first == "-h" || first == "help") {
      std::printf("%s\n%s", kUsage, ui::kGameOptionsHelp);
      return kExitSuccess;
    }
    if (first == "--version") {
      std::printf("esprit %s\n", ESPRIT_VERSION);
      return kExitSuccess;
    }
    const std::vector<std::string_view> rest(arguments.begin() + 1, arguments.end());
    if (first == "validate") return runValidateCommand(rest);
    if (first == "import") return runImportCommand(rest);
    if (first == "export") return runExportCommand(rest);
    if (first == "report") return runReportCommand(rest);
    if (first == "kiosk-pin") return runKioskPinCommand(rest);
    if (first == "host") return runHostCommand(rest);
  }
  return ui::runGame(argc, argv);
}

}  // namespace esprit::app
