// A class game played headless through the same calls the HTTP host makes:
// joining, answering once (and again), late joiners, teams, the teacher's
// token, and a game rebuilt from its state file after the host was killed.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/AtomicFile.hpp"
#include "core/classroom/ClassGame.hpp"
#include "storage/StorageFixtures.hpp"

#include <doctest/doctest.h>

#include <functional>
#include <thread>

using namespace esprit;
using namespace esprit::classroom;
using esprit::testing::TemporaryFolder;

namespace {

const std::filesystem::path kEveryKind =
    std::filesystem::path(ESPRIT_SOURCE_ROOT) / "tests" / "core" / "packs" / "valid" / "every-kind";

const Taxonomy& shippedTaxonomy() {
  static const Taxonomy taxonomy = [] {
    std::vector<Problem> problems;
    return Taxonomy::load(std::filesystem::path(ESPRIT_SOURCE_ROOT) / "assets" / "techniques.json",
                          problems);
  }();
  return taxonomy;
}

// A data folder with its results database, the every-kind pack and a game.
struct Classroom {
  TemporaryFolder folder;
  play::PackLibrary library{
      shippedTaxonomy(), folder.path() / "none", folder.path() / "own", {kEveryKind}};
  std::optional<ClassRecords> records;
  std::unique_ptr<ClassGame> game;

  explicit Classroom(bool teams = false, std::size_t questions = 4,
                     const std::function<void(GameSetup&)>& adjust = {}) {
    library.rescan();
    openRecords();
    GameSetup setup;
    setup.pack = library.findByLocation(kEveryKind);
    REQUIRE(setup.pack);
    setup.taxonomy = &shippedTaxonomy();
    setup.question_limit = questions;
    setup.teams = teams;
    setup.seed = 42;
    setup.class_code = "2B";
    setup.state_file = stateFile();
    if (adjust) adjust(setup);
    auto created = ClassGame::create(setup, *records);
    REQUIRE_MESSAGE(created.ok(), (created.ok() ? "" : created.error().message));
    game = std::move(created).value();
  }

  void openRecords() {
    auto store = storage::ResultStore::openInFolder(folder.path());
    REQUIRE(store.ok());
    records.emplace(std::move(store).value());
  }
  std::filesystem::path stateFile() const { return folder.path() / "classroom" / "live-game.json"; }

  // What a kill -9 leaves: the state file and the database, nothing in memory.
  void killAndResume() {
    game.reset();
    records.reset();
    openRecords();
    auto resumed = ClassGame::resume(stateFile(), library, &shippedTaxonomy(), *records);
    REQUIRE_MESSAGE(resumed.ok(), (resumed.ok() ? "" : resumed.error().message));
    game = std::move(resumed).value();
  }

  std::string join(const std::string& nickname) {
    const Reply reply =
        game->join(nlohmann::json{{"code", game->code()}, {"nickname", nickname}}.dump());
    REQUIRE_MESSAGE(reply.status == 200, reply.body.dump());
    return reply.body["player"].get<std::string>();
  }

  nlohmann::json event(const std::string& token) const {
    const auto current = game->currentEvent(token);
    REQUIRE(current);
    return nlohmann::json::parse(current->data);
  }

  const Question& openQuestion() const {
    const auto view = game->view();
    REQUIRE(view.question != nullptr);
    return *view.question;
  }

  Reply answer(const std::string& token, const nlohmann::json& answer,
               std::optional<double> confidence = std::nullopt) {
    nlohmann::json body{{"player", token}, {"question", openQuestion().id}, {"answer", answer}};
    if (confidence) body["confidence"] = *confidence;
    return game->answer(body.dump());
  }

  Reply host(const char* step) const {
    const std::string body = nlohmann::json{{"host", game->hostToken()}}.dump();
    return std::string(step) == "next" ? game->hostNext(body) : game->hostEnd(body);
  }

