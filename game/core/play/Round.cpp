// The round engine: starting, resuming, answering and moving on.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/play/Round.hpp"

#include "core/storage/ResultStore.hpp"

#include <utility>

namespace esprit::play {

Round::Round(std::shared_ptr<const PackEntry> entry, RoundKind kind, SessionOptions options)
    : entry_(std::move(entry)), kind_(kind), session_(*entry_->result.pack, std::move(options)) {}

Result<Round> Round::start(std::shared_ptr<const PackEntry> entry, const RoundRequest& request) {
  if (!entry || !entry->result.usable()) {
    return Error{ErrorKind::invalid_input,
                 "This pack cannot be played: it has errors. `esprit validate` lists them.", 0};
  }
  Round round(std::move(entry), request.kind, sessionOptionsFor(request));
  if (round.questionCount() == 0) {
    return Error{ErrorKind::not_found,
                 request.form.empty()
                     ? "This pack has no question to play."
                     : "This pack has no question in form " + request.form + ".",
                 0};
  }
  return round;
}

Result<Round> Round::resume(std::shared_ptr<const PackEntry> entry, RoundKind kind,
                            const storage::ResumeState& state,
                            const std::vector<storage::StoredAnswer>& answers,
                            storage::SessionId stored_session) {
  if (!entry || !entry->result.usable()) {
    return Error{ErrorKind::invalid_input,
                 "The pack of this round cannot be played any more: it has errors.", 0};
  }
  Round round(std::move(entry), kind, storage::resumeOptions(state));
  if (round.questionCount() == 0) {
    return Error{ErrorKind::not_found,
                 "None of this round's questions is in the pack any more, so it cannot go on.", 0};
  }
  for (const auto& stored : answers) {
    if (round.finished() || stored.position != static_cast<int>(round.position()) ||
        round.currentQuestion().id != stored.question_id) {
      break;
    }
    if (!std::holds_alternative<Evaluation>(round.session_.submit(stored.answer))) break;
    round.session_.advance();
  }
  round.stored_session_ = stored_session;
  return round;
}

void Round::recordTo(RoundRecorder* recorder, RecordingRule rule) {
  recorder_ = recorder;
  rule_ = rule;
}

Result<Evaluation> Round::answer(const Answer& given) {
  auto scored = session_.evaluate(given);
  if (const auto* mismatch = std::get_if<AnswerMismatch>(&scored)) {
    return Error{ErrorKind::invalid_input, "This answer does not fit: " + mismatch->message, 0};
  }
  if (recorder_ != nullptr) {
    const Status saved = recorder_->recordAnswer(*this, given, std::get<Evaluation>(scored));
    if (!saved) {
      if (rule_ == RecordingRule::must_save) return saved.error();
      recording_failure_ = saved.error();
    }
  }
  // evaluate() just accepted it, so submit() cannot refuse it now.
  const Evaluation evaluation = std::get<Evaluation>(session_.submit(given));
  last_answer_ = given;
  last_evaluation_ = evaluation;
  return evaluation;
}

bool Round::next() { return session_.advance(); }

bool Round::skip() {
  if (!session_.skip()) return false;
  last_answer_.reset();
  last_evaluation_.reset();
  return true;
}

}  // namespace esprit::play
