// Writing the CSV exports (see CsvReport.hpp).
#include "CsvReport.hpp"

#include "AnswerText.hpp"

#include <initializer_list>

namespace esprit::report {
namespace {

class CsvWriter {
 public:
  explicit CsvWriter(CsvSeparator separator)
      : separator_(separator == CsvSeparator::semicolon ? ';' : ','),
        decimal_comma_(separator == CsvSeparator::semicolon) {
    text_.append(kUtf8ByteOrderMark);
  }

  CsvWriter& text(std::string_view value) {
    startField();
    text_ += csvTextField(value, separator_);
    return *this;
  }
  CsvWriter& integer(long long value) {
    startField();
    text_ += std::to_string(value);
    return *this;
  }
  CsvWriter& decimal(double value, int digits) {
    startField();
    text_ += formatDecimal(value, digits, decimal_comma_);
    return *this;
  }
  CsvWriter& decimal(const std::optional<double>& value, int digits) {
    if (value) return decimal(*value, digits);
    startField();
    return *this;
  }
  CsvWriter& flag(bool value) { return integer(value ? 1 : 0); }
  void endRow() {
    text_ += "\r\n";
    row_started_ = false;
  }
  void header(std::initializer_list<Text> columns, Language language) {
    for (const Text column : columns) text(reportText(column, language));
    endRow();
  }
  std::string take() { return std::move(text_); }

 private:
  void startField() {
    if (row_started_) text_ += separator_;
    row_started_ = true;
  }

  char separator_;
  bool decimal_comma_;
  bool row_started_ = false;
  std::string text_;
};

std::string joined(const std::vector<std::string>& items) {
  std::string text;
  for (const std::string& item : items) {
    if (!text.empty()) text += ' ';
    text += item;
  }
  return text;
}

constexpr int kCreditDigits = 3;
constexpr int kSecondsDigits = 1;
constexpr int kConfidenceDigits = 2;

void writeAnswers(CsvWriter& csv, const std::vector<storage::ReportAnswerRow>& rows,
                  Language language) {
  csv.header({Text::column_player,        Text::column_class,
              Text::column_session,       Text::column_session_started,
              Text::column_mode,          Text::column_pack,
              Text::column_pack_version,  Text::column_question,
              Text::column_question_type, Text::column_form,
              Text::column_techniques,    Text::column_prompt,
              Text::column_answer,        Text::column_answer_data,
              Text::column_correct,       Text::column_credit,
              Text::column_points,        Text::column_confidence,
              Text::column_seconds,       Text::column_answered_at},
             language);
  for (const auto& row : rows) {
    csv.text(row.nickname)
        .text(row.class_code)
        .integer(row.session_id)
        .text(row.session_started)
        .text(row.session_mode)
        .text(row.pack_id)
        .text(row.pack_version)
        .text(row.question_id)
        .text(row.question_type)
        .text(row.form)
        .text(joined(row.techniques))
        .text(row.prompt)
        .text(describeAnswer(row, language))
        .text(row.answer_json)
        .flag(row.correct)
        .decimal(row.credit, kCreditDigits)
        .integer(row.points)
        .decimal(row.confidence, kConfidenceDigits)
        .decimal(row.seconds_taken, kSecondsDigits)
        .text(row.answered);
    csv.endRow();
  }
}

void writePlayerQuestions(CsvWriter& csv, const ReportModel& model, Language language) {
  csv.header({Text::column_player, Text::column_class, Text::column_pack, Text::column_question,
              Text::column_techniques, Text::column_attempts, Text::column_right_attempts,
              Text::column_first_correct, Text::column_last_correct, Text::column_best_credit,
              Text::column_mean_seconds},
             language);
  for (const auto& entry : model.player_questions) {
    csv.text(entry.nickname)
        .text(entry.class_code)
        .text(entry.pack_id)
        .text(entry.question_id)
        .text(joined(entry.techniques))
        .integer(entry.attempts)
        .integer(entry.right_attempts)
        .flag(entry.first_correct)
        .flag(entry.last_correct)
        .decimal(entry.best_credit, kCreditDigits)
        .decimal(entry.meanSeconds(), kSecondsDigits);
    csv.endRow();
  }
}

}  // namespace

std::string csvTextField(std::string_view text, char separator) {
  std::string field;
  const bool looks_like_formula =
      !text.empty() && std::string_view("=+-@\t\r").find(text[0]) != std::string_view::npos;
  if (looks_like_formula) field += '\'';
  field += text;
  const bool needs_quotes =
      field.find_first_of(std::string{separator, '"', '\r', '\n'}) != std::string::npos ||
      (!field.empty() && (field.front() == ' ' || field.back() == ' '));
  if (!needs_quotes) return field;
  std::string quoted = "\"";
  for (const char character : field) {
    if (character == '"') quoted += '"';  // a quote inside is doubled
    quoted += character;
  }
  quoted += '"';
  return quoted;
}

std::string buildCsv(const std::vector<storage::ReportAnswerRow>& rows, const ReportModel& model,
                     const CsvOptions& options) {
  CsvWriter csv(options.separator);
  if (options.layout == CsvLayout::per_answer) {
    writeAnswers(csv, rows, options.language);
  } else {
    writePlayerQuestions(csv, model, options.language);
  }
  return csv.take();
}

}  // namespace esprit::report