  std::vector<storage::StoredAnswer> storedAnswers(const std::string& nickname) {
    auto store = storage::ResultStore::openInFolder(folder.path());
    REQUIRE(store.ok());
    auto rows = store->reportRows(storage::ReportFilter{std::string("2B"), std::nullopt});
    REQUIRE(rows.ok());
    std::vector<storage::StoredAnswer> answers;
    for (const auto& row : *rows) {
      if (row.nickname != nickname) continue;
      storage::StoredAnswer stored;
      stored.question_id = row.question_id;
      stored.position = row.question_position;
      answers.push_back(stored);
    }
    return answers;
  }
};

nlohmann::json rightAnswer(const Question& question) {
  switch (question.type) {
    case QuestionType::single_choice:
      return question.correct_option + 1;
    case QuestionType::true_false:
      return question.is_real;
    case QuestionType::multiple_choice: {
      auto list = nlohmann::json::array();
      for (const auto option : question.correct_options) list.push_back(option + 1);
      return list;
    }
    case QuestionType::ordering: {
      auto list = nlohmann::json::array();
      for (std::size_t index = 0; index < question.options.size(); ++index)
        list.push_back(index + 1);
      return list;
    }
    case QuestionType::hotspot:
      return question.correct_regions.front();
  }
  return nullptr;
}

nlohmann::json wrongAnswer(const Question& question) {
  switch (question.type) {
    case QuestionType::single_choice:
      return (question.correct_option + 1) % question.options.size() + 1;
    case QuestionType::true_false:
      return !question.is_real;
    case QuestionType::multiple_choice:
      return nlohmann::json::array();
    case QuestionType::ordering: {
      auto list = nlohmann::json::array();
      for (std::size_t index = question.options.size(); index > 0; --index) list.push_back(index);
      return list;
    }
    case QuestionType::hotspot:
      return "";
  }
  return nullptr;
}

}  // namespace

TEST_CASE(
    "a student joins with the code and a nickname; a wrong code, a taken name or a bad body is "
    "refused") {
  Classroom room;
  CHECK(looksLikeJoinCode(room.game->code()));
  const Reply joined =
      room.game->join(nlohmann::json{{"code", room.game->code()}, {"nickname", " Amina "}}.dump());
  REQUIRE(joined.status == 200);
  CHECK(joined.body["nickname"] == "Amina");
  CHECK(looksLikeToken(joined.body["player"].get<std::string>()));

  CHECK(room.game->join(R"({"code":"000000x","nickname":"Bo"})").status == 403);
  const std::string wrong = room.game->code() == "123456" ? "654321" : "123456";
  CHECK(room.game->join(nlohmann::json{{"code", wrong}, {"nickname", "Bo"}}.dump()).status == 403);
  CHECK(room.game->join(nlohmann::json{{"code", room.game->code()}, {"nickname", "AMINA"}}.dump())
            .status == 409);
  CHECK(
      room.game->join(nlohmann::json{{"code", room.game->code()}, {"nickname", "<script>x"}}.dump())
          .status == 400);
  CHECK(
      room.game
          ->join(
              nlohmann::json{{"code", room.game->code()}, {"nickname", "Bo"}, {"admin", 1}}.dump())
          .status == 400);
  CHECK(room.game->join("{").status == 400);
  CHECK(room.game->join(std::string(8000, '{')).status == 413);
  CHECK(room.game->view().players == std::vector<std::string>{"Amina"});
}

TEST_CASE(
    "an answer is accepted once: the same again gets the same reply, a different one 409, and one "
    "record is kept") {
  Classroom room;
  const auto amina = room.join("Amina");
  CHECK(room.game
            ->answer(
                nlohmann::json{{"player", amina}, {"question", "q-single"}, {"answer", 1}}.dump())
            .status == 409);
  REQUIRE(room.host("next").status == 200);
  const Question& question = room.openQuestion();
  const nlohmann::json right = rightAnswer(question);
  const std::optional<double> sure =
      question.asks_confidence ? std::optional<double>(0.8) : std::nullopt;

  const Reply first = room.answer(amina, right, sure);
  REQUIRE_MESSAGE(first.status == 200, first.body.dump());
  const Reply again = room.answer(amina, right, sure);
  CHECK(again.status == 200);
  CHECK(again.body == first.body);
  CHECK(room.answer(amina, wrongAnswer(question), sure).status == 409);
  CHECK(room.answer(std::string(32, 'a'), right, sure).status == 403);
  CHECK(room.game->view().answers == 1);
  CHECK(room.storedAnswers("Amina").size() == 1);

  // Once closed, the same answer still gets its reply; a new one does not count.
  const auto bo = room.join("Bo");
  REQUIRE(room.host("next").status == 200);
  CHECK(room.game->phase() == Phase::reveal);
  CHECK(room.answer(amina, right, sure).body == first.body);
  CHECK(room.answer(bo, right, sure).status == 409);
  CHECK(room.storedAnswers("Bo").empty());
}

