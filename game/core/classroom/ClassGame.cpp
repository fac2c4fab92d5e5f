// The class game's rules: joining, answering, the teacher's steps, events
// and the state file.
#include "core/classroom/ClassGame.hpp"

#include "core/AtomicFile.hpp"
#include "core/classroom/ScenarioText.hpp"
#include "core/classroom/Secrets.hpp"
#include "core/storage/AnswerJson.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <sstream>

namespace esprit::classroom {
namespace {

constexpr int kStateFormat = 1;

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

const char* wordingName(BinaryWording wording) {
  switch (wording) {
    case BinaryWording::real_fake:
      return "real_fake";
    case BinaryWording::reliable_unreliable:
      return "reliable_unreliable";
    case BinaryWording::true_false:
      return "true_false";
  }
  return "real_fake";
}

std::optional<Phase> parsePhase(const std::string& name) {
  for (const Phase phase : {Phase::lobby, Phase::question, Phase::reveal, Phase::end}) {
    if (name == phaseName(phase)) return phase;
  }
  return std::nullopt;
}

std::string regionLabel(const HotspotRegion& region) {
  if (!region.label.empty()) return region.label;
  return region.part.empty() ? region.id : region.part;
}

// The status a refused answer gets: a bad answer is the client's mistake
// (400); anything else is the disk's, and the same answer may be sent again.
int statusForAnswerError(const Error& error) {
  return error.kind == ErrorKind::invalid_input ? 400 : 503;
}

}  // namespace

const char* phaseName(Phase phase) {
  switch (phase) {
    case Phase::lobby:
      return "lobby";
    case Phase::question:
      return "question";
    case Phase::reveal:
      return "reveal";
    case Phase::end:
      return "end";
  }
  return "lobby";
}

// One player (or team) of this game.
struct ClassGame::Seat {
  struct Accepted {
    AnswerChoice choice;
    Evaluation evaluation;
    nlohmann::json body;  // the reply, sent again for the same answer
  };

  std::string token;
  std::string nickname;
  Enrolment enrolment;
  std::mutex mutex;  // guards what follows
  std::optional<play::Round> round;
  std::map<std::size_t, Accepted> accepted;  // by 1-based question index
  int score = 0;
};

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
  ++event_id_;
  const Status saved = saveLocked();
  publishLocked();
  return saved;
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
  ++event_id_;
  const Status saved = saveLocked();
  publishLocked();
  return saved;
}

