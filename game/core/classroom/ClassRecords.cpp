// Enrolling players, committing their answers, finishing their sessions.
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
  std::lock_guard lock(mutex_);
  auto recorded = store_.recordAnswer(*round.storedSession(), static_cast<int>(round.position()),
                                      round.currentQuestion(), answer, evaluation);
  if (!recorded) return recorded.error();
  return {};
}

}  // namespace esprit::classroom