TEST_CASE("two copies of one answer sent at the same moment are recorded once") {
  Classroom room;
  const auto amina = room.join("Amina");
  REQUIRE(room.host("next").status == 200);
  const Question& question = room.openQuestion();
  const std::optional<double> sure =
      question.asks_confidence ? std::optional<double>(0.7) : std::nullopt;
  std::vector<int> statuses(8);
  std::vector<std::thread> clicks;
  for (std::size_t index = 0; index < statuses.size(); ++index) {
    clicks.emplace_back(
        [&, index] { statuses[index] = room.answer(amina, rightAnswer(question), sure).status; });
  }
  for (auto& click : clicks) click.join();
  for (const int status : statuses) CHECK(status == 200);
  CHECK(room.storedAnswers("Amina").size() == 1);
  CHECK(room.game->view().answers == 1);
}

TEST_CASE(
    "forty students answering at the same moment are each recorded once, committed together") {
  Classroom room(false, 2);
  std::vector<std::string> tokens;
  for (int number = 0; number < 40; ++number)
    tokens.push_back(room.join("Student " + std::to_string(number)));
  room.host("next");
  const Question& question = room.openQuestion();
  const auto sure = question.asks_confidence ? std::optional<double>(0.9) : std::nullopt;
  std::vector<int> statuses(tokens.size());
  std::vector<std::thread> students;
  for (std::size_t index = 0; index < tokens.size(); ++index) {
    students.emplace_back([&, index] {
      statuses[index] = room.answer(tokens[index],
                                    index % 2 ? rightAnswer(question) : wrongAnswer(question), sure)
                            .status;
    });
  }
  for (auto& student : students) student.join();
  for (const int status : statuses) CHECK(status == 200);
  CHECK(room.game->view().answers == 40);
  int stored = 0;
  for (int number = 0; number < 40; ++number)
    stored += static_cast<int>(room.storedAnswers("Student " + std::to_string(number)).size());
  CHECK(stored == 40);
}

TEST_CASE("a wrong host token gets 403 and changes nothing") {
  Classroom room;
  room.join("Amina");
  const std::string wrong = nlohmann::json{{"host", std::string(32, '0')}}.dump();
  CHECK(room.game->hostNext(wrong).status == 403);
  CHECK(room.game->hostEnd(wrong).status == 403);
  CHECK(
      room.game
          ->hostRemove(nlohmann::json{{"host", std::string(32, '0')}, {"nickname", "Amina"}}.dump())
          .status == 403);
  CHECK(room.game->hostState(std::string(32, '0')).status == 403);
  CHECK(room.game->phase() == Phase::lobby);
  CHECK(room.game->view().players.size() == 1);
  const Reply state = room.game->hostState(room.game->hostToken());
  CHECK(state.status == 200);
  CHECK(state.body ==
        nlohmann::json{
            {"phase", "lobby"}, {"index", 0}, {"count", 4}, {"players", 1}, {"answers", 0}});
}

TEST_CASE("the teacher goes lobby → question → reveal → … → end, and the end stays") {
  Classroom room(false, 2);
  const auto amina = room.join("Amina");
  std::vector<std::string> phases;
  std::uint64_t last_id = room.game->currentEvent(amina)->id;
  for (int step = 0; step < 4; ++step) {
    const Reply state = room.host("next");
    phases.push_back(state.body["phase"].get<std::string>() +
                     std::to_string(state.body["index"].get<int>()));
    const auto event = room.game->currentEvent(amina);
    CHECK(event->id > last_id);
    CHECK(event->name == state.body["phase"].get<std::string>());
    last_id = event->id;
  }
  CHECK(phases == std::vector<std::string>{"question1", "reveal1", "question2", "reveal2"});
  CHECK(room.host("next").body["phase"] == "end");
  CHECK(room.host("next").status == 409);
  CHECK(room.host("end").body["phase"] == "end");
  CHECK(room.event(amina)["phase"] == "end");
}

