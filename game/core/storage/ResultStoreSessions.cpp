// Sessions and answers: start, record, finish, list, resume (see ResultStore.hpp).
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResultStore.hpp"

#include "AnswerJson.hpp"
#include "ResultStoreState.hpp"

#include "core/Vocabulary.hpp"

#include <sqlite3.h>
#include <nlohmann/json.hpp>

#include <bit>
#include <iterator>

namespace esprit::storage {
namespace {

// SQLite integers are signed; the seed's 64 bits are kept as they are.
std::int64_t seedToColumn(std::uint64_t seed) { return std::bit_cast<std::int64_t>(seed); }
std::uint64_t seedFromColumn(std::int64_t value) { return std::bit_cast<std::uint64_t>(value); }

std::string resumeStateJson(const NewSession& session) {
  const nlohmann::json state = {
      {"question_ids", session.question_ids},
      {"shuffle_options", session.options.shuffle_options},
      {"ask_confidence", session.options.ask_confidence},
  };
  return state.dump();
}

SessionStatus statusFrom(std::string_view name) {
  if (name == "finished") return SessionStatus::finished;
  if (name == "abandoned") return SessionStatus::abandoned;
  return SessionStatus::playing;
}

Error noPlayingSession(SessionId session) {
  return Error{ErrorKind::not_found,
               "There is no session number " + std::to_string(session) + " still being played.", 0};
}

// Adds or refreshes the catalogue rows of the pack and of the questions a
// session plays, so reports know their prompt, techniques and form.
Status registerQuestions(Connection& connection, const Pack& pack,
                         const std::vector<std::string>& question_ids) {
  if (auto done = connection.run(
          "INSERT INTO packs (pack_id, pack_version, title, language) VALUES (?1, ?2, ?3, ?4) "
          "ON CONFLICT DO UPDATE SET title = excluded.title, language = excluded.language",
          pack.metadata.id, pack.metadata.version, pack.metadata.title, pack.metadata.language);
      !done) {
    return done;
  }

  auto question_row = connection.prepare(
      "INSERT INTO questions (pack_id, pack_version, question_id, position, type, form, "
      "techniques, prompt, options, regions, is_real) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) "
      "ON CONFLICT DO UPDATE SET position = excluded.position, type = excluded.type, "
      "form = excluded.form, techniques = excluded.techniques, prompt = excluded.prompt, "
      "options = excluded.options, regions = excluded.regions, is_real = excluded.is_real");
  if (!question_row) return question_row.error();
  for (const std::string& id : question_ids) {
    const Question* question = pack.findQuestion(id);
    if (question == nullptr) {
      return Error{ErrorKind::invalid_input,
                   "The pack " + pack.metadata.id + " has no question \"" + id + "\" to play.", 0};
    }
    const auto position = std::distance(pack.questions.data(), question);
    const std::string techniques = nlohmann::json(question->techniques).dump();
    const std::string options = nlohmann::json(question->options).dump();
    nlohmann::json region_labels = nlohmann::json::object();
    for (const HotspotRegion& region : question->regions) {
      region_labels[region.id] = region.label.empty() ? region.id : region.label;
    }
    const std::string regions = region_labels.dump();
    question_row->reset();
    question_row->bind(1, std::string_view(pack.metadata.id))
        .bind(2, std::string_view(pack.metadata.version))
        .bind(3, std::string_view(question->id))
        .bind(4, static_cast<std::int64_t>(position))
        .bind(5, nameOf(question->type))
        .bind(6, std::string_view(question->form))
        .bind(7, std::string_view(techniques))
        .bind(8, std::string_view(question->prompt))
        .bind(9, std::string_view(options))
        .bind(10, std::string_view(regions));
    if (question->type == QuestionType::true_false) {
      question_row->bind(11, std::int64_t{question->is_real ? 1 : 0});
    }
    if (auto done = question_row->run(); !done) return done;
  }
  return {};
}

Status changeStatus(Connection& connection, SessionId session, const char* sql) {
  if (auto done = connection.run(sql, session); !done) return done;
  if (connection.changes() == 0) return noPlayingSession(session);
  return {};
}

constexpr const char* kSessionSummaryColumns =
    "SELECT s.id, s.player_id, s.pack_id, s.pack_version, COALESCE(p.title, s.pack_id), s.mode, "
    "s.form, s.started, COALESCE(s.finished, ''), s.status, "
    "json_array_length(s.resume_state, '$.question_ids'), count(a.id), "
    "COALESCE(sum(a.correct), 0), COALESCE(sum(a.points), 0) "
    "FROM sessions s "
    "LEFT JOIN packs p ON p.pack_id = s.pack_id AND p.pack_version = s.pack_version "
    "LEFT JOIN answers a ON a.session_id = s.id ";

Result<std::vector<SessionSummary>> readSummaries(Statement& query) {
  return readRows(query, [](const Statement& columns) {
    SessionSummary summary;
    std::string status;
    columns.readColumns(0, summary.id, summary.player_id, summary.pack_id, summary.pack_version,
                        summary.pack_title, summary.mode, summary.form, summary.started,
                        summary.finished, status, summary.planned_questions, summary.answered,
                        summary.correct, summary.points);
    summary.status = statusFrom(status);
    return summary;
  });
}

}  // namespace

Result<SessionId> ResultStore::startSession(const NewSession& session, const Pack& pack) {
  if (session.question_ids.empty()) {
    return Error{ErrorKind::invalid_input,
                 "A session needs its question order to be saved, so it can be resumed.", 0};
  }
  Connection& connection = state_->connection;
  auto transaction = Transaction::begin(connection);
  if (!transaction) return transaction.error();
  if (auto registered = registerQuestions(connection, pack, session.question_ids); !registered) {
    return registered.error();
  }
  {
    auto insert = connection.prepare(
        std::string("INSERT INTO sessions (player_id, pack_id, pack_version, mode, form, seed, "
                    "started, resume_state) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ") +
        kSqlNow + ", ?7)");
    if (!insert) return insert.error();
    const std::string resume_state = resumeStateJson(session);
    insert->bind(1, session.player_id)
        .bind(2, std::string_view(pack.metadata.id))
        .bind(3, std::string_view(pack.metadata.version))
        .bind(4, std::string_view(session.mode))
        .bind(5, std::string_view(session.options.form))
        .bind(6, seedToColumn(session.options.seed))
        .bind(7, std::string_view(resume_state));
    if (auto inserted = insert->run(); !inserted) {
      if (inserted.error().sqlite_code == SQLITE_CONSTRAINT_FOREIGNKEY) {
        return Error{ErrorKind::not_found,
                     "There is no player number " + std::to_string(session.player_id) + ".", 0};
      }
      return inserted.error();
    }
  }
  const SessionId id = connection.lastInsertId();
  if (auto committed = transaction->commit(); !committed) return committed.error();
  return id;
}

namespace {

// One INSERT of an answer inside the caller's transaction.
Result<AnswerId> insertAnswer(Connection& connection, SessionId session, int position,
                              const Question& question, const Answer& answer,
                              const Evaluation& evaluation) {
  auto insert = connection.prepare(
      std::string("INSERT INTO answers (session_id, position, question_id, pack_id, "
                  "pack_version, answer, correct, credit, points, confidence, seconds_taken, "
                  "answered) SELECT id, ?2, ?3, pack_id, pack_version, ?4, ?5, ?6, ?7, ?8, ?9, ") +
      kSqlNow + " FROM sessions WHERE id = ?1 AND status = 'playing'");
  if (!insert) return insert.error();
  const std::string answer_json = answerToJson(answer.choice);
  insert->bind(1, session)
      .bind(2, std::int64_t{position})
      .bind(3, std::string_view(question.id))
      .bind(4, std::string_view(answer_json))
      .bind(5, std::int64_t{evaluation.correct ? 1 : 0})
      .bind(6, evaluation.credit)
      .bind(7, std::int64_t{evaluation.points})
      .bind(8, evaluation.confidence)
      .bind(9, answer.seconds_taken);
  if (auto inserted = insert->run(); !inserted) {
    if (inserted.error().sqlite_code == SQLITE_CONSTRAINT_UNIQUE) {
      return Error{ErrorKind::invalid_input,
                   "Session " + std::to_string(session) + " already has an answer at place " +
                       std::to_string(position) + "; an answer is recorded only once.",
                   inserted.error().sqlite_code};
    }
    return inserted.error();
  }
  if (connection.changes() == 0) return noPlayingSession(session);
  return connection.lastInsertId();
}

}  // namespace

Result<AnswerId> ResultStore::recordAnswer(SessionId session, int position,
                                           const Question& question, const Answer& answer,
                                           const Evaluation& evaluation) {
  Connection& connection = state_->connection;
  // Its own immediate transaction: committed (and, with synchronous=FULL,
  // synced) before this function returns, so a crash a moment later keeps it.
  auto transaction = Transaction::begin(connection);
  if (!transaction) return transaction.error();
  auto id = insertAnswer(connection, session, position, question, answer, evaluation);
  if (!id) return id.error();
  if (auto committed = transaction->commit(); !committed) return committed.error();
  return id;
}

Result<std::vector<AnswerId>> ResultStore::recordAnswers(
    const std::vector<AnswerToRecord>& answers) {
  Connection& connection = state_->connection;
  auto transaction = Transaction::begin(connection);
  if (!transaction) return transaction.error();
  std::vector<AnswerId> ids;
  ids.reserve(answers.size());
  for (const auto& item : answers) {
    auto id = insertAnswer(connection, item.session, item.position, *item.question, *item.answer,
                           *item.evaluation);
    if (!id) return id.error();  // the transaction rolls back: none is kept
    ids.push_back(*id);
  }
  if (auto committed = transaction->commit(); !committed) return committed.error();
  return ids;
}

Status ResultStore::finishSession(SessionId session) {
  return changeStatus(state_->connection, session,
                      (std::string("UPDATE sessions SET status = 'finished', finished = ") +
                       kSqlNow + " WHERE id = ?1 AND status = 'playing'")
                          .c_str());
}

Status ResultStore::abandonSession(SessionId session) {
  return changeStatus(state_->connection, session,
                      (std::string("UPDATE sessions SET status = 'abandoned', finished = ") +
                       kSqlNow + " WHERE id = ?1 AND status = 'playing'")
                          .c_str());
}

Result<std::vector<SessionSummary>> ResultStore::listSessions(PlayerId player) {
  auto query = state_->connection.prepare(std::string(kSessionSummaryColumns) +
                                          "WHERE s.player_id = ?1 GROUP BY s.id "
                                          "ORDER BY s.started, s.id");
  if (!query) return query.error();
  query->bind(1, player);
  return readSummaries(*query);
}

Result<std::vector<SessionSummary>> ResultStore::unfinishedSessions(
    std::optional<PlayerId> player) {
  auto query = state_->connection.prepare(std::string(kSessionSummaryColumns) +
                                          "WHERE s.status = 'playing' AND "
                                          "(?1 IS NULL OR s.player_id = ?1) GROUP BY s.id "
                                          "ORDER BY s.started DESC, s.id DESC");
  if (!query) return query.error();
  if (player) query->bind(1, *player);
  return readSummaries(*query);
}

Result<ResumeState> ResultStore::resumeState(SessionId session) {
  auto query =
      state_->connection.prepare("SELECT seed, form, resume_state FROM sessions WHERE id = ?1");
  if (!query) return query.error();
  query->bind(1, session);
  auto row = query->step();
  if (!row) return row.error();
  if (!*row) {
    return Error{ErrorKind::not_found,
                 "There is no session number " + std::to_string(session) + ".", 0};
  }
  ResumeState state;
  state.seed = seedFromColumn(query->integer(0));
  state.form = query->text(1);
  const auto json = nlohmann::json::parse(query->text(2), nullptr, false);
  const auto ids = json.is_object() ? json.find("question_ids") : json.end();
  if (!json.is_object() || ids == json.end() || !ids->is_array()) {
    return Error{ErrorKind::damaged,
                 "The saved state of session " + std::to_string(session) +
                     " cannot be read, so it cannot be resumed. Its answers are kept.",
                 0};
  }
  for (const auto& id : *ids) {
    if (id.is_string()) state.question_ids.push_back(id.get<std::string>());
  }
  state.shuffle_options = json.value("shuffle_options", true);
  state.ask_confidence = json.value("ask_confidence", true);
  return state;
}

Result<std::vector<StoredAnswer>> ResultStore::sessionAnswers(SessionId session) {
  auto query = state_->connection.prepare(
      "SELECT id, session_id, position, question_id, pack_id, pack_version, answer, correct, "
      "credit, points, confidence, seconds_taken, answered FROM answers WHERE session_id = ?1 "
      "ORDER BY position");
  if (!query) return query.error();
  query->bind(1, session);
  std::vector<StoredAnswer> answers;
  while (true) {
    auto row = query->step();
    if (!row) return row.error();
    if (!*row) break;
    StoredAnswer stored;
    std::string answer_json;
    double seconds_taken = 0;
    query->readColumns(0, stored.id, stored.session_id, stored.position, stored.question_id,
                       stored.pack_id, stored.pack_version, answer_json, stored.correct,
                       stored.credit, stored.points, stored.confidence, seconds_taken,
                       stored.answered);
    auto choice = answerFromJson(answer_json);
    if (!choice) return choice.error();
    stored.answer = Answer{std::move(choice).value(), seconds_taken};
    answers.push_back(std::move(stored));
  }
  return answers;
}

SessionOptions resumeOptions(const ResumeState& state) {
  SessionOptions options;
  options.seed = state.seed;
  options.shuffle_questions = false;  // the order is already fixed by question_ids
  options.shuffle_options = state.shuffle_options;
  options.ask_confidence = state.ask_confidence;
  options.form = state.form;
  options.max_questions = 0;
  options.question_ids = state.question_ids;
  return options;
}

}  // namespace esprit::storage
