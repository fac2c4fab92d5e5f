// The class game's rules: joining, answering, the teacher's steps and the
// projector's view (events: ClassEvents.cpp; the state file: ClassGameState.cpp).
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/classroom/ClassGame.hpp"

#include "core/classroom/ClassGameParts.hpp"

#include "core/EnumNames.hpp"
#include "core/classroom/Secrets.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>

namespace esprit::classroom {
namespace {

constexpr EnumName<Phase> kPhases[] = {
    {Phase::lobby, "lobby"},
    {Phase::question, "question"},
    {Phase::reveal, "reveal"},
    {Phase::end, "end"},
};
static_assert(inEnumOrder(kPhases), "the phase names must follow the enum's order");

}  // namespace

namespace detail {

Error refused(std::string message) {
  return Error{ErrorKind::invalid_input, std::move(message), 0};
}

bool sameIgnoringCase(std::string_view first, std::string_view second) {
  return first.size() == second.size() &&
         std::equal(first.begin(), first.end(), second.begin(), [](char a, char b) {
           return std::tolower(static_cast<unsigned char>(a)) ==
                  std::tolower(static_cast<unsigned char>(b));
         });
}

std::optional<Phase> parsePhase(std::string_view name) { return parseName<Phase>(kPhases, name); }

std::string regionLabel(const HotspotRegion& region) {
  if (!region.label.empty()) return region.label;
  return region.part.empty() ? region.id : region.part;
}

}  // namespace detail

namespace {

// The status a refused answer gets: a bad answer is the client's mistake
// (400); anything else is the disk's, and the same answer may be sent again.
int statusForAnswerError(const Error& error) {
  return error.kind == ErrorKind::invalid_input ? 400 : 503;
}

}  // namespace

using namespace detail;

std::string_view phaseName(Phase phase) { return nameIn(kPhases, phase); }

ClassGame::ClassGame(GameSetup setup, ClassRecords& records)
    : setup_(std::move(setup)), records_(&records) {}

ClassGame::~ClassGame() { stop(); }

Result<std::unique_ptr<ClassGame>> ClassGame::create(GameSetup setup, ClassRecords& records) {
  if (!setup.pack || !setup.pack->result.usable()) {
    return refused("This pack cannot be played: it has errors. `esprit validate` lists them.");
  }
  if (setup.seed == 0) setup.seed = newSeed();
  std::unique_ptr<ClassGame> game(new ClassGame(std::move(setup), records));
  game->code_ = newJoinCode();
  game->host_token_ = newToken();
  if (game->setup_.class_code.empty()) game->setup_.class_code = game->code_;

  play::RoundRequest request;
  request.kind = play::RoundKind::classroom;
  request.seed = game->setup_.seed;
  request.question_limit = game->setup_.question_limit;
  auto chosen = play::Round::start(game->setup_.pack, request);
  if (!chosen) return chosen.error();
  for (const auto index : chosen->session().questionOrder())
    game->question_ids_.push_back(chosen->pack().questions.at(index).id);

  request.question_ids = game->question_ids_;
  request.question_limit = 0;
  auto reference = play::Round::start(game->setup_.pack, request);
  if (!reference) return reference.error();
  game->reference_.emplace(std::move(reference).value());

  std::unique_lock lock(game->state_mutex_);
  if (auto saved = game->saveLocked(); !saved) return saved.error();
  lock.unlock();
  return game;
}

// ---------------------------------------------------------------- joining

Reply ClassGame::join(std::string_view body) {
  auto read = readBody(body, {"code", "nickname", "team"});
  if (auto* reply = std::get_if<Reply>(&read)) return *reply;
  const auto& request = std::get<nlohmann::json>(read);
  const char* name_field = setup_.teams ? "team" : "nickname";
  const char* other_field = setup_.teams ? "nickname" : "team";
  if (request.contains(other_field)) {
    return errorReply(400, setup_.teams
                               ? "This game is played in teams: send \"team\" with a team name."
                               : "This game is played alone: send \"nickname\", not \"team\".");
  }
  if (!request.contains("code") || !request["code"].is_string()) {
    return errorReply(400, "Send the six-digit \"code\" shown on the projector.");
  }
  if (request["code"].get<std::string>() != code_) {
    return errorReply(403, "That code is not this game's: check the code on the projector.");
  }
  if (!request.contains(name_field) || !request[name_field].is_string()) {
    return errorReply(400, std::string("Send a \"") + name_field + "\".");
  }
  auto checked = checkNickname(request[name_field].get<std::string>());
  if (!checked) return errorReply(400, checked.error().message);
  const std::string nickname = *checked;

  std::lock_guard transition(transition_mutex_);
  std::unique_lock lock(state_mutex_);
  if (phase_ == Phase::end) return errorReply(409, "This game is over: ask for the next one.");
  for (const auto& seat : seats_) {
    if (sameIgnoringCase(seat->nickname, nickname)) {
      return errorReply(409, std::string(setup_.teams ? "That team name" : "That nickname") +
                                 " is already in this game: choose another one.");
    }
  }
  if (seats_.size() >= kMaxPlayers) return errorReply(503, "This game is full.");

  auto enrolled =
      records_->enrol(nickname, setup_.class_code, reference_->pack(), question_ids_, setup_.seed);
  if (!enrolled) {
    std::fprintf(stderr, "esprit host: cannot record %s: %s\n", nickname.c_str(),
                 enrolled.error().message.c_str());
    return errorReply(503, "The teacher's computer cannot save results right now: try again.");
  }
  play::RoundRequest request_round;
  request_round.kind = play::RoundKind::classroom;
  request_round.seed = setup_.seed;
  request_round.question_ids = question_ids_;
  request_round.question_limit = 0;
  auto round = play::Round::start(setup_.pack, request_round);
  if (!round) {
    records_->withdraw(*enrolled);
    return errorReply(503, round.error().message);
  }
  auto seat = std::make_unique<Seat>();
  seat->token = newToken();
  seat->nickname = nickname;
  seat->enrolment = *enrolled;
  seat->round.emplace(std::move(round).value());
  seat->round->setStoredSession(enrolled->session_id);
  seat->round->recordTo(records_, play::RecordingRule::must_save);
  Seat* added = seat.get();
  seats_by_token_[seat->token] = added;
  seats_.push_back(std::move(seat));
  if (phase_ == Phase::lobby) ++event_id_;
  // The token must survive a crash before the student holds it.
  if (auto saved = saveLocked(); !saved) {
    seats_by_token_.erase(added->token);
    seats_.pop_back();
    records_->withdraw(*enrolled);
    return errorReply(503, "The teacher's computer cannot save the game right now: try again.");
  }
  publishLocked();
  return Reply{
      200, nlohmann::json{
               {"player", added->token}, {"nickname", added->nickname}, {"team", setup_.teams}}};
}

// -------------------------------------------------------------- answering

Reply ClassGame::answer(std::string_view body) {
  auto read = readBody(body, {"player", "question", "answer", "confidence"});
  if (auto* reply = std::get_if<Reply>(&read)) return *reply;
  const auto& request = std::get<nlohmann::json>(read);
  if (!request.contains("player") || !request["player"].is_string()) {
    return errorReply(400, "Send your \"player\" token from joining.");
  }
  if (!request.contains("question") || !request["question"].is_string()) {
    return errorReply(400, "Send the \"question\" id from the question event.");
  }
  if (!request.contains("answer")) return errorReply(400, "Send an \"answer\".");
  const std::string question_id = request["question"].get<std::string>();

  std::shared_lock lock(state_mutex_);
  Seat* seat = findSeat(request["player"].get<std::string>());
  if (seat == nullptr) return errorReply(403, "Unknown player: join the game again.");
  std::lock_guard seat_lock(seat->mutex);

  // The same answer again is answered the same way, even once closed.
  std::size_t asked_index = 0;
  for (std::size_t index = 0; index < question_ids_.size(); ++index) {
    if (question_ids_[index] == question_id) asked_index = index + 1;
  }
  const bool is_open = phase_ == Phase::question && asked_index == index_;
  if (asked_index == 0) return errorReply(409, "That question is not part of this game.");
  if (const auto earlier = seat->accepted.find(asked_index); earlier != seat->accepted.end()) {
    const Question& question =
        reference_->pack().questions.at(reference_->session().questionOrder().at(asked_index - 1));
    const nlohmann::json* confidence =
        request.contains("confidence") ? &request["confidence"] : nullptr;
    auto choice = answerFromWire(question, request["answer"], confidence, question.asks_confidence);
    if (choice && sameAnswer(*choice, earlier->second.choice)) {
      return Reply{200, earlier->second.body};
    }
    return errorReply(409, "You already answered this question; your first answer counts.");
  }
  if (!is_open) return errorReply(409, "This question is not open.");

  catchUp(*seat);
  play::Round& round = *seat->round;
  if (round.finished() || round.currentQuestion().id != question_id) {
    return errorReply(409, "This question is not open.");
  }
  const nlohmann::json* confidence =
      request.contains("confidence") ? &request["confidence"] : nullptr;
  auto choice = answerFromWire(round.currentQuestion(), request["answer"], confidence,
                               round.asksConfidence());
  if (!choice) return errorReply(400, choice.error().message);
  Answer given{*choice, secondsSinceOpen()};
  auto scored = round.answer(given);
  if (!scored) {
    if (statusForAnswerError(scored.error()) == 503) {
      std::fprintf(stderr, "esprit host: answer of %s not saved: %s\n", seat->nickname.c_str(),
                   scored.error().message.c_str());
      return errorReply(503, "Your answer could not be saved yet: send it again.");
    }
    return errorReply(400, scored.error().message);
  }
  nlohmann::json reply{
      {"question", question_id}, {"answer", answerToWire(*choice)}, {"accepted", true}};
  if (const auto* binary = std::get_if<BinaryAnswer>(&*choice); binary && binary->confidence)
    reply["confidence"] = *binary->confidence;
  seat->accepted[asked_index] = Seat::Accepted{*choice, *scored, reply};
  seat->score += scored->points;
  answers_in_.fetch_add(1);
  return Reply{200, reply};
}

void ClassGame::catchUp(Seat& seat) const {
  play::Round& round = *seat.round;
  // Questions the player missed (joined later, or did not answer) are
  // passed without an answer; they count nowhere.
  while (!round.finished() && round.position() + 1 < index_) {
    if (round.currentAnswered()) {
      round.next();
    } else {
      round.skip();
    }
  }
}

double ClassGame::secondsSinceOpen() const {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - opened_at_).count();
}

