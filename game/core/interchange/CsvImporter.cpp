// Row by row conversion of the classroom-quiz CSV layout. Every row that
// cannot become a question is reported with its line; the others still import.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/interchange/CsvImporter.hpp"

#include "core/PackLimits.hpp"
#include "core/TrimmedText.hpp"
#include "core/interchange/CsvLayout.hpp"
#include "core/interchange/CsvTable.hpp"
#include "core/interchange/Identifiers.hpp"

#include <algorithm>
#include <cctype>
#include <map>

namespace esprit::interchange {
namespace {

constexpr std::size_t kMaximumOptions = PackLimits{}.max_options;
constexpr std::size_t kMinimumOptions = PackLimits{}.min_options;

// Where each role sits in the table, once the header is read.
struct ColumnMap {
  std::optional<std::size_t> question;
  std::map<int, std::size_t> answers;  // answer number -> column index
  std::optional<std::size_t> time_limit;
  std::optional<std::size_t> correct;
  std::optional<std::size_t> explanation;
  std::optional<std::size_t> difficulty;
  std::optional<std::size_t> techniques;
  std::optional<std::size_t> id;
};

// The plain layout, for a file without a header row.
ColumnMap positionalColumns(std::size_t column_count) {
  ColumnMap columns;
  columns.question = 0;
  const std::size_t answer_count = column_count >= 7 ? 4 : column_count > 3 ? column_count - 3 : 0;
  for (std::size_t number = 1; number <= answer_count; ++number) {
    columns.answers[static_cast<int>(number)] = number;
  }
  columns.time_limit = answer_count + 1;
  columns.correct = answer_count + 2;
  return columns;
}

class CsvImport {
 public:
  CsvImport(std::string_view text, const ImportOptions& options) : text_(text), options_(options) {}

  ImportResult run();

 private:
  bool readHeader();
  void importRow(const CsvRow& row, std::size_t question_number);
  std::optional<std::vector<std::size_t>> parseCorrectAnswers(const CsvRow& row,
                                                              std::size_t answer_count);
  void readOptionalColumns(const CsvRow& row, Question& question);
  const CsvCell* cellAt(const CsvRow& row, std::optional<std::size_t> column) const;

  void error(int line, int column, std::string message) {
    result_.problems.push_back(
        makeProblem(Severity::error, options_.file, line, column, std::move(message)));
  }
  void warning(int line, int column, std::string message) {
    result_.problems.push_back(
        makeProblem(Severity::warning, options_.file, line, column, std::move(message)));
  }
  std::string describeColumn(std::size_t column) const {
    std::string text = "column " + columnLetter(column);
    if (header_row_ && column < header_row_->cells.size()) {
      const std::string name = trimmed(header_row_->cells[column].text);
      if (!name.empty()) text += " (\"" + name + "\")";
    }
    return text;
  }

