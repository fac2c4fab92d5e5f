// The export subcommand: load the pack with the shared validator, write it as
// CSV or GIFT atomically, and report what the format could not hold.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/ExportCommand.hpp"

#include "app/CommandArguments.hpp"
#include "app/CommandLine.hpp"
#include "core/AtomicFile.hpp"
#include "core/PackLoader.hpp"
#include "core/interchange/CsvExporter.hpp"
#include "core/interchange/GiftExporter.hpp"
#include "core/interchange/Interchange.hpp"

#include <cstdio>
#include <filesystem>

namespace esprit::app {
namespace {

constexpr const char* kExportUsage =
    "Usage: esprit export PACK --format csv|gift -o FILE [--separator comma|semicolon]\n"
    "  Writes the pack as a spreadsheet CSV (the layout `esprit import` reads) or as a\n"
    "  Moodle GIFT file. Without --format, the extension of FILE decides (.csv, .gift).\n"
    "  With -o - the file is written to standard output.\n"
    "  --separator  the CSV separator; the default is a semicolon for French, Dutch and\n"
    "               German packs, whose spreadsheets expect it, and a comma otherwise\n"
    "  Exit status: 0 everything exported, 1 something could not be exported (listed;\n"
    "  the rest is still written) or the pack is not valid, 2 the command itself is wrong.\n";

int usageError(const std::string& message) {
  return printUsageError("export", message, kExportUsage);
}

// Spreadsheets set to a language that writes decimals with a comma expect ';'.
char defaultSeparatorFor(std::string_view language) {
  const std::string_view primary = language.substr(0, language.find('-'));
  return primary == "fr" || primary == "nl" || primary == "de" ? ';' : ',';
}

}  // namespace

int runExportCommand(const std::vector<std::string_view>& arguments) {
  const ParsedArguments parsed =
      parseArguments(arguments, {"o", "output", "format", "separator"}, {"help", "h"});
  if (const auto stop = checkConversionArguments(
          parsed, {"export", kExportUsage, "name exactly one pack to export.",
                   "say where to write with -o FILE."})) {
    return *stop;
  }
  const std::optional<std::string> output = parsed.output();

  std::string format = parsed.option("format").value_or("");
  if (format.empty()) {
    const std::string extension = interchange::lowercaseExtension(*output);
    if (extension == ".csv") format = "csv";
    if (extension == ".gift") format = "gift";
  }
  if (format != "csv" && format != "gift") {
    return usageError(format.empty() ? "add --format csv or --format gift."
                                     : "unknown format \"" + format + "\"; use csv or gift.");
  }
  std::optional<char> separator;
  if (const auto name = parsed.option("separator")) {
    if (*name == "comma" || *name == ",") {
      separator = ',';
    } else if (*name == "semicolon" || *name == ";") {
      separator = ';';
    } else {
      return usageError("unknown separator \"" + *name + "\"; use comma or semicolon.");
    }
  }

  std::vector<Problem> taxonomy_problems;
  const Taxonomy taxonomy = Taxonomy::loadShipped(taxonomy_problems);
  const std::string pack_path = parsed.positional.front();
  const PackLoadResult loaded = loadPack(pack_path, taxonomy);
  if (!loaded.usable()) {
    for (const Problem& problem : loaded.problems) {
      if (problem.severity == Severity::error) std::printf("%s\n", formatProblem(problem).c_str());
    }
    std::printf("%s is not a valid pack, so nothing was exported. Mend the errors above.\n",
                pack_path.c_str());
    return kExitInvalidInput;
  }
  const Pack& pack = *loaded.pack;

  interchange::ExportResult result;
  if (format == "csv") {
    result = interchange::exportCsv(
        pack, {pack_path, separator.value_or(defaultSeparatorFor(pack.metadata.language)), true});
  } else {
    result = interchange::exportGift(pack, {pack_path});
  }
  // With -o - the file goes to standard output, so the report goes to the error stream.
  const bool to_standard_output = *output == "-";
  FILE* report = to_standard_output ? stderr : stdout;
  for (const Problem& problem : result.problems) {
    std::fprintf(report, "%s\n", formatProblem(problem).c_str());
  }
  if (to_standard_output) {
    std::fwrite(result.text.data(), 1, result.text.size(), stdout);
  } else if (const Status written = writeFileAtomically(*output, result.text); !written) {
    std::printf("esprit export: %s\n", written.error().message.c_str());
    return kExitInvalidInput;
  }
  std::fprintf(report, "Exported %zu of %zu questions of \"%s\" to %s.\n",
               result.exported_questions, pack.questions.size(), pack.metadata.title.c_str(),
               to_standard_output ? "standard output" : output->c_str());
  return hasErrors(result.problems) ? kExitInvalidInput : kExitSuccess;
}

}  // namespace esprit::app
