// The columns of the classroom-quiz spreadsheet layout, shared by the CSV
// importer and exporter so the two always agree: Question, Answer 1..4,
// Time limit, Correct answer(s), then Esprit's optional extra columns.
// docs/import.md describes the same layout for teachers.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Pack.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace esprit::interchange {

enum class CsvColumnRole {
  question,
  answer,  // with its number, 1-based
  time_limit,
  correct_answers,
  explanation,
  difficulty,
  techniques,
  id,
  numbering,  // "Question #", "Nr": a row number, not read and not worth a warning
  unknown,
};

struct CsvColumn {
  CsvColumnRole role = CsvColumnRole::unknown;
  int answer_number = 0;  // for CsvColumnRole::answer
};

// Recognizes a header cell in English, French, Dutch or German, ignoring case,
// accents and the hints templates add ("Question - max 120 characters").
CsvColumn recognizeCsvHeader(std::string_view header);

// Headers written on export (and recognized on import).
inline constexpr std::string_view kCsvQuestionHeader = "Question";
inline constexpr std::string_view kCsvAnswerHeader = "Answer";  // followed by " 1", " 2", ...
inline constexpr std::string_view kCsvTimeLimitHeader = "Time limit (sec)";
inline constexpr std::string_view kCsvCorrectHeader = "Correct answer(s)";
inline constexpr std::string_view kCsvExplanationHeader = "Explanation";
inline constexpr std::string_view kCsvDifficultyHeader = "Difficulty";
inline constexpr std::string_view kCsvTechniquesHeader = "Techniques";
inline constexpr std::string_view kCsvIdHeader = "ID";
// Quiz sites expect four answer columns even when a question uses two.
inline constexpr std::size_t kCsvStandardAnswerColumns = 4;
// The time limit written on export: Esprit has none, quiz sites require one.
inline constexpr std::string_view kCsvDefaultTimeLimit = "30";

// A pack is untrusted, and a spreadsheet runs a cell that starts with = + - or
// @ as a formula. On export such a cell gets a leading apostrophe, which
// spreadsheets hide and read as "this is text"; plain numbers such as -5 are
// left alone. On import the apostrophe is taken off again.
std::string protectCsvCell(std::string_view text);
std::string unprotectCsvCell(std::string_view text);

// Two answers that make a true/false item, such as "True"/"False".
struct BinaryAnswerWords {
  std::string_view true_word;
  std::string_view false_word;
  BinaryWording wording;
  std::string_view language;  // "" for words used whatever the pack's language
};

// Which wording two answers spell, and whether the first is the "true" one.
struct BinaryAnswerMatch {
  BinaryWording wording;
  bool first_is_true;
};
std::optional<BinaryAnswerMatch> matchBinaryAnswers(std::string_view first,
                                                    std::string_view second);

// The two answer texts for exporting a true/false item in `language`.
BinaryAnswerWords binaryAnswerWordsFor(BinaryWording wording, std::string_view language);

}  // namespace esprit::interchange
