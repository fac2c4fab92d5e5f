// The read-only queries behind reports, the history screen and practice
// rounds (see ResultStore.hpp).
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

std::optional<bool> optionalBool(const Statement& row, int column) {
  if (row.isNull(column)) return std::nullopt;
  return row.integer(column) != 0;
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
  std::vector<ReportAnswerRow> rows;
  while (true) {
    auto step = query->step();
    if (!step) return step.error();
    if (!*step) break;
    ReportAnswerRow row;
    row.answer_id = query->integer(0);
    row.player_id = query->integer(1);
    row.nickname = query->text(2);
    row.class_code = query->text(3);
    row.session_id = query->integer(4);
    row.session_mode = query->text(5);
    row.session_started = query->text(6);
    row.pack_id = query->text(7);
    row.pack_version = query->text(8);
    row.question_id = query->text(9);
    row.question_position = static_cast<int>(query->integer(10));
    row.question_type = query->text(11);
    row.form = query->text(12);
    row.prompt = query->text(13);
    row.techniques = listFrom(query->text(14));
    row.is_real = optionalBool(*query, 15);
    row.says_real = optionalBool(*query, 16);
    row.answer_json = query->text(17);
    row.correct = query->integer(18) != 0;
    row.credit = query->real(19);
    row.points = static_cast<int>(query->integer(20));
    row.confidence = query->optionalReal(21);
    row.seconds_taken = query->real(22);
    row.answered = query->text(23);
    row.options = listFrom(query->text(24));
    row.region_labels = labelsFrom(query->text(25));
    row.pack_title = query->text(26);
    rows.push_back(std::move(row));
  }
  return rows;
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
  while (true) {
    auto step = query->step();
    if (!step) return step.error();
    if (!*step) break;
    history.answers.push_back(PracticeAnswer{query->text(0), query->text(1),
                                             stringsFrom(query->text(2)), query->integer(3) != 0,
                                             static_cast<int>(query->integer(4))});
    history.rounds_played = static_cast<int>(query->integer(5));
  }
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
  std::vector<TechniqueMastery> mastery;
  while (true) {
    auto step = query->step();
    if (!step) return step.error();
    if (!*step) break;
    mastery.push_back(TechniqueMastery{query->integer(0), query->text(1), query->text(2),
                                       static_cast<int>(query->integer(3)),
                                       static_cast<int>(query->integer(4)), query->real(5)});
  }
  return mastery;
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
  std::vector<CityAnswerRow> rows;
  while (true) {
    auto step = query->step();
    if (!step) return step.error();
    if (!*step) break;
    CityAnswerRow row;
    row.answer_key = query->text(0);
    row.class_code = query->text(1);
    row.mode = query->text(2);
    row.pack_id = query->text(3);
    row.pack_version = query->text(4);
    row.question_id = query->text(5);
    row.question_type = query->text(6);
    row.form = query->text(7);
    row.techniques = stringsFrom(query->text(8));
    row.first_attempt = query->integer(9) != 0;
    row.correct = query->integer(10) != 0;
    row.credit = query->real(11);
    row.confidence = query->optionalReal(12);
    row.is_real = optionalBool(*query, 13);
    row.says_real = optionalBool(*query, 14);
    row.answered_on = query->text(15);
    rows.push_back(std::move(row));
  }
  return rows;
}

Result<std::vector<DatedAnswer>> ResultStore::datedAnswers(PlayerId player) {
  auto query = state_->connection.prepare(
      std::string("SELECT a.pack_id, a.question_id, COALESCE(q.techniques, '[]'), a.correct, "
                  "a.answered, q.is_real, json_extract(a.answer, '$.says_real') "
                  "FROM answers a JOIN sessions s ON s.id = a.session_id") +
      kJoinQuestion + "WHERE s.player_id = ?1 ORDER BY a.answered, a.id");
  if (!query) return query.error();
  query->bind(1, player);
  std::vector<DatedAnswer> answers;
  while (true) {
    auto step = query->step();
    if (!step) return step.error();
    if (!*step) break;
    answers.push_back(DatedAnswer{query->text(0), query->text(1), stringsFrom(query->text(2)),
                                  query->integer(3) != 0, query->text(4), optionalBool(*query, 5),
                                  optionalBool(*query, 6)});
  }
  return answers;
}

}  // namespace esprit::storage
