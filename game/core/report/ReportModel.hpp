// The numbers a teacher report shows, computed once from the answer rows the
// results store gives: per question (with its item analysis), per technique,
// per player, per player × question, and the change in discernment and
// calibration between assessment forms A, B and C. The CSV and HTML writers
// and the in-game report screen only lay these out.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ItemAnalysis.hpp"
#include "LearningChange.hpp"

#include "core/Scoring.hpp"
#include "core/storage/StoredRecords.hpp"

#include <optional>
#include <string>
#include <vector>

namespace esprit::report {

// "Share right" everywhere counts each player's first answer to a question:
// a question replayed until it is right was still hard.
struct QuestionStatistic {
  std::string pack_id;
  std::string pack_title;  // of the version answered last; the id when unknown
  std::string question_id;
  int position = 0;  // in its pack, to list questions as the pack does
  std::string prompt;
  std::string type;
  std::string form;
  std::vector<std::string> techniques;
  int players = 0;     // who answered it
  int right = 0;       // whose first answer was right
  double credit = 0;   // summed over first answers
  double seconds = 0;  // summed over first answers

  double shareRight() const { return players > 0 ? double(right) / players : 0; }
  double meanCredit() const { return players > 0 ? credit / players : 0; }
  double meanSeconds() const { return players > 0 ? seconds / players : 0; }
};

struct TechniqueStatistic {
  std::string technique;  // empty for questions that carry none
  int questions = 0;
  int answers = 0;  // first answers
  int right = 0;
  double credit = 0;
  // First answers to its real-or-fake items, for its discernment.
  DiscernmentCounts counts;

  double shareRight() const { return answers > 0 ? double(right) / answers : 0; }
  double meanCredit() const { return answers > 0 ? credit / answers : 0; }
  // d′ means something only when the class met both real and fake items.
  bool hasDiscernment() const { return counts.fakes() > 0 && counts.reals() > 0; }
};

struct PlayerStatistic {
  storage::PlayerId player_id = 0;
  std::string nickname;
  std::string class_code;
  int sessions = 0;
  int answers = 0;    // every answer, replays included
  int points = 0;     // over every answer
  int questions = 0;  // distinct questions answered
  int right = 0;      // right first answers

  double shareRight() const { return questions > 0 ? double(right) / questions : 0; }
};

struct PlayerQuestionStatistic {
  storage::PlayerId player_id = 0;
  std::string nickname;
  std::string class_code;
  std::string pack_id;
  std::string question_id;
  std::vector<std::string> techniques;
  int attempts = 0;
  int right_attempts = 0;
  bool first_correct = false;
  bool last_correct = false;
  double best_credit = 0;
  double seconds = 0;  // summed over attempts

  double meanSeconds() const { return attempts > 0 ? seconds / attempts : 0; }
};

struct ReportModel {
  std::optional<std::string> class_code;  // the filter the report was made with
  int players = 0;
  int sessions = 0;
  int answers = 0;
  std::vector<QuestionStatistic> questions;               // by pack, then pack order
  std::vector<TechniqueStatistic> techniques;             // hardest first
  std::vector<PlayerStatistic> player_totals;             // by class, then nickname
  std::vector<PlayerQuestionStatistic> player_questions;  // by player, then pack order
  std::vector<ItemStatistic> items;                       // as `questions`, one each
  // Before → after (forms A and B) and before → weeks later (form C), per
  // player by class then nickname, and for the class.
  LearningChanges learning;
};

// `rows` as ResultStore::reportRows returns them: by player, then time.
ReportModel buildReportModel(const std::vector<storage::ReportAnswerRow>& rows,
                             std::optional<std::string> class_code = {});

}  // namespace esprit::report
