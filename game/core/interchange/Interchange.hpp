// What every importer and exporter shares: the options a teacher gives, and a
// result that always carries the located problems, so nothing that could not
// be converted is ever dropped silently.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Pack.hpp"
#include "core/Result.hpp"
#include "core/Problem.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace esprit::interchange {

enum class InterchangeFormat { csv, gift, open_trivia };

struct ImportOptions {
  std::string file;      // names the input in problems, as the teacher gave it
  std::string language;  // language tag of the pack; empty means "en"
  std::string title;     // pack title; empty means one made from the file name
};

// Problems with Severity::error mark something that could not be converted
// (the rest was still imported); warnings mark something converted with a
// loss the teacher should know about.
struct ImportResult {
  Pack pack;
  std::vector<Problem> problems;
  // The line each question starts on in the imported file, parallel to
  // pack.questions, so a front end can point back at the source.
  std::vector<int> source_lines;
};

struct ExportResult {
  std::string text;
  std::vector<Problem> problems;
  std::size_t exported_questions = 0;  // the others are reported in `problems`
};

std::string_view formatName(InterchangeFormat format);  // "csv", "gift", "opentdb"
std::optional<InterchangeFormat> parseFormatName(std::string_view name);

// A file name's extension in lower case, with its dot: "Quiz.GIFT" gives ".gift".
std::string lowercaseExtension(std::string_view file_name);

// Guesses from the file name (.csv, .gift, .json; .txt is looked into) and
// then from the text itself; nullopt when neither says.
std::optional<InterchangeFormat> guessFormat(std::string_view file_name, std::string_view text);

// Reads a file to import, refusing anything larger than a pack may be (32
// MiB); the error is a sentence for the teacher. The command line and the
// editor both read files through it.
Result<std::string> readFileForImport(const std::filesystem::path& file);

// Reads `bytes` in `format`. The bytes may be UTF-8 (with or without a byte
// order mark) or Windows-1252.
ImportResult importText(InterchangeFormat format, std::string_view bytes,
                        const ImportOptions& options);

// The pack metadata every importer starts from: id from the title, version
// 1.0.0, the language asked for.
PackMetadata makeImportedMetadata(const ImportOptions& options, std::string_view fallback_title);

// One sentence for the import report: what was imported, and that imported
// questions have no sources yet.
std::string summarizeImport(const ImportResult& result);

// Removes, and reports on its source line, every imported question that would
// break a limit of the pack format (text over 10,000 bytes, more than 20
// technique tags, more than 20,000 questions), so that whatever an importer
// returns always passes the validator. Every importer calls it last.
void enforcePackLimits(ImportResult& result, const std::string& file);

// Small helpers the importers share for building problems.
Problem makeProblem(Severity severity, const std::string& file, int line, int column,
                    std::string message);

}  // namespace esprit::interchange
