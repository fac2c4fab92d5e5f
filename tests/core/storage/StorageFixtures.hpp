// Shared test material for the storage and report suites: a temporary folder
// that cleans up after itself, small packs built in code, and helpers that
// record answers the way the game does.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Pack.hpp"
#include "core/Scoring.hpp"
#include "core/storage/ResultStore.hpp"

#include <cstdlib>
#include <filesystem>
#include <string>
#include <system_error>
#include <vector>

namespace esprit::testing {

class TemporaryFolder {
 public:
  TemporaryFolder() {
    std::string pattern =
        (std::filesystem::temp_directory_path() / "esprit-storage-XXXXXX").string();
    path_ = mkdtemp(pattern.data()) != nullptr ? std::filesystem::path(pattern)
                                               : std::filesystem::path{};
  }
  ~TemporaryFolder() {
    std::error_code ignored;
    if (!path_.empty()) std::filesystem::remove_all(path_, ignored);
  }
  TemporaryFolder(const TemporaryFolder&) = delete;
  TemporaryFolder& operator=(const TemporaryFolder&) = delete;

  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path databaseFile() const { return path_ / storage::kDatabaseFileName; }

 private:
  std::filesystem::path path_;
};

inline Question binaryQuestion(std::string id, bool is_real, std::vector<std::string> techniques,
                               std::string form = {}) {
  Question question;
  question.id = std::move(id);
  question.type = QuestionType::true_false;
  question.prompt = "Real or fake: " + question.id + "?";
  question.is_real = is_real;
  question.asks_confidence = true;
  question.techniques = std::move(techniques);
  question.form = std::move(form);
  question.explanation = "Because.";
  return question;
}

inline Question choiceQuestion(std::string id, std::vector<std::string> techniques,
                               std::size_t correct_option = 0) {
  Question question;
  question.id = std::move(id);
  question.type = QuestionType::single_choice;
  question.prompt = "Which one, " + question.id + "?";
  question.options = {"first", "second", "third"};
  question.correct_option = correct_option;
  question.techniques = std::move(techniques);
  question.explanation = "Because.";
  return question;
}

// Six questions over three techniques, one prompt with a comma and quotes.
inline Pack fixturePack() {
  Pack pack;
  pack.metadata.id = "test.fixture";
  pack.metadata.version = "1.0.0";
  pack.metadata.title = "Fixture pack";
  pack.metadata.language = "en";
  pack.questions.push_back(binaryQuestion("q1", false, {"clickbait"}));
  pack.questions.push_back(binaryQuestion("q2", true, {"source-check"}));
  pack.questions.push_back(choiceQuestion("q3", {"emotional-language"}));
  pack.questions.push_back(choiceQuestion("q4", {"clickbait"}));
  pack.questions.push_back(choiceQuestion("q5", {"source-check"}));
  pack.questions.push_back(choiceQuestion("q6", {"clickbait", "emotional-language"}));
  pack.questions[2].prompt = "She said \"shocking\", then what?";
  return pack;
}

// The assessment pack: forms A and B, four real-or-fake items each.
inline Pack assessmentPack() {
  Pack pack;
  pack.metadata.id = "esprit.assessment";
  pack.metadata.version = "1.0.0";
  pack.metadata.title = "Assessment";
  pack.metadata.language = "en";
  for (const char* form : {"A", "B"}) {
    for (int index = 0; index < 4; ++index) {
      pack.questions.push_back(binaryQuestion(std::string(form) + std::to_string(index),
                                              index % 2 == 0, {"source-check"}, form));
    }
  }
  return pack;
}

inline std::vector<std::string> allQuestionIds(const Pack& pack) {
  std::vector<std::string> ids;
  for (const auto& question : pack.questions) ids.push_back(question.id);
  return ids;
}

inline Evaluation evaluation(bool correct, double credit = -1) {
  Evaluation result;
  result.correct = correct;
  result.credit = credit >= 0 ? credit : (correct ? 1.0 : 0.0);
  result.points = correct ? kPointsPerQuestion : 0;
  return result;
}

// As the game evaluates answerFor(question, right): confidence 0.8 on binary items.
inline Evaluation evaluationFor(const Question& question, bool right) {
  Evaluation result = evaluation(right);
  if (question.type == QuestionType::true_false) result.confidence = 0.8;
  return result;
}

// An answer that is right or wrong for `question`, as the game would give it.
inline Answer answerFor(const Question& question, bool right, double seconds = 3.5) {
  Answer answer;
  answer.seconds_taken = seconds;
  if (question.type == QuestionType::true_false) {
    answer.choice = BinaryAnswer{right ? question.is_real : !question.is_real, 0.8};
  } else {
    answer.choice =
        SingleChoiceAnswer{right ? question.correct_option : question.correct_option + 1};
  }
  return answer;
}

inline storage::SessionId startSession(storage::ResultStore& store, storage::PlayerId player,
                                       const Pack& pack, std::vector<std::string> ids = {},
                                       std::uint64_t seed = 7, std::string form = {}) {
  storage::NewSession session;
  session.player_id = player;
  session.options.seed = seed;
  session.options.form = std::move(form);
  session.question_ids = ids.empty() ? allQuestionIds(pack) : std::move(ids);
  auto started = store.startSession(session, pack);
  return started ? *started : 0;
}

}  // namespace esprit::testing
