// The state file behind `esprit host --resume`: written at every change,
// read back with every field checked, and a game rebuilt from it and the
// answers already committed to the results database.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/classroom/ClassGame.hpp"

#include "core/AtomicFile.hpp"
#include "core/classroom/ClassGameParts.hpp"

#include <fstream>
#include <sstream>

namespace esprit::classroom {

using namespace detail;

// ------------------------------------------------------------- the state file

Status ClassGame::saveLocked() const {
  if (setup_.state_file.empty()) return {};
  const Pack& pack = reference_->pack();
  nlohmann::json players = nlohmann::json::array();
  for (const auto& seat : seats_) {
    players.push_back({{"token", seat->token},
                       {"nickname", seat->nickname},
                       {"player_id", seat->enrolment.player_id},
                       {"session_id", seat->enrolment.session_id},
                       {"created_here", seat->enrolment.created_here}});
  }
  const nlohmann::json state{{"esprit_class_game", kStateFormat},
                             {"code", code_},
                             {"host_token", host_token_},
                             {"class_code", setup_.class_code},
                             {"pack",
                              {{"id", pack.metadata.id},
                               {"version", pack.metadata.version},
                               {"location", setup_.pack->location.string()}}},
                             {"seed", setup_.seed},
                             {"question_ids", question_ids_},
                             {"teams", setup_.teams},
                             {"leaderboard", setup_.leaderboard},
                             {"countdown_seconds", setup_.countdown_seconds},
                             {"bind_address", setup_.bind_address},
                             {"port", setup_.port},
                             {"phase", phaseName(phase_)},
                             {"index", index_},
                             {"event_id", event_id_},
                             {"players", players}};
  return writeFileAtomicallyCreatingFolder(setup_.state_file, state.dump(1) + "\n");
}

Result<SavedGame> readSavedGame(const std::filesystem::path& state_file) {
  std::ifstream in(state_file, std::ios::binary);
  if (!in) {
    return Error{ErrorKind::not_found,
                 "No class game to resume: " + state_file.string() +
                     " does not exist. Start a new game without --resume.",
                 0};
  }
  std::stringstream text;
  text << in.rdbuf();
  SavedGame saved;
  saved.state = nlohmann::json::parse(text.str(), nullptr, false);
  const auto& state = saved.state;
  auto damaged = [&](const std::string& field) {
    return Error{ErrorKind::damaged,
                 state_file.string() + ": the field \"" + field +
                     "\" is missing or wrong, so this game cannot be resumed. Start a new game "
                     "without --resume.",
                 0};
  };
  if (!state.is_object() || state.value("esprit_class_game", 0) != kStateFormat)
    return damaged("esprit_class_game");
  for (const char* field : {"code", "host_token", "class_code", "phase"}) {
    if (!state.contains(field) || !state[field].is_string()) return damaged(field);
  }
  for (const char* field : {"seed", "index", "event_id", "port"}) {
    if (!state.contains(field) || !state[field].is_number_unsigned()) return damaged(field);
  }
  if (!state.contains("pack") || !state["pack"].is_object()) return damaged("pack");
  for (const char* field : {"id", "version", "location"}) {
    if (!state["pack"].contains(field) || !state["pack"][field].is_string())
      return damaged(std::string("pack/") + field);
  }
  if (!state.contains("question_ids") || !state["question_ids"].is_array() ||
      state["question_ids"].empty())
    return damaged("question_ids");
  for (const auto& id : state["question_ids"]) {
    if (!id.is_string()) return damaged("question_ids");
  }
  if (!state.contains("players") || !state["players"].is_array()) return damaged("players");
  for (const auto& player : state["players"]) {
    if (!player.is_object() || !player.contains("token") || !player["token"].is_string() ||
        !player.contains("nickname") || !player["nickname"].is_string() ||
        !player.contains("player_id") || !player["player_id"].is_number_integer() ||
        !player.contains("session_id") || !player["session_id"].is_number_integer()) {
      return damaged("players");
    }
  }
  if (!parsePhase(state["phase"].get<std::string>())) return damaged("phase");
  if (state["index"].get<std::size_t>() > state["question_ids"].size()) return damaged("index");
  saved.pack_id = state["pack"]["id"].get<std::string>();
  saved.pack_version = state["pack"]["version"].get<std::string>();
  saved.pack_location = state["pack"]["location"].get<std::string>();
  saved.bind_address = state.value("bind_address", std::string());
  saved.port = state["port"].get<int>();
  return saved;
}

Result<std::unique_ptr<ClassGame>> ClassGame::resume(const std::filesystem::path& state_file,
                                                     const play::PackLibrary& library,
                                                     const Taxonomy* taxonomy,
                                                     ClassRecords& records) {
  auto saved = readSavedGame(state_file);
  if (!saved) return saved.error();
  const auto& state = saved->state;
  GameSetup setup;
  setup.pack = library.findPlayable(saved->pack_id, saved->pack_version);
  if (!setup.pack) {
    return Error{ErrorKind::not_found,
                 "The game's pack (" + saved->pack_id + " version " + saved->pack_version +
                     ") is not found any more at " + saved->pack_location.string() +
                     ", or no longer loads; put it back to resume the game.",
                 0};
  }
  setup.taxonomy = taxonomy;
  setup.class_code = state["class_code"].get<std::string>();
  setup.question_limit = 0;
  setup.teams = state.value("teams", false);
  setup.leaderboard = state.value("leaderboard", false);
  setup.countdown_seconds = state.value("countdown_seconds", 0);
  setup.seed = state["seed"].get<std::uint64_t>();
  setup.bind_address = saved->bind_address;
  setup.port = saved->port;
  setup.state_file = state_file;

  std::unique_ptr<ClassGame> game(new ClassGame(std::move(setup), records));
  game->code_ = state["code"].get<std::string>();
  game->host_token_ = state["host_token"].get<std::string>();
  game->question_ids_ = state["question_ids"].get<std::vector<std::string>>();
  play::RoundRequest request;
  request.kind = play::RoundKind::classroom;
  request.seed = game->setup_.seed;
  request.question_ids = game->question_ids_;
  request.question_limit = 0;
  auto reference = play::Round::start(game->setup_.pack, request);
  if (!reference) return reference.error();
  if (reference->questionCount() != game->question_ids_.size()) {
    return refused(
        "Some of the game's questions are no longer in its pack, so it cannot be resumed.");
  }
  game->reference_.emplace(std::move(reference).value());
  game->phase_ = *parsePhase(state["phase"].get<std::string>());
  game->index_ = state["index"].get<std::size_t>();
  // A new id, past every one sent before the stop, so every stream's next
  // event is news to it.
  game->event_id_ = state["event_id"].get<std::uint64_t>() + 1;
  while (game->index_ > 0 && game->reference_->position() + 1 < game->index_)
    game->reference_->skip();

  for (const auto& player : state["players"]) {
    auto seat = std::make_unique<Seat>();
    seat->token = player["token"].get<std::string>();
    seat->nickname = player["nickname"].get<std::string>();
    seat->enrolment.player_id = player["player_id"].get<storage::PlayerId>();
    seat->enrolment.session_id = player["session_id"].get<storage::SessionId>();
    seat->enrolment.created_here = player.value("created_here", false);
    auto round = play::Round::start(game->setup_.pack, request);
    if (!round) return round.error();
    seat->round.emplace(std::move(round).value());
    seat->round->setStoredSession(seat->enrolment.session_id);
    auto stored = records.answers(seat->enrolment.session_id);
    if (!stored) return stored.error();
    std::map<int, const storage::StoredAnswer*> by_position;
    for (const auto& answer : *stored) by_position[answer.position] = &answer;
    // Replay, unrecorded, what was committed: the score and each accepted
    // reply come back exactly, and missed questions are passed.
    play::Round& replay = *seat->round;
    for (std::size_t position = 0; position < game->index_ && !replay.finished(); ++position) {
      const auto found = by_position.find(static_cast<int>(position));
      if (found != by_position.end() && found->second->question_id == replay.currentQuestion().id) {
        auto scored = replay.answer(found->second->answer);
        if (scored) {
          nlohmann::json reply{{"question", found->second->question_id},
                               {"answer", answerToWire(found->second->answer.choice)},
                               {"accepted", true}};
          if (const auto* binary = std::get_if<BinaryAnswer>(&found->second->answer.choice);
              binary && binary->confidence)
            reply["confidence"] = *binary->confidence;
          seat->accepted[position + 1] =
              Seat::Accepted{found->second->answer.choice, *scored, reply};
          seat->score += scored->points;
          if (position + 1 == game->index_) game->answers_in_.fetch_add(1);
          if (position + 1 < game->index_) replay.next();
          continue;
        }
      }
      if (position + 1 < game->index_ || game->phase_ != Phase::question) replay.skip();
    }
    seat->round->recordTo(&records, play::RecordingRule::must_save);
    game->seats_by_token_[seat->token] = seat.get();
    game->seats_.push_back(std::move(seat));
  }

  std::unique_lock lock(game->state_mutex_);
  game->opened_at_ = std::chrono::steady_clock::now();
  if (game->phase_ == Phase::reveal) game->computeRevealLocked();
  if (game->phase_ == Phase::end) game->computeEndLocked();
  if (auto written = game->saveLocked(); !written) return written.error();
  game->publishLocked();
  return game;
}

}  // namespace esprit::classroom
