// Dispatch of esprit's subcommands.
#include "app/CommandLine.hpp"

#include "app/ValidateCommand.hpp"
#include "ui/GameMain.hpp"

#include <cstdio>
#include <string_view>
#include <vector>

namespace esprit::app {
namespace {

constexpr const char* kUsage =
    "Usage:\n"
    "  esprit [PACK] [--script FILE] [--screenshot DIR]\n"
    "                         start the game (optionally straight into PACK)\n"
    "  esprit validate [--json] PACK...\n"
    "                         check packs; exit 0 when all are valid, 1 when one is not\n"
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
      std::fputs(kUsage, stdout);
      return kExitSuccess;
    }
    if (first == "--version") {
      std::printf("esprit %s\n", ESPRIT_VERSION);
      return kExitSuccess;
    }
    if (first == "validate") {
      return runValidateCommand({arguments.begin() + 1, arguments.end()});
    }
  }
  return ui::runGame(argc, argv);
}

}  // namespace esprit::app