TEST_CASE(
    "a question event says what a client needs, options in the order to show with their pack "
    "numbers") {
  Classroom room(false, 10);
  const auto amina = room.join("Amina");
  const nlohmann::json lobby = room.event(amina);
  CHECK(lobby["players"] == 1);
  CHECK(lobby["nickname"] == "Amina");
  for (std::size_t step = 0; step < 10; ++step) {
    REQUIRE(room.host("next").body["phase"] == "question");
    const auto view = room.game->view();
    const nlohmann::json data = room.event(amina);
    CHECK(data["question"] == view.question->id);
    CHECK(data["index"] == step + 1);
    CHECK(data["count"] == 10);
    CHECK(data["prompt"] == view.question->prompt);
    CHECK(data["answered"].is_null());
    if (view.question->type == QuestionType::single_choice ||
        view.question->type == QuestionType::multiple_choice) {
      REQUIRE(data["options"].size() == view.option_order.size());
      for (std::size_t index = 0; index < view.option_order.size(); ++index) {
        CHECK(data["options"][index]["id"] == view.option_order[index] + 1);
        CHECK(data["options"][index]["label"] == view.question->options[view.option_order[index]]);
      }
    }
    if (view.question->type == QuestionType::true_false) CHECK_FALSE(data.contains("options"));
    if (view.question->type == QuestionType::ordering)
      CHECK(data["items"].size() == view.question->options.size());
    if (view.question->type == QuestionType::hotspot)
      CHECK(data["regions"].size() == view.question->regions.size());
    CHECK(data["confidence"] == view.question->asks_confidence);
    if (view.scenario != nullptr) CHECK_FALSE(data["scenario_text"].get<std::string>().empty());
    // No picture source: the phones get the scenario as text only.
    CHECK(data["image"].is_null());
    // The teacher's token never reaches a student.
    CHECK(room.game->currentEvent(amina)->data.find(room.game->hostToken()) == std::string::npos);
    REQUIRE(room.host("next").body["phase"] == "reveal");
  }
}

TEST_CASE(
    "the reveal shows the class's share on each option, the right answer and each student's own "
    "result") {
  Classroom room(false, 10);
  std::vector<std::string> tokens;
  for (const char* name : {"Amina", "Bo", "Chloé", "Dries"}) tokens.push_back(room.join(name));
  // Find the single-choice question about the post.
  for (int guard = 0; guard < 10; ++guard) {
    room.host("next");
    if (room.openQuestion().type == QuestionType::single_choice) break;
    room.host("next");
  }
  const Question& question = room.openQuestion();
  REQUIRE(question.type == QuestionType::single_choice);
  CHECK(room.answer(tokens[0], rightAnswer(question)).status == 200);
  CHECK(room.answer(tokens[1], rightAnswer(question)).status == 200);
  CHECK(room.answer(tokens[2], rightAnswer(question)).status == 200);
  CHECK(room.answer(tokens[3], wrongAnswer(question)).status == 200);
  room.host("next");
  const auto view = room.game->view();
  REQUIRE(view.shares.size() == question.options.size());
  for (const auto& share : view.shares) {
    if (share.correct) CHECK(share.share == doctest::Approx(0.75));
  }
  const nlohmann::json reveal = room.event(tokens[3]);
  CHECK(reveal["correct"] == question.correct_option + 1);
  CHECK(reveal["yours"]["correct"] == false);
  CHECK(reveal["explanation"] == question.explanation);
  CHECK(room.event(tokens[0])["yours"]["correct"] == true);
  CHECK(room.event(tokens[0])["score"].get<int>() > 0);
}