Status ClassGame::end() {
  std::lock_guard transition(transition_mutex_);
  std::unique_lock lock(state_mutex_);
  if (phase_ == Phase::end) return {};
  if (phase_ == Phase::question) computeRevealLocked();
  phase_ = Phase::end;
  computeEndLocked();
  ++event_id_;
  const Status saved = saveLocked();
  publishLocked();
  return saved;
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
  ++event_id_;
  const Status saved = saveLocked();
  publishLocked();
  return saved;
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

std::optional<StreamEvent> ClassGame::currentEvent(std::string_view token) const {
  std::shared_lock lock(state_mutex_);
  const Seat* seat = findSeat(token);
  if (seat == nullptr) return std::nullopt;
  StreamEvent event;
  event.id = event_id_;
  event.name = phaseName(phase_);
  event.data = eventDataLocked(*seat).dump();
  return event;
}

std::string ClassGame::techniqueName(const std::string& id) const {
  if (setup_.taxonomy != nullptr) {
    if (const auto* text = setup_.taxonomy->describe(id, reference_->pack().metadata.language))
      return text->name;
  }
  return id;
}

nlohmann::json ClassGame::questionDataLocked() const {
  const Question& question = reference_->currentQuestion();
  nlohmann::json data{
      {"question", question.id},       {"index", index_},
      {"count", question_ids_.size()}, {"type", storage::questionTypeName(question.type)},
      {"prompt", question.prompt},     {"confidence", reference_->asksConfidence()}};
  auto list = nlohmann::json::array();
  switch (question.type) {
    case QuestionType::single_choice:
    case QuestionType::multiple_choice:
    case QuestionType::ordering:
      for (const auto option : reference_->optionOrder())
        list.push_back({{"id", option + 1}, {"label", question.options.at(option)}});
      data[question.type == QuestionType::ordering ? "items" : "options"] = list;
      break;
    case QuestionType::true_false:
      data["wording"] = wordingName(question.wording);
      break;
    case QuestionType::hotspot:
      for (const auto& region : question.regions) {
        nlohmann::json item{{"id", region.id}, {"label", regionLabel(region)}};
        for (const auto& box : picture_.regions) {
          if (box.id != region.id) continue;
          item["x"] = box.x;
          item["y"] = box.y;
          item["width"] = box.width;
          item["height"] = box.height;
        }
        list.push_back(item);
      }
      data["regions"] = list;
      break;
  }
  const Scenario* scenario = reference_->currentScenario();
  data["image"] =
      scenario != nullptr && picture_.available
          ? nlohmann::json("/scenario.png?game=" + code_ + "&index=" + std::to_string(index_))
          : nlohmann::json(nullptr);
  data["scenario_text"] =
      scenario != nullptr ? nlohmann::json(scenarioText(*scenario)) : nlohmann::json(nullptr);
  data["seconds_left"] = nullptr;
  if (setup_.countdown_seconds > 0) {
    data["seconds_left"] = std::max(0L, std::lround(setup_.countdown_seconds - secondsSinceOpen()));
  }
  return data;
}

nlohmann::json ClassGame::revealDataLocked(const Seat& seat) const {
  const Question& question = reference_->currentQuestion();
  nlohmann::json data{{"question", question.id},
                      {"index", index_},
                      {"count", question_ids_.size()},
                      {"type", storage::questionTypeName(question.type)},
                      {"prompt", question.prompt},
                      {"correct", correctAnswerToWire(question)},
                      {"explanation", question.explanation}};
  if (question.type == QuestionType::true_false) data["wording"] = wordingName(question.wording);
  auto techniques = nlohmann::json::array();
  for (const auto& id : question.techniques)
    techniques.push_back({{"id", id}, {"name", techniqueName(id)}});
  data["techniques"] = techniques;
  auto shares = nlohmann::json::array();
  for (const auto& share : shares_) {
    shares.push_back({{"id", share.id},
                      {"label", share.label},
                      {"count", share.count},
                      {"share", share.share},
                      {"correct", share.correct}});
  }
  data["shares"] = shares;
  auto sources = nlohmann::json::array();
  for (const auto& source : question.sources) {
    sources.push_back({{"title", source.title},
                       {"publisher", source.publisher},
                       {"year", source.year},
                       {"url", source.url}});
  }
  data["sources"] = sources;
  data["yours"] = nullptr;
  if (const auto found = seat.accepted.find(index_); found != seat.accepted.end()) {
    data["yours"] = {{"answer", answerToWire(found->second.choice)},
                     {"correct", found->second.evaluation.correct},
                     {"credit", found->second.evaluation.credit},
                     {"points", found->second.evaluation.points}};
  }
  return data;
}

nlohmann::json ClassGame::eventDataLocked(const Seat& seat) const {
  // The seat's own lock: its answers may change under a shared state lock.
  std::lock_guard seat_lock(const_cast<Seat&>(seat).mutex);
  nlohmann::json data;
  switch (phase_) {
    case Phase::lobby:
      data = {{"code", code_}, {"players", seats_.size()}, {"teams", setup_.teams}};
      break;
    case Phase::question: {
      data = questionDataLocked();
      const auto found = seat.accepted.find(index_);
      data["answered"] =
          found != seat.accepted.end() ? found->second.body : nlohmann::json(nullptr);
      break;
    }
    case Phase::reveal:
      data = revealDataLocked(seat);
      break;
    case Phase::end: {
      int correct = 0;
      for (const auto& [index, accepted] : seat.accepted)
        correct += accepted.evaluation.correct ? 1 : 0;
      data = {{"count", question_ids_.size()},
              {"answered", seat.accepted.size()},
              {"correct", correct}};
      break;
    }
  }
  data["phase"] = phaseName(phase_);
  data["nickname"] = seat.nickname;
  data["score"] = seat.score;
  return data;
}

// ------------------------------------------------------------ event streams

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
  return writeFileAtomically(setup_.state_file, state.dump(1) + "\n");
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
  ++event_id_;
  if (auto saved = saveLocked(); !saved)
    std::fprintf(stderr, "esprit host: %s\n", saved.error().message.c_str());
  publishLocked();
}

}  // namespace esprit::classroom
