// What each player's event stream says: the lobby, the question (with the
// options in the order to show them), the reveal and the end, as JSON.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/classroom/ClassGame.hpp"

#include "core/classroom/ClassGameParts.hpp"
#include "core/classroom/ScenarioText.hpp"
#include "core/Vocabulary.hpp"
#include "core/storage/AnswerJson.hpp"

#include <algorithm>
#include <cmath>

namespace esprit::classroom {

using namespace detail;

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
      {"count", question_ids_.size()}, {"type", nameOf(question.type)},
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
      data["wording"] = nameOf(question.wording);
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
                      {"type", nameOf(question.type)},
                      {"prompt", question.prompt},
                      {"correct", correctAnswerToWire(question)},
                      {"explanation", question.explanation}};
  if (question.type == QuestionType::true_false) data["wording"] = nameOf(question.wording);
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

}  // namespace esprit::classroom
