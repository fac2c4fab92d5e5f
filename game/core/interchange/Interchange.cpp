// Format names, format guessing, the import dispatch and the report summary.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/interchange/Interchange.hpp"

#include "core/EnumNames.hpp"
#include "core/PackLimits.hpp"
#include "core/interchange/CsvImporter.hpp"
#include "core/interchange/GiftImporter.hpp"
#include "core/interchange/Identifiers.hpp"
#include "core/interchange/OpenTriviaImporter.hpp"
#include "core/interchange/TextEncoding.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace esprit::interchange {
namespace {

constexpr EnumName<InterchangeFormat> kFormatNames[] = {
    {InterchangeFormat::csv, "csv"},
    {InterchangeFormat::gift, "gift"},
    {InterchangeFormat::open_trivia, "opentdb"},
};
static_assert(inEnumOrder(kFormatNames), "one name per format, in order");

std::string_view skipSpaceAndByteOrderMark(std::string_view text) {
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  const std::size_t first = text.find_first_not_of(" \t\r\n");
  return first == std::string_view::npos ? std::string_view() : text.substr(first);
}

// GIFT has braces around answers, or "::" names, or "$CATEGORY:" lines.
bool looksLikeGift(std::string_view text) {
  return text.find("$CATEGORY:") != std::string_view::npos ||
         text.find("::") != std::string_view::npos ||
         (text.find('{') != std::string_view::npos && text.find('}') != std::string_view::npos);
}

}  // namespace

std::string_view formatName(InterchangeFormat format) { return nameIn(kFormatNames, format); }

std::string lowercaseExtension(std::string_view file_name) {
  std::string extension = std::filesystem::path(file_name).extension().string();
  std::transform(
      extension.begin(), extension.end(), extension.begin(),
      [](unsigned char character) { return static_cast<char>(std::tolower(character)); });
  return extension;
}

std::optional<InterchangeFormat> parseFormatName(std::string_view name) {
  // "json" too: a teacher names the file type they have, not the service.
  if (name == "json") return InterchangeFormat::open_trivia;
  return parseName<InterchangeFormat>(kFormatNames, name);
}

std::optional<InterchangeFormat> guessFormat(std::string_view file_name, std::string_view text) {
  const std::string extension = lowercaseExtension(file_name);
  if (extension == ".csv" || extension == ".tsv") return InterchangeFormat::csv;
  if (extension == ".gift") return InterchangeFormat::gift;
  if (extension == ".json") return InterchangeFormat::open_trivia;
  const std::string_view start = skipSpaceAndByteOrderMark(text);
  if (start.starts_with("{") && text.find("\"results\"") != std::string_view::npos) {
    return InterchangeFormat::open_trivia;
  }
  if (looksLikeGift(text)) return InterchangeFormat::gift;
  return std::nullopt;
}

PackMetadata makeImportedMetadata(const ImportOptions& options, std::string_view fallback_title) {
  PackMetadata metadata;
  metadata.title = options.title;
  if (metadata.title.empty()) metadata.title = std::string(fallback_title);
  if (metadata.title.empty() && !options.file.empty()) {
    metadata.title = std::filesystem::path(options.file).stem().string();
  }
  if (metadata.title.empty()) metadata.title = "Imported questions";
  metadata.id = packIdFromTitle(metadata.title);
  metadata.version = "1.0.0";
  metadata.language = options.language.empty() ? "en" : options.language;
  return metadata;
}

Result<std::string> readFileForImport(const std::filesystem::path& file) {
  std::error_code status;
  if (!std::filesystem::is_regular_file(file, status)) {
    return Error{ErrorKind::not_found, "there is no file " + file.string() + ".", 0};
  }
  const std::uintmax_t size = std::filesystem::file_size(file, status);
  const std::uintmax_t limit = PackLimits{}.max_file_bytes;
  if (status || size > limit) {
    return Error{ErrorKind::invalid_input,
                 file.string() + " is larger than a pack may be (" +
                     std::to_string(limit / (1024 * 1024)) + " MiB); split it into several files.",
                 0};
  }
  std::ifstream stream(file, std::ios::binary);
  std::ostringstream contents;
  if (!(contents << stream.rdbuf())) {
    if (size == 0) return std::string();
    return Error{ErrorKind::input_output, file.string() + " could not be read.", 0};
  }
  return contents.str();
}

ImportResult importText(InterchangeFormat format, std::string_view bytes,
                        const ImportOptions& options) {
  const DecodedText decoded = decodeImportedText(bytes);
  ImportResult result;
  switch (format) {
    case InterchangeFormat::csv:
      result = importCsv(decoded.text, options);
      break;
    case InterchangeFormat::gift:
      result = importGift(decoded.text, options);
      break;
    case InterchangeFormat::open_trivia:
      result = importOpenTrivia(decoded.text, options);
      break;
  }
  if (decoded.was_windows_1252) {
    result.problems.insert(
        result.problems.begin(),
        makeProblem(Severity::warning, options.file, 0, 0,
                    "The file is not UTF-8, so it was read as Windows-1252 (Western European), "
                    "the usual spreadsheet default. Check that accented letters look right."));
  }
  return result;
}

