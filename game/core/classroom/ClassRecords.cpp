// Enrolling players, committing their answers, finishing their sessions.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/classroom/ClassRecords.hpp"

#include "core/play/Round.hpp"
#include "core/play/RoundRequest.hpp"

#include <algorithm>
#include <cctype>

namespace esprit::classroom {
namespace {

bool sameIgnoringCase(const std::string& first, const std::string& second) {
  return first.size() == second.size() &&
         std::equal(first.begin(), first.end(), second.begin(), [](char a, char b) {
           return std::tolower(static_cast<unsigned char>(a)) ==
                  std::tolower(static_cast<unsigned char>(b));
         });
}

}  // namespace

Result<Enrolment> ClassRecords::enrol(const std::string& nickname, const std::string& class_code,
                                      const Pack& pack,
                                      const std::vector<std::string>& question_ids,
                                      std::uint64_t seed) {
  std::lock_guard lock(mutex_);
  Enrolment enrolment;
  auto players = store_.listPlayers(class_code);
  if (!players) return players.error();
  for (const auto& player : *players) {
    if (sameIgnoringCase(player.nickname, nickname)) enrolment.player_id = player.id;
  }
  if (enrolment.player_id == 0) {
    auto created = store_.createPlayer(nickname, class_code);
    if (!created) return created.error();
    enrolment.player_id = created->id;
    enrolment.created_here = true;
  }
  storage::NewSession session;
  session.player_id = enrolment.player_id;
  session.mode = std::string(play::roundKindName(play::RoundKind::classroom));
  session.options.seed = seed;
  session.options.shuffle_questions = false;
  session.options.question_ids = question_ids;
  session.question_ids = question_ids;
  auto started = store_.startSession(session, pack);
  if (!started) {
    if (enrolment.created_here) (void)store_.deletePlayer(enrolment.player_id);
    return started.error();
  }
  enrolment.session_id = *started;
  return enrolment;
}

void ClassRecords::withdraw(const Enrolment& enrolment) {
  std::lock_guard lock(mutex_);
  if (enrolment.created_here) {
    (void)store_.deletePlayer(enrolment.player_id);
  } else {
    (void)store_.abandonSession(enrolment.session_id);
  }
}

Status ClassRecords::finish(storage::SessionId session) {
  std::lock_guard lock(mutex_);
  return store_.finishSession(session);
}

Result<std::vector<storage::StoredAnswer>> ClassRecords::answers(storage::SessionId session) {
  std::lock_guard lock(mutex_);
  return store_.sessionAnswers(session);
}

Status ClassRecords::recordAnswer(play::Round& round, const Answer& answer,
                                  const Evaluation& evaluation) {
  if (!round.storedSession()) {
    return Error{ErrorKind::internal, "This player has no session to record answers in.", 0};
  }
  auto mine = std::make_shared<Pending>();
  mine->record = {*round.storedSession(), static_cast<int>(round.position()),
                  &round.currentQuestion(), &answer, &evaluation};
  std::unique_lock lock(queue_mutex_);
  queue_.push_back(mine);
  // Whoever finds no batch being written writes everything waiting; the
  // others wait for the batch that holds their answer.
  while (!mine->done) {
    if (writing_) {
      batch_written_.wait(lock);
      continue;
    }
    writing_ = true;
    std::vector<std::shared_ptr<Pending>> batch;
    batch.swap(queue_);
    lock.unlock();
    writeBatch(batch);
    lock.lock();
    for (auto& pending : batch) pending->done = true;
    writing_ = false;
    batch_written_.notify_all();
  }
  return mine->status;
}

void ClassRecords::writeBatch(std::vector<std::shared_ptr<Pending>>& batch) {
  std::lock_guard store_lock(mutex_);
  std::vector<storage::AnswerToRecord> records;
  for (const auto& pending : batch) records.push_back(pending->record);
  auto written = store_.recordAnswers(records);
  if (written || batch.size() == 1) {
    const Status outcome = written ? Status{} : Status{written.error()};
    for (auto& pending : batch) pending->status = outcome;
  } else {
    // One bad answer must not fail the others: each goes alone then.
    for (auto& pending : batch) {
      const auto& record = pending->record;
      auto alone = store_.recordAnswer(record.session, record.position, *record.question,
                                       *record.answer, *record.evaluation);
      pending->status = alone ? Status{} : Status{alone.error()};
    }
  }
}

}  // namespace esprit::classroom
