// Reads and writes the CSV that spreadsheets save: comma, semicolon or tab
// separated, fields in double quotes may hold separators, new lines and
// doubled quotes (""), lines end in \n or \r\n.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace esprit::interchange {

struct CsvCell {
  std::string text;
  int line = 1;    // where the cell starts, 1-based
  int column = 1;  // in characters, 1-based
};

struct CsvRow {
  int line = 1;
  std::vector<CsvCell> cells;

  bool isBlank() const;
  // The cell's text, or "" for a column the row does not reach.
  const std::string& textAt(std::size_t column) const;
};

struct CsvTable {
  char separator = ',';
  std::vector<CsvRow> rows;
  // Set when a quoted field never ends: the line where it opened.
  std::optional<int> unterminated_quote_line;
};

// The separator is the one of ',', ';' and tab that appears most often in the
// first line outside quotes (a French spreadsheet saves with ';').
CsvTable parseCsv(std::string_view text);

// One row, with a field quoted only when it needs to be; ends with "\r\n" as
// RFC 4180 and every spreadsheet expect.
std::string writeCsvRow(const std::vector<std::string>& fields, char separator);

// "A", "B", ..., "Z", "AA": the column letter a spreadsheet shows.
std::string columnLetter(std::size_t column_index);

}  // namespace esprit::interchange
