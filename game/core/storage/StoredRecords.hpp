// Plain records the results store hands out: players, sessions, answers and
// the rows reports and practice rounds are built from. No SQL here.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Answer.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace esprit::storage {

using PlayerId = std::int64_t;
using SessionId = std::int64_t;
using AnswerId = std::int64_t;

struct Player {
  PlayerId id = 0;
  std::string nickname;
  std::string class_code;  // empty when the player gave none
  std::string created;     // UTC, "2026-11-24T08:09:46.123Z"
};

enum class SessionStatus { playing, finished, abandoned };

// A session as the history screen lists it, with its totals so far.
struct SessionSummary {
  SessionId id = 0;
  PlayerId player_id = 0;
  std::string pack_id;
  std::string pack_version;
  std::string pack_title;
  std::string mode;  // "solo", "classroom", "assessment", "practice", "kiosk"
  std::string form;  // "A" or "B" for an assessment, else empty
  std::string started;
  std::string finished;  // empty while playing
  SessionStatus status = SessionStatus::playing;
  int planned_questions = 0;
  int answered = 0;
  int correct = 0;
  int points = 0;
};

// Everything needed to rebuild a Session that was left unfinished: the same
// seed and the same question order (see ResultStore::resumeOptions).
struct ResumeState {
  std::uint64_t seed = 1;
  std::vector<std::string> question_ids;  // in the order they are played
  bool shuffle_options = true;
  bool ask_confidence = true;
  std::string form;
};

// One recorded answer, decoded back into the core's types.
struct StoredAnswer {
  AnswerId id = 0;
  SessionId session_id = 0;
  int position = 0;  // 0-based place in the session
  std::string question_id;
  std::string pack_id;
  std::string pack_version;
  Answer answer;  // seconds_taken included
  bool correct = false;
  double credit = 0;
  int points = 0;
  std::optional<double> confidence;
  std::string answered;  // UTC timestamp
};

// One answer with what a report needs about its player, session and question.
struct ReportAnswerRow {
  AnswerId answer_id = 0;
  PlayerId player_id = 0;
  std::string nickname;
  std::string class_code;
  SessionId session_id = 0;
  std::string session_mode;
  std::string session_started;
  std::string pack_id;
  std::string pack_version;
  std::string pack_title;  // of that version, as the catalogue keeps it
  std::string question_id;
  int question_position = 0;  // order in its pack
  std::string question_type;  // "single", "true_false", … (core/Vocabulary)
  std::string form;
  std::string prompt;
  std::vector<std::string> techniques;
  std::vector<std::string> options;  // the option texts, in the pack's order
  std::vector<std::pair<std::string, std::string>> region_labels;  // hotspot: id, label
  std::optional<bool> is_real;    // true/false items: the content is real
  std::optional<bool> says_real;  // true/false items: the player's answer
  std::string answer_json;
  bool correct = false;
  double credit = 0;
  int points = 0;
  std::optional<double> confidence;
  double seconds_taken = 0;
  std::string answered;
};

struct ReportFilter {
  std::optional<std::string> class_code;  // only players of this class
  std::optional<PlayerId> player_id;      // only this player
};

// One past answer of a player, for choosing a "weak spots" round.
struct PracticeAnswer {
  std::string pack_id;
  std::string question_id;
  std::vector<std::string> techniques;
  bool correct = false;
  int round = 0;  // the player's rounds numbered from 0, oldest first
};

struct PracticeHistory {
  int rounds_played = 0;                // the next round is number rounds_played
  std::vector<PracticeAnswer> answers;  // oldest first
};

// One past answer of a player with its day, for booster reviews.
struct DatedAnswer {
  std::string pack_id;
  std::string question_id;
  std::vector<std::string> techniques;
  bool correct = false;
  std::string answered;           // UTC timestamp, "2026-11-24T08:09:46.123Z"
  std::optional<bool> is_real;    // real-or-fake items: the content is real
  std::optional<bool> says_real;  // real-or-fake items: the player's answer
};

// One answer as the city's PostgreSQL server receives it: nothing that names
// the player, and the day without the time.
struct CityAnswerRow {
  std::string answer_key;  // random, stable (see the answer_keys table)
  std::string class_code;
  std::string mode;  // of the session: "solo", "assessment", ...
  std::string pack_id;
  std::string pack_version;
  std::string question_id;
  std::string question_type;
  std::string form;
  std::vector<std::string> techniques;
  bool first_attempt = false;  // the player's first answer to this question
  bool correct = false;
  double credit = 0;
  std::optional<double> confidence;
  std::optional<bool> is_real;
  std::optional<bool> says_real;
  std::string answered_on;  // UTC day, "2026-11-24"
};

// Mastery of one technique in one session, for the history screen's curves.
struct TechniqueMastery {
  SessionId session_id = 0;
  std::string started;
  std::string technique;
  int answered = 0;
  int correct = 0;
  double credit = 0;  // summed; credit / answered is the mastery
};

}  // namespace esprit::storage
