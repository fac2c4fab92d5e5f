// Teacher CSV exports that open straight in a spreadsheet: UTF-8 with a
// byte-order mark (so Excel reads accents right), CRLF line ends, fields
// quoted when they hold the separator, a quote or a line break (RFC 4180).
// With the semicolon separator, for French-locale spreadsheets, decimals are
// written with a comma too ("0,75"), as those spreadsheets expect. The item
// analysis CSV has fixed column names, for scripts as well as spreadsheets.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportLanguage.hpp"
#include "ReportModel.hpp"

#include "core/storage/StoredRecords.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace esprit::report {

enum class CsvSeparator { comma, semicolon };
enum class CsvLayout { per_answer, per_player_question, items };

struct CsvOptions {
  CsvLayout layout = CsvLayout::per_answer;
  CsvSeparator separator = CsvSeparator::comma;
  const ReportLanguage* language = nullptr;  // of the header row and answers; English if none
};

// The one rule for every report: a language that writes decimals with a
// comma gets semicolons, as its spreadsheets expect.
CsvSeparator defaultSeparator(const ReportLanguage& language);

inline constexpr std::string_view kUtf8ByteOrderMark = "\xEF\xBB\xBF";

// The whole file. per_answer lists `rows`; per_player_question lists
// model.player_questions; items lists model.items with the columns pack,
// question, answers, facility (0 to 1), discrimination (−1 to 1, empty when
// it cannot be worked out) and flag (empty, or a code such as "check-key").
std::string buildCsv(const std::vector<storage::ReportAnswerRow>& rows, const ReportModel& model,
                     const CsvOptions& options);

// One text field, quoted when needed. A field a spreadsheet would run as a
// formula (starting with = + - @) gets a leading apostrophe, so a nickname
// such as "=HYPERLINK(…)" stays text.
std::string csvTextField(std::string_view text, char separator);

}  // namespace esprit::report