// -------------------------------------------------------- the teacher's steps

bool ClassGame::checkHost(const nlohmann::json& body) const {
  return body.contains("host") && body["host"].is_string() &&
         body["host"].get<std::string>() == host_token_;
}

Reply ClassGame::hostNext(std::string_view body) {
  auto read = readBody(body, {"host"});
  if (auto* reply = std::get_if<Reply>(&read)) return *reply;
  if (!checkHost(std::get<nlohmann::json>(read))) return errorReply(403, "Wrong host token.");
  if (phase() == Phase::end) return errorReply(409, "The game is over.");
  if (auto moved = next(); !moved) {
    // The game moved on; only the state file could not be written.
    std::fprintf(stderr, "esprit host: %s\n", moved.error().message.c_str());
  }
  return hostState(host_token_);
}

Reply ClassGame::hostEnd(std::string_view body) {
  auto read = readBody(body, {"host"});
  if (auto* reply = std::get_if<Reply>(&read)) return *reply;
  if (!checkHost(std::get<nlohmann::json>(read))) return errorReply(403, "Wrong host token.");
  if (auto ended = end(); !ended) {
    std::fprintf(stderr, "esprit host: %s\n", ended.error().message.c_str());
  }
  return hostState(host_token_);
}

Reply ClassGame::hostRemove(std::string_view body) {
  auto read = readBody(body, {"host", "nickname"});
  if (auto* reply = std::get_if<Reply>(&read)) return *reply;
  const auto& request = std::get<nlohmann::json>(read);
  if (!checkHost(request)) return errorReply(403, "Wrong host token.");
  if (!request.contains("nickname") || !request["nickname"].is_string()) {
    return errorReply(400, "Send the \"nickname\" to remove.");
  }
  auto removed = remove(request["nickname"].get<std::string>());
  if (!removed) {
    return errorReply(removed.error().kind == ErrorKind::not_found ? 404 : 409,
                      removed.error().message);
  }
  return hostState(host_token_);
}

