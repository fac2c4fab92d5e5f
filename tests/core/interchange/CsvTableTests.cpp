// The CSV reader and writer on the quoting rules spreadsheets use.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/interchange/CsvTable.hpp"

#include <doctest/doctest.h>

using namespace esprit::interchange;

TEST_CASE("quoted CSV fields keep separators, new lines and doubled quotes") {
  const CsvTable table = parseCsv("a,\"b,c\",\"say \"\"hi\"\"\",\"two\r\nlines\"\r\nnext,row\n");
  REQUIRE(table.rows.size() == 2);
  CHECK(table.separator == ',');
  REQUIRE(table.rows[0].cells.size() == 4);
  CHECK(table.rows[0].cells[1].text == "b,c");
  CHECK(table.rows[0].cells[2].text == "say \"hi\"");
  CHECK(table.rows[0].cells[3].text == "two\nlines");
  CHECK(table.rows[1].line == 3);
  CHECK(table.rows[1].cells[1].text == "row");
}

TEST_CASE("the CSV separator is the one the first line uses most") {
  CHECK(parseCsv("a;b;c\n").separator == ';');
  CHECK(parseCsv("a\tb\tc,d\n").separator == '\t');
  CHECK(parseCsv("\"a;b\",c\n").separator == ',');
  CHECK(parseCsv("single\n").separator == ',');
}

TEST_CASE("CSV cells know their line and column, counted in characters") {
  const CsvTable table = parseCsv("é,b\n\"x\ny\",z\n");
  CHECK(table.rows[0].cells[1].column == 3);
  CHECK(table.rows[1].cells[1].line == 3);
  CHECK(table.rows[1].cells[1].column == 4);
}

TEST_CASE("writing a CSV row quotes only the fields that need it") {
  CHECK(writeCsvRow({"plain", "with,comma", "say \"hi\"", "two\nlines", ""}, ',') ==
        "plain,\"with,comma\",\"say \"\"hi\"\"\",\"two\nlines\",\r\n");
  CHECK(writeCsvRow({"a;b", "c,d"}, ';') == "\"a;b\";c,d\r\n");
}

TEST_CASE("a written CSV row reads back as the same fields") {
  const std::vector<std::string> fields = {"x", "a, b", "\"q\"", "l1\nl2", " padded "};
  const CsvTable table = parseCsv(writeCsvRow(fields, ','));
  REQUIRE(table.rows.size() == 1);
  std::vector<std::string> read;
  for (const CsvCell& cell : table.rows[0].cells) read.push_back(cell.text);
  CHECK(read == fields);
}

TEST_CASE("column letters go on past Z like a spreadsheet's") {
  CHECK(columnLetter(0) == "A");
  CHECK(columnLetter(25) == "Z");
  CHECK(columnLetter(26) == "AA");
}
