// The rules of a live class game, with no network and no window: the join
// code and tokens, the players (or teams), the phases the teacher moves
// through (lobby → question → reveal → … → end), which answers are accepted
// (once, idempotently, only to the open question, committed before the
// reply), what each student's event stream says, and the state file that
// lets `esprit host --resume` carry on after a crash with the same code and
// tokens. The HTTP adapter (game/host) turns requests into these calls; the
// projector screens read view().
//
//   auto game = ClassGame::create(setup, records);
//   game->join(R"({"code":"042917","nickname":"Amina"})");   // Reply{200, {"player": …}}
//   game->next();                                            // the first question opens
//   game->answer(R"({"player":"…","question":"q1","answer":2})");
//   game->currentEvent(token);                               // what the stream sends now
//
// Every call is safe from many threads at once.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.hpp"
#include "core/Scoring.hpp"
#include "core/Session.hpp"
#include "core/Taxonomy.hpp"
#include "core/classroom/ClassRecords.hpp"
#include "core/classroom/Protocol.hpp"
#include "core/play/PackLibrary.hpp"
#include "core/play/Round.hpp"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <shared_mutex>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace esprit::classroom {

enum class Phase { lobby, question, reveal, end };
std::string_view phaseName(Phase phase);  // "lobby", "question", "reveal", "end"

// A class never needs more; it bounds the memory and threads a flood could take.
inline constexpr std::size_t kMaxPlayers = 250;
// Top five only, when the teacher turns the leaderboard on.
inline constexpr std::size_t kLeaderboardSize = 5;

struct GameSetup {
  std::shared_ptr<const play::PackEntry> pack;
  const Taxonomy* taxonomy = nullptr;  // technique names in the reveal; may be null
  std::string class_code;              // players belong to it; empty: the join code
  std::size_t question_limit = play::kDefaultRoundLength;  // 0 plays every question
  bool teams = false;         // devices join with a team name instead of a nickname
  bool leaderboard = false;   // off by default: no podium unless the teacher asks
  int countdown_seconds = 0;  // 0: no timer, the teacher closes each question
  std::uint64_t seed = 0;     // 0: a random one
  // Kept in the state file so a resumed host listens where students look.
  std::string bind_address;
  int port = 0;
  std::filesystem::path state_file;  // empty: nothing is saved (tests)
};

// One server-sent event, rendered for one player.
struct StreamEvent {
  std::uint64_t id = 0;
  std::string name;  // lobby, question, reveal, end
  std::string data;  // one line of JSON
};

// Where each hotspot region lies on the rendered picture, in fractions of
// its width and height, so a phone can turn a tap into a region id.
struct RegionBox {
  std::string id;
  float x = 0, y = 0, width = 0, height = 0;
};

struct QuestionPicture {
  bool available = false;  // false: no display; the phones get the scenario as text
  std::vector<RegionBox> regions;
};

// Renders scenarios for the phones (game/ui/host does it with the game's
// own renderer). prepare() is called before a question opens, outside any
// lock of the game, and may take a while.
class PictureSource {
 public:
  virtual ~PictureSource() = default;
  virtual QuestionPicture prepare(std::size_t index, const Question& question,
                                  const Scenario& scenario) = 0;
};

// The class's answers to one option, region or side of a true/false.
struct OptionShare {
  std::string id;  // the wire id: "1", "true", a region id, "" for a tap outside
  std::string label;
  int count = 0;
  double share = 0;  // of the answers given
  bool correct = false;
};

struct LeaderboardLine {
  std::string nickname;
  int points = 0;
};

// What the projector shows, copied out under the lock.
struct HostView {
  Phase phase = Phase::lobby;
  std::string code;
  std::string class_code;
  bool teams = false;
  std::size_t index = 0;  // 1-based; 0 in the lobby
  std::size_t count = 0;
  std::vector<std::string> players;    // nicknames or teams, in joining order
  std::size_t answers = 0;             // to the open (or just closed) question
  const Question* question = nullptr;  // the pack outlives the game's views
  const Scenario* scenario = nullptr;
  std::vector<std::size_t> option_order;
  std::vector<OptionShare> shares;  // reveal: in the order options were shown
  std::optional<double> seconds_left;
  std::vector<LeaderboardLine> leaderboard;  // empty unless turned on
  // End: the whole class's results, and its hardest techniques first.
  SessionResults class_results;
  std::vector<TechniqueResult> hardest;
  std::uint64_t event_id = 0;
};

// What a state file says, read before the game itself is rebuilt: the
// host needs the pack's folder and the address to listen on first.
struct SavedGame {
  nlohmann::json state;
  std::string pack_id;
  std::string pack_version;
  std::filesystem::path pack_location;
  std::string bind_address;
  int port = 0;
};
// An error names the file and the field when it cannot be resumed.
Result<SavedGame> readSavedGame(const std::filesystem::path& state_file);

