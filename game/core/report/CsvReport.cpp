// Writing the CSV exports (see CsvReport.hpp).
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvReport.hpp"

#include "AnswerText.hpp"
#include "core/JoinedText.hpp"

#include <initializer_list>
#include <optional>

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
  void header(std::initializer_list<const char*> columns, const ReportLanguage& language) {
    for (const char* column : columns) text(language.text(std::string("column.") + column));
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

constexpr int kCreditDigits = 3;
constexpr int kSecondsDigits = 1;
constexpr int kConfidenceDigits = 2;

constexpr int kShareDigits = 3;

void writeAnswers(CsvWriter& csv, const std::vector<storage::ReportAnswerRow>& rows,
                  const ReportLanguage& language) {
  csv.header({"player",     "class",        "session",    "session_started", "mode",
              "pack",       "pack_version", "question",   "question_type",   "form",
              "techniques", "prompt",       "answer",     "answer_data",     "correct",
              "credit",     "points",       "confidence", "seconds",         "answered_at"},
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
        .text(joined(row.techniques, " "))
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

void writePlayerQuestions(CsvWriter& csv, const ReportModel& model,
                          const ReportLanguage& language) {
  csv.header({"player", "class", "pack", "question", "techniques", "attempts", "right_attempts",
              "first_correct", "last_correct", "best_credit", "mean_seconds"},
             language);
  for (const auto& entry : model.player_questions) {
    csv.text(entry.nickname)
        .text(entry.class_code)
        .text(entry.pack_id)
        .text(entry.question_id)
        .text(joined(entry.techniques, " "))
        .integer(entry.attempts)
        .integer(entry.right_attempts)
        .flag(entry.first_correct)
        .flag(entry.last_correct)
        .decimal(entry.best_credit, kCreditDigits)
        .decimal(entry.meanSeconds(), kSecondsDigits);
    csv.endRow();
  }
}

void writeItems(CsvWriter& csv, const ReportModel& model) {
  for (const char* column : {"pack", "question", "answers", "facility", "discrimination", "flag"}) {
    csv.text(column);
  }
  csv.endRow();
  for (const auto& item : model.items) {
    csv.text(item.pack_id)
        .text(item.question_id)
        .integer(item.answers)
        .decimal(item.facility, kShareDigits)
        .decimal(item.discrimination, kShareDigits)
        .text(itemFlagCode(item.flag));
    csv.endRow();
  }
}

}  // namespace

CsvSeparator defaultSeparator(const ReportLanguage& language) {
  return language.usesDecimalComma() ? CsvSeparator::semicolon : CsvSeparator::comma;
}

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
  std::optional<ReportLanguage> english;
  if (options.language == nullptr) english = ReportLanguage::english();
  const ReportLanguage& language = options.language != nullptr ? *options.language : *english;
  switch (options.layout) {
    case CsvLayout::per_answer:
      writeAnswers(csv, rows, language);
      break;
    case CsvLayout::per_player_question:
      writePlayerQuestions(csv, model, language);
      break;
    case CsvLayout::items:
      writeItems(csv, model);
      break;
  }
  return csv.take();
}

}  // namespace esprit::report
