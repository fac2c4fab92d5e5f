// From answer rows to report statistics (see ReportModel.hpp).
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportModel.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace esprit::report {

using storage::PlayerId;
using storage::ReportAnswerRow;

namespace {

// The entry kept for `key`, appended with `make()` the first time the key
// comes; `index` says where each key's entry is. True when it is new.
template <class Key, class Entry, class Make>
std::pair<Entry&, bool> entryFor(std::map<Key, std::size_t>& index, std::vector<Entry>& entries,
                                 const Key& key, Make make) {
  auto [slot, added] = index.try_emplace(key, entries.size());
  if (added) entries.push_back(make());
  return {entries[slot->second], added};
}

}  // namespace

ReportModel buildReportModel(const std::vector<ReportAnswerRow>& rows,
                             std::optional<std::string> class_code) {
  ReportModel model;
  model.class_code = std::move(class_code);
  model.answers = static_cast<int>(rows.size());

  std::map<PlayerId, std::size_t> player_index;  // into model.player_totals
  std::map<std::tuple<PlayerId, std::string, std::string>, std::size_t> player_question_index;
  std::map<std::pair<std::string, std::string>, std::size_t> question_index;
  std::map<std::string, TechniqueStatistic> techniques;
  std::map<std::string, std::set<std::pair<std::string, std::string>>> technique_questions;
  std::set<std::pair<PlayerId, storage::SessionId>> player_sessions;

  for (const ReportAnswerRow& row : rows) {
    PlayerStatistic& player =
        entryFor(player_index, model.player_totals, row.player_id, [&row] {
          return PlayerStatistic{row.player_id, row.nickname, row.class_code, 0, 0, 0, 0, 0};
        }).first;
    ++player.answers;
    player.points += row.points;
    if (player_sessions.emplace(row.player_id, row.session_id).second) ++player.sessions;

    const auto question_key = std::make_pair(row.pack_id, row.question_id);
    QuestionStatistic& question = entryFor(question_index, model.questions, question_key, [&row] {
                                    QuestionStatistic question;
                                    question.pack_id = row.pack_id;
                                    question.question_id = row.question_id;
                                    return question;
                                  }).first;
    // The catalogue row of the version answered; later versions win.
    question.pack_title = row.pack_title.empty() ? row.pack_id : row.pack_title;
    question.position = row.question_position;
    question.prompt = row.prompt;
    question.type = row.question_type;
    question.form = row.form;
    question.techniques = row.techniques;

    const auto player_question_key = std::make_tuple(row.player_id, row.pack_id, row.question_id);
    auto [attempts, first_attempt] =
        entryFor(player_question_index, model.player_questions, player_question_key, [&row] {
          return PlayerQuestionStatistic{.player_id = row.player_id,
                                         .nickname = row.nickname,
                                         .class_code = row.class_code,
                                         .pack_id = row.pack_id,
                                         .question_id = row.question_id,
                                         .techniques = row.techniques,
                                         .attempts = 0,
                                         .right_attempts = 0,
                                         .first_correct = row.correct,
                                         .last_correct = false,
                                         .best_credit = 0,
                                         .seconds = 0};
        });
    ++attempts.attempts;
    if (row.correct) ++attempts.right_attempts;
    attempts.last_correct = row.correct;
    attempts.best_credit = std::max(attempts.best_credit, row.credit);
    attempts.seconds += row.seconds_taken;

    if (!first_attempt) continue;  // everything below counts first answers only

    ++question.players;
    if (row.correct) ++question.right;
    question.credit += row.credit;
    question.seconds += row.seconds_taken;

    ++player.questions;
    if (row.correct) ++player.right;

    const std::vector<std::string> tags =
        row.techniques.empty() ? std::vector<std::string>{""} : row.techniques;
    for (const std::string& tag : tags) {
      TechniqueStatistic& technique = techniques[tag];
      technique.technique = tag;
      ++technique.answers;
      if (row.correct) ++technique.right;
      technique.credit += row.credit;
      if (row.is_real && row.says_real) countDiscernment(row, technique.counts);
      technique_questions[tag].insert(question_key);
    }
  }

  model.players = static_cast<int>(model.player_totals.size());
  model.sessions = static_cast<int>(player_sessions.size());

  std::sort(model.questions.begin(), model.questions.end(),
            [](const auto& left, const auto& right) {
              return std::tie(left.pack_id, left.position, left.question_id) <
                     std::tie(right.pack_id, right.position, right.question_id);
            });

  for (auto& [tag, technique] : techniques) {
    technique.questions = static_cast<int>(technique_questions[tag].size());
    model.techniques.push_back(technique);
  }
  std::stable_sort(
      model.techniques.begin(), model.techniques.end(),
      [](const auto& left, const auto& right) { return left.shareRight() < right.shareRight(); });

  // Player × question rows follow the players' order, then the pack order.
  std::map<std::pair<std::string, std::string>, int> position_of;
  for (const auto& question : model.questions) {
    position_of[{question.pack_id, question.question_id}] = question.position;
  }
  std::stable_sort(model.player_questions.begin(), model.player_questions.end(),
                   [&](const auto& left, const auto& right) {
                     const auto left_player = player_index.at(left.player_id);
                     const auto right_player = player_index.at(right.player_id);
                     const int left_position = position_of[{left.pack_id, left.question_id}];
                     const int right_position = position_of[{right.pack_id, right.question_id}];
                     return std::tie(left_player, left.pack_id, left_position) <
                            std::tie(right_player, right.pack_id, right_position);
                   });

  model.items = analyseItems(model);
  std::vector<PlayerId> players_in_order;
  for (const PlayerStatistic& player : model.player_totals) {
    players_in_order.push_back(player.player_id);
  }
  model.learning = measureLearning(rows, players_in_order);
  return model;
}

}  // namespace esprit::report