std::string summarizeImport(const ImportResult& result) {
  const std::vector<Question>& questions = result.pack.questions;
  const std::size_t count = questions.size();
  std::string summary = "Imported " + std::to_string(count) +
                        (count == 1 ? " question" : " questions") + " into the pack \"" +
                        result.pack.metadata.title + "\".";
  const std::size_t errors = countProblems(result.problems, Severity::error);
  if (errors > 0) {
    summary += ' ' + std::to_string(errors) +
               (errors == 1 ? " part could not be converted (listed above)."
                            : " parts could not be converted (listed above).");
  }
  if (count == 0) return summary;
  const auto countWithout = [&questions](auto&& has) {
    return static_cast<std::size_t>(
        std::count_if(questions.begin(), questions.end(),
                      [&](const Question& question) { return !has(question); }));
  };
  const std::size_t without_sources =
      countWithout([](const Question& question) { return !question.sources.empty(); });
  const std::size_t without_explanation =
      countWithout([](const Question& question) { return !question.explanation.empty(); });
  const std::size_t without_techniques =
      countWithout([](const Question& question) { return !question.techniques.empty(); });
  std::vector<std::string> missing;
  const auto describe = [count](std::size_t how_many, const std::string& what) {
    return what + (how_many == count ? " for every question" : " for " + std::to_string(how_many));
  };
  if (without_sources > 0) missing.push_back(describe(without_sources, "sources"));
  if (without_explanation > 0) missing.push_back(describe(without_explanation, "an explanation"));
  if (without_techniques > 0) missing.push_back(describe(without_techniques, "technique tags"));
  if (missing.empty()) return summary;
  summary += " Still to add before playing it in class: ";
  for (std::size_t index = 0; index < missing.size(); ++index) {
    if (index > 0) summary += index + 1 == missing.size() ? " and " : ", ";
    summary += missing[index];
  }
  summary +=
      ". Imported questions have no sources, because these formats have no place for "
      "them; `esprit validate` warns about each question until you add them.";
  return summary;
}

namespace {

// What of `question` is over the limits, in words, or "" when nothing is.
std::string describeOversizedParts(const Question& question, const PackLimits& limits) {
  std::vector<std::string> parts;
  const auto check = [&](const std::string& text, const std::string& what) {
    if (text.size() > limits.max_string_bytes) {
      parts.push_back(what + " is " + std::to_string(text.size()) + " bytes long");
    }
  };
  check(question.prompt, "the question");
  check(question.explanation, "the explanation");
  for (std::size_t index = 0; index < question.options.size(); ++index) {
    check(question.options[index], "answer " + std::to_string(index + 1));
  }
  for (const std::string& tag : question.techniques) check(tag, "a technique tag");
  if (question.techniques.size() > limits.max_list_items) {
    parts.push_back("it has " + std::to_string(question.techniques.size()) + " technique tags");
  }
  std::string description;
  for (std::size_t index = 0; index < parts.size(); ++index) {
    if (index > 0) description += index + 1 == parts.size() ? " and " : ", ";
    description += parts[index];
  }
  return description;
}

}  // namespace

void enforcePackLimits(ImportResult& result, const std::string& file) {
  const PackLimits limits;
  result.source_lines.resize(result.pack.questions.size(), 0);
  std::vector<Question> kept;
  std::vector<int> kept_lines;
  for (std::size_t index = 0; index < result.pack.questions.size(); ++index) {
    Question& question = result.pack.questions[index];
    const int line = result.source_lines[index];
    if (kept.size() >= limits.max_questions) {
      result.problems.push_back(makeProblem(
          Severity::error, file, line, 1,
          "A pack holds at most " + std::to_string(limits.max_questions) +
              " questions, so this one and those after it were not imported. Split the file."));
      break;
    }
    if (const std::string oversized = describeOversizedParts(question, limits);
        !oversized.empty()) {
      result.problems.push_back(
          makeProblem(Severity::error, file, line, 1,
                      "This question was not imported: " + oversized + ", over the pack limit of " +
                          std::to_string(limits.max_string_bytes) + " bytes per text and " +
                          std::to_string(limits.max_list_items) + " tags. Shorten it."));
      continue;
    }
    kept.push_back(std::move(question));
    kept_lines.push_back(line);
  }
  result.pack.questions = std::move(kept);
  result.source_lines = std::move(kept_lines);
}

Problem makeProblem(Severity severity, const std::string& file, int line, int column,
                    std::string message) {
  Problem problem;
  problem.severity = severity;
  problem.file = file;
  problem.line = line;
  problem.column = line > 0 ? std::max(column, 1) : 0;
  problem.message = std::move(message);
  return problem;
}

}  // namespace esprit::interchange
