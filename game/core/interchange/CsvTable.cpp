// A small state machine over the text, tracking line and column for every
// cell so the import report can point at it.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/interchange/CsvTable.hpp"

#include <algorithm>
#include <array>

namespace esprit::interchange {
namespace {

char detectSeparator(std::string_view text) {
  std::array<std::pair<char, int>, 3> counts = {{{',', 0}, {';', 0}, {'\t', 0}}};
  bool quoted = false;
  for (const char character : text) {
    if (character == '"') quoted = !quoted;
    if (!quoted && (character == '\n' || character == '\r')) break;
    if (quoted) continue;
    for (auto& [separator, count] : counts) {
      if (character == separator) ++count;
    }
  }
  const auto most = std::max_element(
      counts.begin(), counts.end(),
      [](const auto& first, const auto& second) { return first.second < second.second; });
  return most->second > 0 ? most->first : ',';
}

bool isContinuationByte(char character) {
  return (static_cast<unsigned char>(character) & 0xC0) == 0x80;
}

}  // namespace

bool CsvRow::isBlank() const {
  return std::all_of(cells.begin(), cells.end(), [](const CsvCell& cell) {
    return cell.text.find_first_not_of(" \t") == std::string::npos;
  });
}

const std::string& CsvRow::textAt(std::size_t column) const {
  static const std::string kEmpty;
  return column < cells.size() ? cells[column].text : kEmpty;
}

CsvTable parseCsv(std::string_view text) {
  CsvTable table;
  table.separator = detectSeparator(text);

  int line = 1;
  int column = 1;
  CsvRow row;
  CsvCell cell;
  bool row_started = false;
  bool in_quotes = false;
  int quote_line = 0;

  auto startCellHere = [&] {
    cell.line = line;
    cell.column = column;
  };
  auto finishCell = [&] {
    row.cells.push_back(std::move(cell));
    cell = CsvCell{};
  };
  auto finishRow = [&] {
    finishCell();
    table.rows.push_back(std::move(row));
    row = CsvRow{};
    row_started = false;
  };

  startCellHere();
  for (std::size_t index = 0; index < text.size(); ++index) {
    const char character = text[index];
    if (!row_started) {
      row.line = line;
      row_started = true;
    }
    if (in_quotes) {
      if (character == '"') {
        if (index + 1 < text.size() && text[index + 1] == '"') {
          cell.text += '"';
          ++index;
          column += 2;
        } else {
          in_quotes = false;
          ++column;
        }
        continue;
      }
      // Spreadsheets write new lines inside a cell as \r\n on Windows; keep \n only.
      if (character == '\r' && index + 1 < text.size() && text[index + 1] == '\n') continue;
      cell.text += character;
      if (character == '\n') {
        ++line;
        column = 1;
      } else if (!isContinuationByte(character)) {
        ++column;
      }
      continue;
    }
    if (character == '"' && cell.text.find_first_not_of(" \t") == std::string::npos) {
      cell.text.clear();  // spaces before an opening quote are not part of the field
      in_quotes = true;
      quote_line = line;
      ++column;
    } else if (character == table.separator) {
      ++column;
      finishCell();
      startCellHere();
    } else if (character == '\r' || character == '\n') {
      if (character == '\r' && index + 1 < text.size() && text[index + 1] == '\n') ++index;
      finishRow();
      ++line;
      column = 1;
      startCellHere();
    } else {
      cell.text += character;
      if (!isContinuationByte(character)) ++column;
    }
  }
  if (in_quotes) table.unterminated_quote_line = quote_line;
  if (row_started) finishRow();
  return table;
}

std::string writeCsvRow(const std::vector<std::string>& fields, char separator) {
  std::string line;
  for (std::size_t index = 0; index < fields.size(); ++index) {
    if (index > 0) line += separator;
    const std::string& field = fields[index];
    const bool needs_quotes =
        field.find_first_of(std::string{'"', '\n', '\r', separator}) != std::string::npos ||
        (!field.empty() && (field.front() == ' ' || field.back() == ' '));
    if (!needs_quotes) {
      line += field;
      continue;
    }
    line += '"';
    for (const char character : field) {
      if (character == '"') line += '"';
      line += character;
    }
    line += '"';
  }
  line += "\r\n";
  return line;
}

std::string columnLetter(std::size_t column_index) {
  std::string letters;
  std::size_t remaining = column_index + 1;
  while (remaining > 0) {
    const std::size_t digit = (remaining - 1) % 26;
    letters.insert(letters.begin(), static_cast<char>('A' + digit));
    remaining = (remaining - 1) / 26;
  }
  return letters;
}

}  // namespace esprit::interchange
