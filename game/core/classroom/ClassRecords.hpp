// A class game's side of the results database: one player per nickname (or
// team) in the class, one stored session per player for the game, and every
// answer committed before it is accepted. Many request threads call it at
// once; one lock keeps the single SQLite connection to one caller at a time,
// and answers that arrive together are committed together (a group commit:
// one transaction and one sync to disk for all of them), so the thirtieth
// student of a class answering in the same second does not wait for
// twenty-nine syncs.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Pack.hpp"
#include "core/play/RoundRecorder.hpp"
#include "core/storage/ResultStore.hpp"

#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace esprit::classroom {

// Where a player of this game is recorded.
struct Enrolment {
  storage::PlayerId player_id = 0;
  storage::SessionId session_id = 0;
  // False when the nickname was already a player of this class (last week's
  // game): removing them from this game must not erase their history.
  bool created_here = false;
};

class ClassRecords : public play::RoundRecorder {
 public:
  explicit ClassRecords(storage::ResultStore store) : store_(std::move(store)) {}

  // The player of this class with this nickname (ignoring case), created when
  // missing, and a new classroom session for the game's questions.
  Result<Enrolment> enrol(const std::string& nickname, const std::string& class_code,
                          const Pack& pack, const std::vector<std::string>& question_ids,
                          std::uint64_t seed);
  // A player the teacher removed in the lobby: the session is dropped, and the
  // player too when this game created them.
  void withdraw(const Enrolment& enrolment);
  Status finish(storage::SessionId session);
  Result<std::vector<storage::StoredAnswer>> answers(storage::SessionId session);

  // RoundRecorder: commits the answer to the round's stored session.
  Status recordAnswer(play::Round& round, const Answer& answer,
                      const Evaluation& evaluation) override;

  const std::filesystem::path& file() const { return store_.file(); }

 private:
  struct Pending {
    storage::AnswerToRecord record;
    Status status;
    bool done = false;
  };
  void writeBatch(std::vector<std::shared_ptr<Pending>>& batch);

  std::mutex mutex_;  // the store's one connection
  storage::ResultStore store_;
  std::mutex queue_mutex_;
  std::condition_variable batch_written_;
  std::vector<std::shared_ptr<Pending>> queue_;
  bool writing_ = false;
};

}  // namespace esprit::classroom
