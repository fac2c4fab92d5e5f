// The import subcommand: read the file, convert it, write DIR/pack.json
// atomically, then check the result with the shared validator.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/ImportCommand.hpp"

#include "app/CommandArguments.hpp"
#include "app/CommandLine.hpp"
#include "core/LanguageTag.hpp"
#include "core/PackLoader.hpp"
#include "core/interchange/Interchange.hpp"
#include "core/interchange/PackWriter.hpp"

#include <cctype>
#include <cstdio>
#include <filesystem>

namespace esprit::app {
namespace {

constexpr const char* kImportUsage =
    "Usage: esprit import FILE -o DIR [--format csv|gift|opentdb] [--language TAG]\n"
    "                     [--title TEXT] [--force]\n"
    "  Turns FILE into the pack DIR/pack.json. FILE is a spreadsheet saved as CSV\n"
    "  (question, answers 1-4, time limit, correct answers), a Moodle GIFT file or\n"
    "  an Open Trivia DB download; the format is guessed from the file when not given.\n"
    "  --language  the pack's language tag, such as en, fr or nl-BE (default en)\n"
    "  --title     the pack's title (default: the GIFT category, the Open Trivia DB\n"
    "              category or the file name)\n"
    "  --force     replace DIR/pack.json if it is already there\n"
    "  Exit status: 0 everything converted, 1 something could not be converted\n"
    "  (the rest is still written), 2 the command itself is wrong.\n"
    "  What is accepted and what is reported: docs/import.md\n";

int usageError(const std::string& message) {
  return printUsageError("import", message, kImportUsage);
}

// The validator warns about every imported question without sources; one
// line per kind of warning is what a teacher can act on here.
void printValidationSummary(const PackLoadResult& checked, const std::filesystem::path& folder) {
  for (const Problem& problem : checked.problems) {
    if (problem.severity == Severity::error) std::printf("%s\n", formatProblem(problem).c_str());
  }
  const std::size_t warnings = countProblems(checked.problems, Severity::warning);
  if (warnings > 0) {
    std::printf(
        "The pack plays, with %zu warning%s from the validator (such as missing sources "
        "or explanations); run `esprit validate %s` to see each one.\n",
        warnings, warnings == 1 ? "" : "s", folder.string().c_str());
  }
}

}  // namespace

int runImportCommand(const std::vector<std::string_view>& arguments) {
  const ParsedArguments parsed = parseArguments(
      arguments, {"o", "output", "format", "language", "title"}, {"force", "help", "h"});
  if (const auto stop = checkConversionArguments(
          parsed, {"import", kImportUsage, "name exactly one file to import.",
                   "say where to write the pack with -o DIR."})) {
    return *stop;
  }
  const std::optional<std::string> output = parsed.output();

  interchange::ImportOptions options;
  options.file = parsed.positional.front();
  options.language = parsed.option("language").value_or("en");
  options.title = parsed.option("title").value_or("");
  if (!isLanguageTag(options.language)) {
    return usageError("\"" + options.language +
                      "\" is not a language tag; use one such as en, "
                      "fr or nl-BE.");
  }

  const std::filesystem::path folder(*output);
  if (std::filesystem::exists(folder / "pack.json") && !parsed.hasFlag("force")) {
    return usageError((folder / "pack.json").string() +
                      " already exists; choose another folder or add --force to replace it.");
  }

  const Result<std::string> bytes = interchange::readFileForImport(options.file);
  if (!bytes) {
    std::fprintf(stderr, "esprit import: %s\n", bytes.error().message.c_str());
    return kExitInvalidInput;
  }

  std::optional<interchange::InterchangeFormat> format;
  if (const auto name = parsed.option("format")) {
    format = interchange::parseFormatName(*name);
    if (!format) return usageError("unknown format \"" + *name + "\"; use csv, gift or opentdb.");
  } else {
    format = interchange::guessFormat(options.file, *bytes);
    if (!format) {
      return usageError("cannot tell the format of " + options.file +
                        "; add --format csv, --format gift or --format opentdb.");
    }
  }

  const interchange::ImportResult result = interchange::importText(*format, *bytes, options);
  for (const Problem& problem : result.problems) {
    std::printf("%s\n", formatProblem(problem).c_str());
  }
  if (result.pack.questions.empty()) {
    std::printf("Nothing was written: no question in %s could be converted.\n",
                options.file.c_str());
    return kExitInvalidInput;
  }
  if (const Status saved = interchange::savePack(result.pack, folder); !saved) {
    std::printf("esprit import: %s\n", saved.error().message.c_str());
    return kExitInvalidInput;
  }
  std::printf("Wrote %s.\n%s\n", (folder / "pack.json").string().c_str(),
              interchange::summarizeImport(result).c_str());

  std::vector<Problem> taxonomy_problems;
  const Taxonomy taxonomy = Taxonomy::loadShipped(taxonomy_problems);
  const PackLoadResult checked = loadPack(folder, taxonomy);
  printValidationSummary(checked, folder);
  if (!checked.usable()) {
    std::printf(
        "The written pack does not pass the validator (errors above); please report this "
        "as a bug in esprit import.\n");
    return kExitInvalidInput;
  }
  return hasErrors(result.problems) ? kExitInvalidInput : kExitSuccess;
}

}  // namespace esprit::app