  std::string_view text_;
  const ImportOptions& options_;
  ImportResult result_;
  CsvTable table_;
  ColumnMap columns_;
  const CsvRow* header_row_ = nullptr;
  std::size_t first_data_row_ = 0;
  QuestionIdAllocator ids_;
  bool reported_time_limits_ = false;
};

const CsvCell* CsvImport::cellAt(const CsvRow& row, std::optional<std::size_t> column) const {
  if (!column || *column >= row.cells.size()) return nullptr;
  return &row.cells[*column];
}

// The header is the first row with a "Question" column; rows above it are the
// instructions quiz templates print there.
bool CsvImport::readHeader() {
  for (std::size_t index = 0; index < table_.rows.size(); ++index) {
    const CsvRow& row = table_.rows[index];
    ColumnMap columns;
    std::vector<std::size_t> unknown;
    // The first column with a role takes it; a second one ("Answer 1
    // feedback" after "Feedback") is reported like any column not read.
    const auto assign = [&unknown](std::optional<std::size_t>& slot, std::size_t column) {
      if (slot) {
        unknown.push_back(column);
      } else {
        slot = column;
      }
    };
    for (std::size_t column = 0; column < row.cells.size(); ++column) {
      const CsvColumn recognized = recognizeCsvHeader(row.cells[column].text);
      switch (recognized.role) {
        case CsvColumnRole::question:
          assign(columns.question, column);
          break;
        case CsvColumnRole::numbering:
          break;
        case CsvColumnRole::answer:
          if (!columns.answers.contains(recognized.answer_number)) {
            columns.answers[recognized.answer_number] = column;
          } else {
            unknown.push_back(column);
          }
          break;
        case CsvColumnRole::time_limit:
          assign(columns.time_limit, column);
          break;
        case CsvColumnRole::correct_answers:
          assign(columns.correct, column);
          break;
        case CsvColumnRole::explanation:
          assign(columns.explanation, column);
          break;
        case CsvColumnRole::difficulty:
          assign(columns.difficulty, column);
          break;
        case CsvColumnRole::techniques:
          assign(columns.techniques, column);
          break;
        case CsvColumnRole::id:
          assign(columns.id, column);
          break;
        case CsvColumnRole::unknown:
          if (!trimmed(row.cells[column].text).empty()) unknown.push_back(column);
          break;
      }
    }
    if (!columns.question || columns.answers.empty()) continue;
    header_row_ = &row;
    columns_ = std::move(columns);
    first_data_row_ = index + 1;
    if (index > 0) {
      warning(table_.rows.front().line, 1,
              "Lines " + std::to_string(table_.rows.front().line) + " to " +
                  std::to_string(row.line - 1) +
                  " come before the header row and were skipped (templates keep their "
                  "instructions there).");
    }
    for (const std::size_t column : unknown) {
      warning(row.line, row.cells[column].column,
              describeColumn(column) +
                  " is not a column Esprit reads, so its values are not "
                  "imported. The columns Esprit reads are listed in docs/import.md.");
    }
    if (!columns_.correct) {
      error(row.line, 1,
            "The header row has no \"Correct answer(s)\" column, so no question can be scored. "
            "Add that column with the number of the right answer, such as 2 or \"1,3\".");
    }
    return true;
  }
  return false;
}

std::optional<std::vector<std::size_t>> CsvImport::parseCorrectAnswers(const CsvRow& row,
                                                                       std::size_t answer_count) {
  const CsvCell* cell = cellAt(row, columns_.correct);
  if (!cell || trimmed(cell->text).empty()) {
    error(row.line, cell ? cell->column : 1,
          "This row gives no correct answer, so it was not imported. Write the number of the "
          "right answer in " +
              describeColumn(columns_.correct.value_or(0)) +
              ", such as 2, or \"1,3\" when several are right.");
    return std::nullopt;
  }
  std::vector<std::size_t> correct;
  std::string token;
  auto takeToken = [&]() -> bool {
    if (token.empty()) return true;
    // "1 and 3", "1 et 3": the joining words are separators too.
    static constexpr std::string_view kJoiningWords[] = {"and", "et", "en", "und", "y"};
    for (const std::string_view word : kJoiningWords) {
      if (slugify(token, 8) == word) {
        token.clear();
        return true;
      }
    }
    std::size_t number = 0;
    const bool is_letter = token.size() == 1 && std::isalpha(static_cast<unsigned char>(token[0]));
    if (is_letter) {
      number =
          static_cast<std::size_t>(std::toupper(static_cast<unsigned char>(token[0])) - 'A' + 1);
    } else if (std::all_of(token.begin(), token.end(),
                           [](char character) {
                             return std::isdigit(static_cast<unsigned char>(character));
                           }) &&
               token.size() <= 2) {
      number = static_cast<std::size_t>(std::stoi(token));
    }
    if (number < 1 || number > answer_count) {
      error(row.line, cell->column,
            "\"" + trimmed(cell->text) + "\" in " + describeColumn(*columns_.correct) +
                " does not name one of the " + std::to_string(answer_count) +
                " answers of this row, so the row was not imported. Use the answer numbers, "
                "1 to " +
                std::to_string(answer_count) + ".");
      return false;
    }
    if (std::find(correct.begin(), correct.end(), number - 1) == correct.end()) {
      correct.push_back(number - 1);
    }
    token.clear();
    return true;
  };
  for (const char character : cell->text) {
    if (std::isalnum(static_cast<unsigned char>(character))) {
      token += character;
    } else if (!takeToken()) {
      return std::nullopt;
    }
  }
  if (!takeToken()) return std::nullopt;
  if (correct.empty()) {
    error(row.line, cell->column,
          "\"" + trimmed(cell->text) + "\" in " + describeColumn(*columns_.correct) +
              " names no answer, so the row was not imported. Use the answer numbers, such as "
              "2 or \"1,3\".");
    return std::nullopt;
  }
  std::sort(correct.begin(), correct.end());
  return correct;
}

void CsvImport::readOptionalColumns(const CsvRow& row, Question& question) {
  if (const CsvCell* cell = cellAt(row, columns_.explanation))
    question.explanation = unprotectCsvCell(trimmed(cell->text));
  if (const CsvCell* cell = cellAt(row, columns_.difficulty)) {
    const std::string slug = slugify(cell->text, 16);
    if (slug == "easy" || slug == "facile" || slug == "makkelijk" || slug == "leicht") {
      question.difficulty = Difficulty::easy;
    } else if (slug == "hard" || slug == "difficile" || slug == "moeilijk" || slug == "schwer") {
      question.difficulty = Difficulty::hard;
    } else if (slug.empty() || slug == "medium" || slug == "moyen" || slug == "gemiddeld" ||
               slug == "mittel") {
      question.difficulty = Difficulty::medium;
    } else {
      warning(row.line, cell->column,
              "\"" + trimmed(cell->text) +
                  "\" is not a difficulty Esprit knows (easy, medium or "
                  "hard); the question was imported as medium.");
    }
  }
  if (const CsvCell* cell = cellAt(row, columns_.techniques)) {
    std::string tag;
    auto takeTag = [&] {
      std::string technique = trimmed(tag);
      if (!technique.empty()) question.techniques.push_back(std::move(technique));
      tag.clear();
    };
    for (const char character : cell->text) {
      if (character == ',' || character == ';' || character == '\n') {
        takeTag();
      } else {
        tag += character;
      }
    }
    takeTag();
  }
}

void CsvImport::importRow(const CsvRow& row, std::size_t question_number) {
  Question question;
  const CsvCell* prompt_cell = cellAt(row, columns_.question);
  question.prompt = prompt_cell ? unprotectCsvCell(trimmed(prompt_cell->text)) : std::string();

  // Answers in number order; a blank answer in the middle is skipped and the
  // correct-answer numbers, which count the columns, are mapped past it.
  std::vector<std::string> answer_texts;
  for (const auto& [number, column] : columns_.answers) {
    answer_texts.push_back(unprotectCsvCell(trimmed(row.textAt(column))));
  }
  while (!answer_texts.empty() && answer_texts.back().empty()) answer_texts.pop_back();

  if (question.prompt.empty()) {
    error(row.line, prompt_cell ? prompt_cell->column : 1,
          "This row has answers but no question, so it was not imported. Write the question in " +
              describeColumn(*columns_.question) + ".");
    return;
  }
  if (!columns_.correct) return;  // reported once, at the header
  const std::optional<std::vector<std::size_t>> correct_columns =
      parseCorrectAnswers(row, answer_texts.size());
  if (!correct_columns) return;

  std::vector<std::size_t> option_of_column(answer_texts.size(), 0);
  for (std::size_t index = 0; index < answer_texts.size(); ++index) {
    option_of_column[index] = question.options.size();
    if (!answer_texts[index].empty()) question.options.push_back(answer_texts[index]);
  }
  std::vector<std::size_t> correct;
  for (const std::size_t column : *correct_columns) {
    if (answer_texts[column].empty()) {
      error(row.line, cellAt(row, columns_.correct)->column,
            "Answer " + std::to_string(column + 1) +
                " is marked correct but is empty, so the row was not imported.");
      return;
    }
    correct.push_back(option_of_column[column]);
  }
  if (question.options.size() < kMinimumOptions) {
    error(row.line, prompt_cell->column,
          "This question has fewer than two answers, so it was not imported. Esprit needs at "
          "least two answers to choose from.");
    return;
  }
  if (question.options.size() > kMaximumOptions) {
    error(row.line, prompt_cell->column,
          "This question has " + std::to_string(question.options.size()) +
              " answers; Esprit shows at most 10, so it was not imported.");
    return;
  }

  if (question.options.size() == 2) {
    if (const auto binary = matchBinaryAnswers(question.options[0], question.options[1])) {
      if (correct.size() != 1) {
        error(row.line, cellAt(row, columns_.correct)->column,
              "A true/false question must have exactly one correct answer, so the row was not "
              "imported.");
        return;
      }
      question.type = QuestionType::true_false;
      question.wording = binary->wording;
      question.is_real = (correct.front() == 0) == binary->first_is_true;
      question.options.clear();
    }
  }
  if (question.type != QuestionType::true_false) {
    if (correct.size() == 1) {
      question.type = QuestionType::single_choice;
      question.correct_option = correct.front();
    } else {
      question.type = QuestionType::multiple_choice;
      question.correct_options = correct;
    }
  }

  std::string wanted_id;
  if (const CsvCell* cell = cellAt(row, columns_.id)) wanted_id = trimmed(cell->text);
  question.id = ids_.allocate(wanted_id, question_number);
  readOptionalColumns(row, question);

  if (const CsvCell* cell = cellAt(row, columns_.time_limit);
      cell && !trimmed(cell->text).empty() && !reported_time_limits_) {
    reported_time_limits_ = true;
    warning(row.line, cell->column,
            "Esprit gives no points for speed, so the time limits in " +
                describeColumn(*columns_.time_limit) + " are not used.");
  }
  result_.pack.questions.push_back(std::move(question));
  result_.source_lines.push_back(row.line);
}

ImportResult CsvImport::run() {
  table_ = parseCsv(text_);
  result_.pack.metadata = makeImportedMetadata(options_, "");
  if (table_.unterminated_quote_line) {
    error(*table_.unterminated_quote_line, 1,
          "A cell opened with a double quote (\") here never closes, so everything after it "
          "was read as one cell. Add the closing quote.");
  }
  if (!readHeader()) {
    std::size_t widest = 0;
    for (const CsvRow& row : table_.rows) widest = std::max(widest, row.cells.size());
    columns_ = positionalColumns(widest);
    if (!table_.rows.empty()) {
      warning(table_.rows.front().line, 1,
              "No header row with a \"Question\" column was found, so the columns were read in "
              "the usual order: question, answers, time limit, correct answer(s).");
    }
  }
  std::size_t question_number = 0;
  for (std::size_t index = first_data_row_; index < table_.rows.size(); ++index) {
    const CsvRow& row = table_.rows[index];
    if (row.isBlank()) continue;
    importRow(row, ++question_number);
  }
  enforcePackLimits(result_, options_.file);
  if (result_.pack.questions.empty()) {
    error(0, 0, "No question could be imported from this file.");
  }
  return std::move(result_);
}

}  // namespace

ImportResult importCsv(std::string_view text, const ImportOptions& options) {
  return CsvImport(text, options).run();
}

}  // namespace esprit::interchange
