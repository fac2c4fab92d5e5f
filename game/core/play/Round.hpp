// The round engine: one round of a pack from the first question to the
// results, with no window. It chooses the questions (through RoundRequest),
// scores each answer, hands it to a recorder before counting it, resumes a
// stored round by replaying its answers, and sums up the results. The
// window's screens, the kiosk and the classroom host all play through it.
//
//   auto round = Round::start(entry, request);       // or Round::resume(...)
//   round->recordTo(&records);
//   while (!round->finished()) {
//     show round->currentQuestion(), round->optionOrder() ...
//     auto scored = round->answer(answer);           // an Error when it does not fit
//     show the feedback, then round->next();
//   }
//   round->results();
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.hpp"
#include "core/Session.hpp"
#include "core/play/PackLibrary.hpp"
#include "core/play/RoundRecorder.hpp"
#include "core/play/RoundRequest.hpp"
#include "core/storage/StoredRecords.hpp"

#include <memory>
#include <optional>
#include <vector>

namespace esprit::play {

class Round {
 public:
  // A new round on a usable pack. An error when the pack cannot be played or
  // the request leaves no question (a form the pack does not have).
  static Result<Round> start(std::shared_ptr<const PackEntry> entry, const RoundRequest& request);
  // Rebuilds a stored round with its seed and question order, then replays
  // its answers through the rules, so the score, the streak and the results
  // come back exactly. Replay stops at the first answer that no longer fits
  // (the pack changed), so a wrong answer is never replayed.
  static Result<Round> resume(std::shared_ptr<const PackEntry> entry, RoundKind kind,
                              const storage::ResumeState& state,
                              const std::vector<storage::StoredAnswer>& answers,
                              storage::SessionId stored_session);

  // ---- What the round is ----
  const Pack& pack() const { return *entry_->result.pack; }
  const std::shared_ptr<const PackEntry>& entry() const { return entry_; }
  RoundKind kind() const { return kind_; }
  const SessionOptions& options() const { return session_.options(); }
  const Session& session() const { return session_; }

  // ---- Where it stands ----
  std::size_t position() const { return session_.position(); }  // 0-based
  std::size_t questionCount() const { return session_.questionCount(); }
  bool finished() const { return session_.finished(); }
  bool isLastQuestion() const { return position() + 1 >= questionCount(); }
  // Only while !finished().
  const Question& currentQuestion() const { return session_.currentQuestion(); }
  const Scenario* currentScenario() const { return session_.currentScenario(); }
  const std::vector<std::size_t>& optionOrder() const { return session_.optionOrder(); }
  bool asksConfidence() const { return session_.asksConfidence(); }
  bool currentAnswered() const { return session_.currentAnswered(); }

  // ---- Playing ----
  // Scores the answer to the current question, records it, and counts it.
  // Errors: invalid_input when it does not fit the question or the question
  // was already answered (nothing changes); under RecordingRule::must_save,
  // the recorder's error when it could not be saved (nothing changes either,
  // so the same answer may be sent again).
  Result<Evaluation> answer(const Answer& answer);
  // To the next question, once the current one is answered.
  bool next();
  // Past the current question without an answer; see Session::skip.
  bool skip();
  const std::optional<Answer>& lastAnswer() const { return last_answer_; }
  const std::optional<Evaluation>& lastEvaluation() const { return last_evaluation_; }
  SessionResults results() const { return session_.results(); }

  // ---- Recording ----
  // `recorder` must outlive the round, or be replaced first; nullptr records nothing.
  void recordTo(RoundRecorder* recorder, RecordingRule rule = RecordingRule::best_effort);
  // The stored session this round writes to, once its first answer is saved.
  const std::optional<storage::SessionId>& storedSession() const { return stored_session_; }
  void setStoredSession(storage::SessionId id) { stored_session_ = id; }
  // A save that failed under best_effort; the front end tells the player once.
  const std::optional<Error>& recordingFailure() const { return recording_failure_; }
  void clearRecordingFailure() { recording_failure_.reset(); }

 private:
  Round(std::shared_ptr<const PackEntry> entry, RoundKind kind, SessionOptions options);

  std::shared_ptr<const PackEntry> entry_;  // keeps the pack alive while it is played
  RoundKind kind_ = RoundKind::solo;
  Session session_;
  std::optional<Answer> last_answer_;
  std::optional<Evaluation> last_evaluation_;
  RoundRecorder* recorder_ = nullptr;
  RecordingRule rule_ = RecordingRule::best_effort;
  std::optional<storage::SessionId> stored_session_;
  std::optional<Error> recording_failure_;
};

}  // namespace esprit::play