Reply ClassGame::hostState(std::string_view host_token) const {
  if (host_token != host_token_) return errorReply(403, "Wrong host token.");
  std::shared_lock lock(state_mutex_);
  return Reply{200, nlohmann::json{{"phase", phaseName(phase_)},
                                   {"index", index_},
                                   {"count", question_ids_.size()},
                                   {"players", seats_.size()},
                                   {"answers", phase_ == Phase::lobby ? 0 : answers_in_.load()}}};
}

Status ClassGame::next() {
  std::lock_guard transition(transition_mutex_);
  Phase current;
  std::size_t index;
  {
    std::shared_lock lock(state_mutex_);
    current = phase_;
    index = index_;
  }
  if (current == Phase::end) return refused("The game is over.");
  const bool opens_question =
      current == Phase::lobby || (current == Phase::reveal && index < question_ids_.size());
  if (opens_question) return openQuestion(index + 1);

  std::unique_lock lock(state_mutex_);
  if (phase_ == Phase::question) {
    phase_ = Phase::reveal;
    computeRevealLocked();
  } else {
    phase_ = Phase::end;
    computeEndLocked();
  }
  return announceLocked();
}

Status ClassGame::openQuestion(std::size_t index) {
  // Rendering may take a moment and must not hold up answers or streams.
  QuestionPicture picture;
  const std::size_t pack_index = reference_->session().questionOrder().at(index - 1);
  const Question& question = reference_->pack().questions.at(pack_index);
  const Scenario* scenario = question.scenario_id.empty()
                                 ? nullptr
                                 : reference_->pack().findScenario(question.scenario_id);
  if (pictures_ != nullptr && scenario != nullptr)
    picture = pictures_->prepare(index, question, *scenario);

  std::unique_lock lock(state_mutex_);
  while (reference_->position() + 1 < index) reference_->skip();
  phase_ = Phase::question;
  index_ = index;
  picture_ = std::move(picture);
  opened_at_ = std::chrono::steady_clock::now();
  answers_in_ = 0;
  shares_.clear();
  return announceLocked();
}

