// Teacher CSV exports that open straight in a spreadsheet: UTF-8 with a
// byte-order mark (so Excel reads accents right), CRLF line ends, fields
// quoted when they hold the separator, a quote or a line break (RFC 4180).
// With the semicolon separator, for French-locale spreadsheets, decimals are
// written with a comma too ("0,75"), as those spreadsheets expect.
#pragma once

#include "ReportModel.hpp"
#include "ReportText.hpp"

#include "core/storage/StoredRecords.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace esprit::report {

enum class CsvSeparator { comma, semicolon };
enum class CsvLayout { per_answer, per_player_question };

struct CsvOptions {
  CsvLayout layout = CsvLayout::per_answer;
  CsvSeparator separator = CsvSeparator::comma;
  Language language = Language::english;  // of the header row
};

inline constexpr std::string_view kUtf8ByteOrderMark = "\xEF\xBB\xBF";

// The whole file. per_answer lists `rows`; per_player_question lists
// model.player_questions.
std::string buildCsv(const std::vector<storage::ReportAnswerRow>& rows, const ReportModel& model,
                     const CsvOptions& options);

// One text field, quoted when needed. A field a spreadsheet would run as a
// formula (starting with = + - @) gets a leading apostrophe, so a nickname
// such as "=HYPERLINK(…)" stays text.
std::string csvTextField(std::string_view text, char separator);

}  // namespace esprit::report