TEST_CASE(
    "a student who joins late answers the open question; one who joins during a reveal starts at "
    "the next") {
  Classroom room(false, 3);
  const auto amina = room.join("Amina");
  room.host("next");
  room.host("next");
  room.host("next");  // question 2 is open
  const auto late = room.join("Late");
  CHECK(room.event(late)["index"] == 2);
  CHECK(room.answer(late, rightAnswer(room.openQuestion()),
                    room.openQuestion().asks_confidence ? std::optional<double>(0.9) : std::nullopt)
            .status == 200);
  room.host("next");  // reveal 2
  const auto later = room.join("Later");
  CHECK(room.event(later)["phase"] == "reveal");
  CHECK(room.event(later)["yours"].is_null());
  room.host("next");  // question 3
  const Question& third = room.openQuestion();
  const auto sure = third.asks_confidence ? std::optional<double>(0.6) : std::nullopt;
  CHECK(room.answer(later, rightAnswer(third), sure).status == 200);
  CHECK(room.answer(late, wrongAnswer(third), sure).status == 200);
  CHECK(room.storedAnswers("Late").size() == 2);
  CHECK(room.storedAnswers("Later").size() == 1);
  CHECK(room.storedAnswers("Amina").empty());
}

TEST_CASE("in team mode a device joins with a team name, and the team's points add up") {
  Classroom room(true, 3);
  CHECK(room.game->join(nlohmann::json{{"code", room.game->code()}, {"nickname", "Amina"}}.dump())
            .status == 400);
  const Reply team = room.game->join(
      nlohmann::json{{"code", room.game->code()}, {"team", "Les Sceptiques"}}.dump());
  REQUIRE(team.status == 200);
  CHECK(team.body["team"] == true);
  const std::string token = team.body["player"].get<std::string>();
  int total = 0;
  for (int question = 0; question < 3; ++question) {
    room.host("next");
    const Question& open = room.openQuestion();
    const Reply accepted = room.answer(
        token, rightAnswer(open), open.asks_confidence ? std::optional<double>(1.0) : std::nullopt);
    REQUIRE(accepted.status == 200);
    room.host("next");
    total += room.event(token)["yours"]["points"].get<int>();
  }
  CHECK(total > 0);
  CHECK(room.event(token)["score"] == total);
}

TEST_CASE(
    "the teacher removes a nickname in the lobby; its token stops working and the name is free "
    "again") {
  Classroom room;
  const auto prank = room.join("Prank");
  room.join("Amina");
  CHECK(room.game->remove("prank").ok());
  CHECK_FALSE(room.game->knowsPlayer(prank));
  CHECK_FALSE(room.game->currentEvent(prank));
  CHECK(room.game->view().players == std::vector<std::string>{"Amina"});
  room.join("Prank");
  room.host("next");
  CHECK_FALSE(room.game->remove("Amina").ok());  // not once the game has started
}

TEST_CASE(
    "after a kill the game resumes from its state file with the same code, tokens, scores and "
    "growing event ids") {
  Classroom room(false, 4);
  const std::string code = room.game->code();
  const std::string host = room.game->hostToken();
  const auto amina = room.join("Amina");
  const auto bo = room.join("Bo");
  room.host("next");
  const Question& first = room.openQuestion();
  const auto sure = first.asks_confidence ? std::optional<double>(0.9) : std::nullopt;
  const Reply accepted = room.answer(amina, rightAnswer(first), sure);
  REQUIRE(accepted.status == 200);
  room.host("next");
  room.host("next");  // question 2 open; Bo missed question 1
  const Question& second = room.openQuestion();
  const auto sure2 = second.asks_confidence ? std::optional<double>(0.9) : std::nullopt;
  REQUIRE(room.answer(bo, rightAnswer(second), sure2).status == 200);
  const std::uint64_t before = room.game->currentEvent(amina)->id;
  const int amina_score = room.event(amina)["score"].get<int>();

  room.killAndResume();
  CHECK(room.game->code() == code);
  CHECK(room.game->hostToken() == host);
  CHECK(room.game->phase() == Phase::question);
  CHECK(room.game->view().answers == 1);
  CHECK(room.game->currentEvent(amina)->id > before);
  CHECK(room.event(amina)["score"] == amina_score);
  CHECK(room.event(amina)["index"] == 2);
  CHECK(room.event(bo)["answered"]["answer"] == rightAnswer(second));
  // Nothing committed is lost or doubled, and the first answer still echoes.
  CHECK(room.answer(bo, rightAnswer(second), sure2).status == 200);
  CHECK(room.answer(amina, rightAnswer(second), sure2).status == 200);
  CHECK(room.storedAnswers("Amina").size() == 2);
  CHECK(room.storedAnswers("Bo").size() == 1);
  room.host("next");
  room.host("next");
  const Question& third = room.openQuestion();
  const auto sure3 = third.asks_confidence ? std::optional<double>(0.9) : std::nullopt;
  CHECK(room.answer(bo, rightAnswer(third), sure3).status == 200);
  CHECK(room.storedAnswers("Bo").size() == 2);
}