Status ClassGame::end() {
  std::lock_guard transition(transition_mutex_);
  std::unique_lock lock(state_mutex_);
  if (phase_ == Phase::end) return {};
  if (phase_ == Phase::question) computeRevealLocked();
  phase_ = Phase::end;
  computeEndLocked();
  return announceLocked();
}

Status ClassGame::remove(const std::string& nickname) {
  std::lock_guard transition(transition_mutex_);
  std::unique_lock lock(state_mutex_);
  if (phase_ != Phase::lobby) {
    return refused("Players can be removed only in the lobby, before the first question.");
  }
  const auto found = std::find_if(seats_.begin(), seats_.end(), [&](const auto& seat) {
    return sameIgnoringCase(seat->nickname, nickname);
  });
  if (found == seats_.end()) {
    return Error{ErrorKind::not_found, "No player called \"" + nickname + "\" is in this game.", 0};
  }
  records_->withdraw((*found)->enrolment);
  seats_by_token_.erase((*found)->token);
  seats_.erase(found);
  return announceLocked();
}

bool ClassGame::closeIfTimeUp() {
  if (setup_.countdown_seconds <= 0) return false;
  {
    std::shared_lock lock(state_mutex_);
    if (phase_ != Phase::question || secondsSinceOpen() < setup_.countdown_seconds) return false;
  }
  (void)next();
  return true;
}

