// Pack -> CSV rows, one per question, in the layout of CsvLayout.hpp.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/interchange/CsvExporter.hpp"

#include "core/JoinedText.hpp"
#include "core/Vocabulary.hpp"
#include "core/interchange/CsvLayout.hpp"
#include "core/interchange/CsvTable.hpp"
#include "core/interchange/ExportReport.hpp"

#include <algorithm>

namespace esprit::interchange {
namespace {

std::string joinNumbers(const std::vector<std::size_t>& zero_based) {
  std::string text;
  for (const std::size_t index : zero_based) {
    if (!text.empty()) text += ',';
    text += std::to_string(index + 1);
  }
  return text;
}

}  // namespace

ExportResult exportCsv(const Pack& pack, const CsvExportOptions& options) {
  ExportReport report(options.file, "CSV");
  report.checkMetadata(pack);

  std::size_t answer_columns = kCsvStandardAnswerColumns;
  for (const Question& question : pack.questions) {
    if (isExportable(question)) answer_columns = std::max(answer_columns, question.options.size());
  }

  std::vector<std::string> header = {std::string(kCsvQuestionHeader)};
  for (std::size_t number = 1; number <= answer_columns; ++number) {
    header.push_back(std::string(kCsvAnswerHeader) + ' ' + std::to_string(number));
  }
  header.insert(header.end(),
                {std::string(kCsvTimeLimitHeader), std::string(kCsvCorrectHeader),
                 std::string(kCsvExplanationHeader), std::string(kCsvDifficultyHeader),
                 std::string(kCsvTechniquesHeader), std::string(kCsvIdHeader)});

  ExportResult result;
  if (options.byte_order_mark) result.text = "\xEF\xBB\xBF";
  result.text += writeCsvRow(header, options.separator);

  bool reported_wide = false;
  for (std::size_t index = 0; index < pack.questions.size(); ++index) {
    const Question& question = pack.questions[index];
    if (!report.keepsQuestion(
            index, question,
            {.ordering = "a spreadsheet row has no way to say the right order of steps",
             .hotspot = "a spreadsheet row cannot hold the regions to tap"})) {
      continue;
    }
    std::vector<std::string> options_text = question.options;
    std::string correct;
    switch (question.type) {
      case QuestionType::single_choice:
        correct = std::to_string(question.correct_option + 1);
        break;
      case QuestionType::multiple_choice:
        correct = joinNumbers(question.correct_options);
        if (question.correct_options.size() == 1) {
          report.warnAbout(index, question,
                           "has a single right option, so importing the CSV again makes it a "
                           "one-answer question instead of \"select all that apply\".");
        }
        break;
      case QuestionType::true_false: {
        const BinaryAnswerWords words =
            binaryAnswerWordsFor(question.wording, pack.metadata.language);
        options_text = {std::string(words.true_word), std::string(words.false_word)};
        correct = question.is_real ? "1" : "2";
        if (question.asks_confidence) report.fieldLeftOut("the confidence rating");
        break;
      }
      default:
        break;
    }
    if (!question.scenario_id.empty()) report.scenarioLeftOut(index, question, pack);
    if (!question.sources.empty()) report.fieldLeftOut("sources");
    if (!question.form.empty()) report.fieldLeftOut("assessment forms (A or B)");
    if (options_text.size() > kCsvStandardAnswerColumns && !reported_wide) {
      reported_wide = true;
      report.warnAbout(index, question,
                       "has more than four answers, so the file has extra answer columns that "
                       "other quiz tools may not read.");
    }

    std::vector<std::string> row = {protectCsvCell(question.prompt)};
    options_text.resize(answer_columns);
    for (const std::string& option : options_text) row.push_back(protectCsvCell(option));
    row.insert(
        row.end(),
        {std::string(kCsvDefaultTimeLimit), correct, protectCsvCell(question.explanation),
         std::string(nameOf(question.difficulty)), joined(question.techniques, ", "), question.id});
    result.text += writeCsvRow(row, options.separator);
    ++result.exported_questions;
  }
  result.problems = report.finish();
  return result;
}

}  // namespace esprit::interchange