TEST_CASE("a missing or damaged state file is refused with a sentence naming it") {
  Classroom room;
  room.game.reset();
  auto missing =
      ClassGame::resume(room.folder.path() / "nothing.json", room.library, nullptr, *room.records);
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.error().message.find("nothing.json") != std::string::npos);
  REQUIRE(writeFileAtomically(room.stateFile(), R"({"esprit_class_game": 1, "code": 5})").ok());
  auto damaged = ClassGame::resume(room.stateFile(), room.library, nullptr, *room.records);
  REQUIRE_FALSE(damaged.ok());
  CHECK(damaged.error().message.find("\"code\"") != std::string::npos);
}

TEST_CASE(
    "the end sums up the class: discernment over real-or-fake items and the hardest techniques") {
  Classroom room(false, 10);
  const auto amina = room.join("Amina");
  const auto bo = room.join("Bo");
  for (int step = 0; step < 10; ++step) {
    room.host("next");
    const Question& open = room.openQuestion();
    const auto sure = open.asks_confidence ? std::optional<double>(0.8) : std::nullopt;
    REQUIRE(room.answer(amina, rightAnswer(open), sure).status == 200);
    REQUIRE(room.answer(bo, step % 2 == 0 ? wrongAnswer(open) : rightAnswer(open), sure).status ==
            200);
    room.host("next");
  }
  room.host("next");
  const auto view = room.game->view();
  CHECK(view.phase == Phase::end);
  CHECK(view.class_results.answered == 20);
  CHECK(view.class_results.discernment.has_value());
  CHECK_FALSE(view.hardest.empty());
  const nlohmann::json end = room.event(amina);
  CHECK(end["answered"] == 10);
  CHECK(end["correct"] == 10);
}

TEST_CASE("the leaderboard is off by default, and shows the top five only when on") {
  Classroom room;
  room.join("Amina");
  CHECK(room.game->view().leaderboard.empty());

  Classroom ranked(false, 2, [](GameSetup& setup) { setup.leaderboard = true; });
  std::vector<std::string> tokens;
  for (int number = 0; number < 7; ++number)
    tokens.push_back(ranked.join("P" + std::to_string(number)));
  ranked.host("next");
  const Question& question = ranked.openQuestion();
  const auto sure = question.asks_confidence ? std::optional<double>(1.0) : std::nullopt;
  for (std::size_t index = 0; index < tokens.size(); ++index) {
    REQUIRE(
        ranked
            .answer(tokens[index], index == 6 ? rightAnswer(question) : wrongAnswer(question), sure)
            .status == 200);
  }
  const auto board = ranked.game->view().leaderboard;
  REQUIRE(board.size() == kLeaderboardSize);
  CHECK(board.front().nickname == "P6");
  CHECK(board.front().points > board.back().points);
}

TEST_CASE("with a countdown the question closes by itself once its time is up, not before") {
  Classroom room(false, 2, [](GameSetup& setup) { setup.countdown_seconds = 1; });
  const auto amina = room.join("Amina");
  room.host("next");
  CHECK_FALSE(room.game->closeIfTimeUp());
  CHECK(room.event(amina)["seconds_left"] == 1);
  std::this_thread::sleep_for(std::chrono::milliseconds(1100));
  CHECK(room.game->closeIfTimeUp());
  CHECK(room.game->phase() == Phase::reveal);
  CHECK_FALSE(room.game->closeIfTimeUp());
}