void ClassGame::computeRevealLocked() {
  const Question& question = reference_->currentQuestion();
  std::vector<OptionShare> shares;
  auto add = [&](std::string id, std::string label, bool correct) {
    shares.push_back(OptionShare{std::move(id), std::move(label), 0, 0, correct});
  };
  switch (question.type) {
    case QuestionType::single_choice:
    case QuestionType::multiple_choice:
      for (const auto option : reference_->optionOrder()) {
        const bool correct =
            question.type == QuestionType::single_choice
                ? option == question.correct_option
                : std::find(question.correct_options.begin(), question.correct_options.end(),
                            option) != question.correct_options.end();
        add(std::to_string(option + 1), question.options.at(option), correct);
      }
      break;
    case QuestionType::true_false:
      add("true", "", question.is_real);
      add("false", "", !question.is_real);
      break;
    case QuestionType::ordering:
      add("right", "", true);
      add("other", "", false);
      break;
    case QuestionType::hotspot:
      for (const auto& region : question.regions) {
        const bool correct =
            std::find(question.correct_regions.begin(), question.correct_regions.end(),
                      region.id) != question.correct_regions.end();
        add(region.id, regionLabel(region), correct);
      }
      add("", "", false);
      break;
  }
  int answered = 0;
  for (const auto& seat : seats_) {
    std::lock_guard seat_lock(seat->mutex);
    const auto found = seat->accepted.find(index_);
    if (found == seat->accepted.end()) continue;
    ++answered;
    const AnswerChoice& choice = found->second.choice;
    auto count = [&](const std::string& id) {
      for (auto& share : shares) {
        if (share.id == id) ++share.count;
      }
    };
    if (const auto* single = std::get_if<SingleChoiceAnswer>(&choice)) {
      count(std::to_string(single->option + 1));
    } else if (const auto* binary = std::get_if<BinaryAnswer>(&choice)) {
      count(binary->says_real ? "true" : "false");
    } else if (const auto* multiple = std::get_if<MultipleChoiceAnswer>(&choice)) {
      for (const auto option : multiple->options) count(std::to_string(option + 1));
    } else if (std::holds_alternative<OrderingAnswer>(choice)) {
      count(found->second.evaluation.correct ? "right" : "other");
    } else if (const auto* hotspot = std::get_if<HotspotAnswer>(&choice)) {
      count(hotspot->region);
    }
  }
  for (auto& share : shares) share.share = answered == 0 ? 0.0 : double(share.count) / answered;
  // A tap outside every region is worth a bar only when someone made one.
  if (!shares.empty() && shares.back().id.empty() && question.type == QuestionType::hotspot &&
      shares.back().count == 0) {
    shares.pop_back();
  }
  shares_ = std::move(shares);
}

void ClassGame::computeEndLocked() {
  std::vector<AnsweredQuestion> everything;
  for (const auto& seat : seats_) {
    std::lock_guard seat_lock(seat->mutex);
    const auto& history = seat->round->session().history();
    everything.insert(everything.end(), history.begin(), history.end());
    if (auto finished = records_->finish(seat->enrolment.session_id); !finished) {
      std::fprintf(stderr, "esprit host: %s\n", finished.error().message.c_str());
    }
  }
  class_results_ = summarise(reference_->pack(), everything);
  hardest_.clear();
  for (const auto& technique : class_results_.techniques) {
    if (technique.answered > 0 && technique.credit < technique.answered - 1e-9)
      hardest_.push_back(technique);
  }
  std::stable_sort(hardest_.begin(), hardest_.end(), [](const auto& a, const auto& b) {
    return a.credit / a.answered < b.credit / b.answered;
  });
  if (hardest_.size() > 3) hardest_.resize(3);
}

// ---------------------------------------------------------------- views

Phase ClassGame::phase() const {
  std::shared_lock lock(state_mutex_);
  return phase_;
}

