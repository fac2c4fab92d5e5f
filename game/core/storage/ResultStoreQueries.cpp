// The read-only queries behind reports, the history screen and practice
// rounds (see ResultStore.hpp).
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResultStore.hpp"

#include "ResultStoreState.hpp"

#include <nlohmann/json.hpp>

#include <map>

namespace esprit::storage {
namespace {

// A JSON list of strings: techniques, option texts.
std::vector<std::string> stringsFrom(const std::string& json_text) {
  std::vector<std::string> techniques;
  const auto json = nlohmann::json::parse(json_text, nullptr, false);
  if (!json.is_array()) return techniques;
  for (const auto& item : json) {
    if (item.is_string()) techniques.push_back(item.get<std::string>());
  }
  return techniques;
}

std::vector<std::pair<std::string, std::string>> labelsFrom(const std::string& json_text) {
  std::vector<std::pair<std::string, std::string>> labels;
  const auto json = nlohmann::json::parse(json_text, nullptr, false);
  if (!json.is_object()) return labels;
  for (const auto& [id, label] : json.items()) {
    if (label.is_string()) labels.emplace_back(id, label.get<std::string>());
  }
  return labels;
}

// The catalogue row of an answer's question, when the session registered it.
constexpr const char* kJoinQuestion =
    " LEFT JOIN questions q ON q.pack_id = a.pack_id AND q.pack_version = a.pack_version"
    " AND q.question_id = a.question_id ";

}  // namespace

Result<std::vector<ReportAnswerRow>> ResultStore::reportRows(const ReportFilter& filter) {
  auto query = state_->connection.prepare(
      std::string("SELECT a.id, pl.id, pl.nickname, pl.class_code, s.id, s.mode, s.started, "
                  "a.pack_id, a.pack_version, a.question_id, COALESCE(q.position, 0), "
                  "COALESCE(q.type, ''), COALESCE(q.form, s.form), COALESCE(q.prompt, ''), "
                  "COALESCE(q.techniques, '[]'), q.is_real, "
                  "json_extract(a.answer, '$.says_real'), a.answer, a.correct, a.credit, "
                  "a.points, a.confidence, a.seconds_taken, a.answered, "
                  "COALESCE(q.options, '[]'), COALESCE(q.regions, '{}'), "
                  "COALESCE(pk.title, '') "
                  "FROM answers a JOIN sessions s ON s.id = a.session_id "
                  "JOIN players pl ON pl.id = s.player_id") +
      kJoinQuestion +
      "LEFT JOIN packs pk ON pk.pack_id = a.pack_id AND pk.pack_version = a.pack_version "
      "WHERE (?1 IS NULL OR pl.class_code = ?1) AND (?2 IS NULL OR pl.id = ?2) "
      "ORDER BY pl.class_code, pl.nickname, pl.id, a.answered, a.id");
  if (!query) return query.error();
  if (filter.class_code) query->bind(1, std::string_view(*filter.class_code));
  if (filter.player_id) query->bind(2, *filter.player_id);

  // A class answers the same questions: parse each catalogue text once.
  std::map<std::string, std::vector<std::string>, std::less<>> parsed_lists;
  const auto listFrom = [&parsed_lists](const std::string& json_text) {
    auto found = parsed_lists.find(json_text);
    if (found == parsed_lists.end())
      found = parsed_lists.emplace(json_text, stringsFrom(json_text)).first;
    return found->second;
  };
  return readRows(*query, [&listFrom](const Statement& columns) {
    ReportAnswerRow row;
    std::string techniques, options, region_labels;
    columns.readColumns(0, row.answer_id, row.player_id, row.nickname, row.class_code,
                        row.session_id, row.session_mode, row.session_started, row.pack_id,
                        row.pack_version, row.question_id, row.question_position, row.question_type,
                        row.form, row.prompt, techniques, row.is_real, row.says_real,
                        row.answer_json, row.correct, row.credit, row.points, row.confidence,
                        row.seconds_taken, row.answered, options, region_labels, row.pack_title);
    row.techniques = listFrom(techniques);
    row.options = listFrom(options);
    row.region_labels = labelsFrom(region_labels);
    return row;
  });
}

Result<PracticeHistory> ResultStore::practiceHistory(PlayerId player) {
  // A round is a session in which the player answered at least once,
  // numbered from 0 in the order they were started.
  auto query = state_->connection.prepare(
      std::string("WITH rounds AS (SELECT id, row_number() OVER (ORDER BY started, id) - 1 AS "
                  "round FROM sessions WHERE player_id = ?1 AND EXISTS "
                  "(SELECT 1 FROM answers WHERE session_id = sessions.id)) "
                  "SELECT a.pack_id, a.question_id, COALESCE(q.techniques, '[]'), a.correct, "
                  "r.round, (SELECT count(*) FROM rounds) FROM answers a "
                  "JOIN rounds r ON r.id = a.session_id") +
      kJoinQuestion + "ORDER BY r.round, a.position");
  if (!query) return query.error();
  query->bind(1, player);
  PracticeHistory history;
  auto answers = readRows(*query, [&history](const Statement& row) {
    history.rounds_played = static_cast<int>(row.integer(5));
    return PracticeAnswer{row.text(0), row.text(1), stringsFrom(row.text(2)), row.integer(3) != 0,
                          static_cast<int>(row.integer(4))};
  });
  if (!answers) return answers.error();
  history.answers = std::move(answers).value();
  return history;
}

Result<std::vector<TechniqueMastery>> ResultStore::masteryOverTime(PlayerId player) {
  auto query = state_->connection.prepare(
      std::string("SELECT s.id, s.started, t.value, count(*), sum(a.correct), sum(a.credit) "
                  "FROM sessions s JOIN answers a ON a.session_id = s.id") +
      kJoinQuestion +
      ", json_each(COALESCE(q.techniques, '[]')) t WHERE s.player_id = ?1 "
      "GROUP BY s.id, t.value ORDER BY s.started, s.id, t.value");
  if (!query) return query.error();
  query->bind(1, player);
  return readRows(*query, [](const Statement& columns) {
    TechniqueMastery mastery;
    columns.readColumns(0, mastery.session_id, mastery.started, mastery.technique, mastery.answered,
                        mastery.correct, mastery.credit);
    return mastery;
  });
}

Result<std::vector<CityAnswerRow>> ResultStore::cityRows(
    const std::optional<std::string>& class_code) {
  {
    auto transaction = Transaction::begin(state_->connection);
    if (!transaction) return transaction.error();
    // randomblob() draws from SQLite's own generator, seeded by the system.
    if (auto keyed =
            state_->connection.execute("INSERT INTO answer_keys (answer_id, answer_key) "
                                       "SELECT id, lower(hex(randomblob(16))) FROM answers "
                                       "WHERE id NOT IN (SELECT answer_id FROM answer_keys)");
        !keyed) {
      return keyed.error();
    }
    if (auto committed = transaction->commit(); !committed) return committed.error();
  }
  auto query = state_->connection.prepare(
      std::string("SELECT k.answer_key, pl.class_code, s.mode, a.pack_id, a.pack_version, "
                  "a.question_id, COALESCE(q.type, ''), COALESCE(q.form, s.form), "
                  "COALESCE(q.techniques, '[]'), "
                  "row_number() OVER (PARTITION BY pl.id, a.pack_id, a.question_id "
                  "ORDER BY a.answered, a.id) = 1, "
                  "a.correct, a.credit, a.confidence, q.is_real, "
                  "json_extract(a.answer, '$.says_real'), substr(a.answered, 1, 10) "
                  "FROM answers a JOIN answer_keys k ON k.answer_id = a.id "
                  "JOIN sessions s ON s.id = a.session_id "
                  "JOIN players pl ON pl.id = s.player_id") +
      kJoinQuestion + "WHERE (?1 IS NULL OR pl.class_code = ?1) ORDER BY a.answered, a.id");
  if (!query) return query.error();
  if (class_code) query->bind(1, std::string_view(*class_code));
  return readRows(*query, [](const Statement& columns) {
    CityAnswerRow row;
    std::string techniques;
    columns.readColumns(0, row.answer_key, row.class_code, row.mode, row.pack_id, row.pack_version,
                        row.question_id, row.question_type, row.form, techniques, row.first_attempt,
                        row.correct, row.credit, row.confidence, row.is_real, row.says_real,
                        row.answered_on);
    row.techniques = stringsFrom(techniques);
    return row;
  });
}

Result<std::vector<DatedAnswer>> ResultStore::datedAnswers(PlayerId player) {
  auto query = state_->connection.prepare(
      std::string("SELECT a.pack_id, a.question_id, COALESCE(q.techniques, '[]'), a.correct, "
                  "a.answered, q.is_real, json_extract(a.answer, '$.says_real') "
                  "FROM answers a JOIN sessions s ON s.id = a.session_id") +
      kJoinQuestion + "WHERE s.player_id = ?1 ORDER BY a.answered, a.id");
  if (!query) return query.error();
  query->bind(1, player);
  return readRows(*query, [](const Statement& columns) {
    DatedAnswer answer;
    std::string techniques;
    columns.readColumns(0, answer.pack_id, answer.question_id, techniques, answer.correct,
                        answer.answered, answer.is_real, answer.says_real);
    answer.techniques = stringsFrom(techniques);
    return answer;
  });
}

}  // namespace esprit::storage