class ClassGame {
 public:
  // A new game: picks the questions, the code and the tokens, and saves the
  // state file. An error when the pack cannot be played or the file written.
  static Result<std::unique_ptr<ClassGame>> create(GameSetup setup, ClassRecords& records);
  // The game in `state_file`, as it was when the host stopped: same code,
  // tokens, players and phase; each player's answers come back from the
  // results database. `library` finds the pack by id and version.
  static Result<std::unique_ptr<ClassGame>> resume(const std::filesystem::path& state_file,
                                                   const play::PackLibrary& library,
                                                   const Taxonomy* taxonomy, ClassRecords& records);
  ~ClassGame();

  void setPictureSource(PictureSource* pictures) { pictures_ = pictures; }
  // Where the host listens, saved so that --resume listens there again.
  Status rememberAddress(const std::string& bind_address, int port);
  // Renders the open question's picture again (after --resume, once the
  // picture source exists) and tells the streams.
  void preparePicture();

  // ---- The protocol (bodies as received; see docs/classroom.md) ----
  Reply join(std::string_view body);
  Reply answer(std::string_view body);
  Reply hostNext(std::string_view body);
  Reply hostEnd(std::string_view body);
  Reply hostRemove(std::string_view body);
  Reply hostState(std::string_view host_token) const;

  // ---- The teacher's window (in the same process, so no token) ----
  Status next();
  Status end();
  Status remove(const std::string& nickname);
  HostView view() const;
  // With a countdown, closes the question once its time is up; the host's
  // loop calls it. True when it closed one.
  bool closeIfTimeUp();

  // ---- Event streams ----
  bool knowsPlayer(std::string_view token) const;
  // The nickname (or team) of a player; nothing for an unknown token.
  std::optional<std::string> nicknameOf(std::string_view token) const;
  // The current state for this player, or nothing when the token is unknown
  // (never joined, or removed by the teacher).
  std::optional<StreamEvent> currentEvent(std::string_view token) const;
  std::uint64_t eventId() const;
  // Returns once the event id passes `seen`, at `deadline`, or after stop().
  void waitForEvent(std::uint64_t seen, std::chrono::steady_clock::time_point deadline) const;
  // Wakes every waiting stream for good (the host is shutting down).
  void stop();
  bool stopped() const;

  // Question `index` (1-based) and its scenario (may be null) once it has
  // been shown; never a question still to come.
  std::optional<std::pair<const Question*, const Scenario*>> shownQuestion(std::size_t index) const;

  const std::string& code() const { return code_; }
  const std::string& hostToken() const { return host_token_; }
  const GameSetup& setup() const { return setup_; }
  Phase phase() const;
  std::size_t questionCount() const { return question_ids_.size(); }

 private:
  struct Seat;
  ClassGame(GameSetup setup, ClassRecords& records);

  bool checkHost(const nlohmann::json& body) const;
  Status advanceLocked(std::unique_lock<std::shared_mutex>& lock);  // under transition_mutex_
  Status openQuestion(std::size_t index);
  Status saveLocked() const;
  void publishLocked();
  // A new event: saved to the state file, then sent to every stream, even
  // when saving failed (the game goes on; the error says the file is behind).
  Status announceLocked();
  void computeRevealLocked();
  void computeEndLocked();
  void catchUp(Seat& seat) const;
  Seat* findSeat(std::string_view token) const;
  nlohmann::json eventDataLocked(const Seat& seat) const;
  nlohmann::json questionDataLocked() const;
  nlohmann::json revealDataLocked(const Seat& seat) const;
  std::string techniqueName(const std::string& id) const;
  double secondsSinceOpen() const;

  GameSetup setup_;
  ClassRecords* records_;
  PictureSource* pictures_ = nullptr;
  std::string code_;
  std::string host_token_;
  std::vector<std::string> question_ids_;
  // Plays no answers; it gives each question and its option order, which
  // are the same for every player (same seed, same question ids).
  std::optional<play::Round> reference_;

  mutable std::shared_mutex state_mutex_;  // answers share it; changes of phase take it whole
  std::mutex transition_mutex_;            // one change of phase at a time
  Phase phase_ = Phase::lobby;
  std::size_t index_ = 0;  // 1-based question index; 0 in the lobby
  std::uint64_t event_id_ = 1;
  std::vector<std::unique_ptr<Seat>> seats_;  // in joining order
  std::map<std::string, Seat*, std::less<>> seats_by_token_;
  QuestionPicture picture_;
  std::chrono::steady_clock::time_point opened_at_{};
  std::atomic<std::size_t> answers_in_{0};
  std::vector<OptionShare> shares_;
  SessionResults class_results_;
  std::vector<TechniqueResult> hardest_;

  mutable std::mutex event_mutex_;
  mutable std::condition_variable event_changed_;
  std::uint64_t published_id_ = 1;
  bool stopped_ = false;
};

}  // namespace esprit::classroom