HostView ClassGame::view() const {
  std::shared_lock lock(state_mutex_);
  HostView view;
  view.phase = phase_;
  view.code = code_;
  view.class_code = setup_.class_code;
  view.teams = setup_.teams;
  view.index = index_;
  view.count = question_ids_.size();
  for (const auto& seat : seats_) view.players.push_back(seat->nickname);
  view.answers = phase_ == Phase::lobby ? 0 : answers_in_.load();
  if (index_ > 0 && reference_ && !reference_->finished()) {
    view.question = &reference_->currentQuestion();
    view.scenario = reference_->currentScenario();
    view.option_order = reference_->optionOrder();
  }
  view.shares = shares_;
  if (phase_ == Phase::question && setup_.countdown_seconds > 0) {
    view.seconds_left = std::max(0.0, setup_.countdown_seconds - secondsSinceOpen());
  }
  if (setup_.leaderboard) {
    for (const auto& seat : seats_) {
      std::lock_guard seat_lock(seat->mutex);
      view.leaderboard.push_back({seat->nickname, seat->score});
    }
    std::stable_sort(view.leaderboard.begin(), view.leaderboard.end(),
                     [](const auto& a, const auto& b) { return a.points > b.points; });
    if (view.leaderboard.size() > kLeaderboardSize) view.leaderboard.resize(kLeaderboardSize);
  }
  view.class_results = class_results_;
  view.hardest = hardest_;
  view.event_id = event_id_;
  return view;
}

std::optional<std::pair<const Question*, const Scenario*>> ClassGame::shownQuestion(
    std::size_t index) const {
  std::shared_lock lock(state_mutex_);
  if (phase_ == Phase::lobby || index == 0 || index > index_) return std::nullopt;
  const Pack& pack = reference_->pack();
  const Question* question =
      &pack.questions.at(reference_->session().questionOrder().at(index - 1));
  const Scenario* scenario =
      question->scenario_id.empty() ? nullptr : pack.findScenario(question->scenario_id);
  return std::make_pair(question, scenario);
}

ClassGame::Seat* ClassGame::findSeat(std::string_view token) const {
  const auto found = seats_by_token_.find(token);
  return found == seats_by_token_.end() ? nullptr : found->second;
}

bool ClassGame::knowsPlayer(std::string_view token) const {
  std::shared_lock lock(state_mutex_);
  return findSeat(token) != nullptr;
}

std::optional<std::string> ClassGame::nicknameOf(std::string_view token) const {
  std::shared_lock lock(state_mutex_);
  const Seat* seat = findSeat(token);
  if (seat == nullptr) return std::nullopt;
  return seat->nickname;
}

std::uint64_t ClassGame::eventId() const {
  std::lock_guard lock(event_mutex_);
  return published_id_;
}

// ------------------------------------------------------------ event streams

Status ClassGame::announceLocked() {
  ++event_id_;
  const Status saved = saveLocked();
  publishLocked();
  return saved;
}

void ClassGame::publishLocked() {
  std::lock_guard lock(event_mutex_);
  published_id_ = event_id_;
  event_changed_.notify_all();
}

void ClassGame::waitForEvent(std::uint64_t seen,
                             std::chrono::steady_clock::time_point deadline) const {
  std::unique_lock lock(event_mutex_);
  event_changed_.wait_until(lock, deadline, [&] { return stopped_ || published_id_ > seen; });
}

void ClassGame::stop() {
  std::lock_guard lock(event_mutex_);
  stopped_ = true;
  event_changed_.notify_all();
}

bool ClassGame::stopped() const {
  std::lock_guard lock(event_mutex_);
  return stopped_;
}

Status ClassGame::rememberAddress(const std::string& bind_address, int port) {
  std::unique_lock lock(state_mutex_);
  setup_.bind_address = bind_address;
  setup_.port = port;
  return saveLocked();
}

void ClassGame::preparePicture() {
  std::size_t index;
  {
    std::shared_lock lock(state_mutex_);
    if (phase_ != Phase::question && phase_ != Phase::reveal) return;
    index = index_;
  }
  if (pictures_ == nullptr || reference_->finished()) return;
  const Question& question = reference_->currentQuestion();
  const Scenario* scenario = reference_->currentScenario();
  if (scenario == nullptr) return;
  QuestionPicture picture = pictures_->prepare(index, question, *scenario);
  std::unique_lock lock(state_mutex_);
  if (index_ != index) return;
  picture_ = std::move(picture);
  if (auto saved = announceLocked(); !saved)
    std::fprintf(stderr, "esprit host: %s\n", saved.error().message.c_str());
}

}  // namespace esprit::classroom
