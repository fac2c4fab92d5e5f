// A class game's side of the results database: one player per nickname (or
// team) in the class, one stored session per player for the game, and every
// answer committed before it is accepted. Many request threads call it at
// once; one lock keeps the single SQLite connection to one caller at a time.
#pragma once

#include "core/Pack.hpp"
#include "core/play/RoundRecorder.hpp"
#include "core/storage/ResultStore.hpp"

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
  std::mutex mutex_;
  storage::ResultStore store_;
};

}  // namespace esprit::classroom
