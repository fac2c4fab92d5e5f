// The kiosk usage export (see KioskUsageReport.hpp).
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/KioskUsageReport.hpp"

#include "app/CommandArguments.hpp"
#include "app/CommandLine.hpp"
#include "core/AssetPaths.hpp"
#include "core/AtomicFile.hpp"
#include "core/kiosk/KioskConfig.hpp"
#include "core/kiosk/UsageCsv.hpp"
#include "core/storage/KioskUsageStore.hpp"

#include <cstdio>
#include <filesystem>
#include <string>

namespace esprit::app {
namespace {

int usageError(const std::string& message) {
  return printUsageError("report --kiosk-usage", message, kReportHelpHint);
}

int failure(const std::string& message) {
  std::fprintf(stderr, "esprit report --kiosk-usage: %s\n", message.c_str());
  return kExitInvalidInput;
}

// Where the kiosk keeps its figures: --data-dir (the folder itself, or the
// game's --data-dir, which keeps them in DIR/esprit), else the data folder
// kiosk.json names, else the user's data folder, as the kiosk does.
std::filesystem::path usageFolder(const ParsedArguments& parsed) {
  if (auto given = parsed.option("data-dir")) {
    const std::filesystem::path folder(*given);
    std::error_code error;
    if (!std::filesystem::exists(folder / storage::kKioskUsageFileName, error) &&
        std::filesystem::exists(folder / "esprit" / storage::kKioskUsageFileName, error)) {
      return folder / "esprit";
    }
    return folder;
  }
  std::optional<std::filesystem::path> config_file;
  if (auto given = parsed.option("kiosk-config")) config_file = *given;
  const auto loaded = kiosk::loadKioskConfig(config_file);
  for (const auto& problem : loaded.problems)
    std::fprintf(stderr, "esprit report --kiosk-usage: %s\n", formatProblem(problem).c_str());
  if (!loaded.config.data_folder.empty()) return loaded.config.data_folder;
  return userDataDirectory();
}

}  // namespace

int runKioskUsageReport(const std::vector<std::string_view>& arguments) {
  const auto parsed =
      parseArguments(arguments, {"o", "output", "separator", "data-dir", "kiosk-config"}, {});
  if (!parsed.error.empty()) return usageError(parsed.error);
  if (!parsed.positional.empty())
    return usageError("unknown argument '" + parsed.positional[0] + "'");
  const auto output = parsed.output();
  if (!output || output->empty())
    return usageError("say where to write the figures with -o FILE.csv");
  char separator = ',';
  if (auto given = parsed.option("separator")) {
    if (*given != "comma" && *given != "semicolon")
      return usageError("--separator takes comma or semicolon");
    separator = *given == "semicolon" ? ';' : ',';
  }

  // A report never creates, repairs or moves the figures: it reads what is there.
  auto store = storage::KioskUsageStore::open(
      usageFolder(parsed),
      storage::KioskUsageOpenOptions{.create_if_missing = false, .set_aside_if_damaged = false});
  if (!store) return failure(store.error().message);
  auto usage = store->usage();
  if (!usage) return failure(usage.error().message);
  const std::string csv = kiosk::usageCsv(*usage, separator);

  if (*output == "-") {
    if (std::fwrite(csv.data(), 1, csv.size(), stdout) != csv.size())
      return failure("could not write the figures to the terminal");
    return kExitSuccess;
  }
  if (auto written = writeFileAtomically(*output, csv); !written)
    return failure(written.error().message);
  const auto totals = kiosk::totalUsage(*usage);
  std::printf("Wrote %s: %zu days, %lld rounds started, %lld finished, %lld questions answered.\n",
              output->c_str(), usage->days.size(), static_cast<long long>(totals.rounds_started),
              static_cast<long long>(totals.rounds_finished),
              static_cast<long long>(totals.questions_answered));
  return kExitSuccess;
}

}  // namespace esprit::app
