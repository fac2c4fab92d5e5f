// Makes a class's results for the report screenshots: twelve players of
// class 4C, of rising strength, answer every question of a pack once; the
// third question behaves as if keyed wrong (the strong players "miss" it), so
// the item analysis has something to flag. Twelve players of class 4D play
// the assessment's forms A and B (most do better after), and half of them
// form C weeks later.
// Usage: esprit_class_results_maker DATA_FOLDER PACK_FOLDER
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StorageFixtures.hpp"

#include "core/AssetPaths.hpp"
#include "core/PackLoader.hpp"
#include "core/Taxonomy.hpp"

#include <algorithm>
#include <cstdio>

namespace {

using namespace esprit;

Answer answerOf(const Question& question, bool right) {
  Answer answer;
  answer.seconds_taken = 6;
  switch (question.type) {
    case QuestionType::single_choice:
      answer.choice =
          SingleChoiceAnswer{right ? question.correct_option
                                   : (question.correct_option + 1) % question.options.size()};
      break;
    case QuestionType::true_false:
      answer.choice = BinaryAnswer{right == question.is_real, 0.7};
      break;
    case QuestionType::multiple_choice:
      answer.choice =
          MultipleChoiceAnswer{right ? question.correct_options : std::vector<std::size_t>{}};
      break;
    case QuestionType::ordering: {
      OrderingAnswer order;
      for (std::size_t step = 0; step < question.options.size(); ++step) {
        order.order.push_back(right ? step : question.options.size() - 1 - step);
      }
      answer.choice = order;
      break;
    }
    case QuestionType::hotspot:
      answer.choice = HotspotAnswer{right ? question.correct_regions.front() : std::string()};
      break;
  }
  return answer;
}

// Forms A, B and C of four real-or-fake items each: player p gets p / 3
// items right on A, one more on B unless p is a multiple of 4, and on C one
// fewer than on B when p is a multiple of 3.
bool playAssessment(storage::ResultStore& store) {
  Pack assessment = testing::assessmentPack();
  for (int index = 0; index < 4; ++index) {
    assessment.questions.push_back(testing::binaryQuestion("C" + std::to_string(index),
                                                           index % 2 == 0, {"source-check"}, "C"));
  }
  const char* names[] = {"Noor", "Oscar", "Pauline", "Quentin", "Rania",   "Sam",
                         "Tess", "Ugo",   "Victor",  "Wout",    "Yasmine", "Zoé"};
  for (int strength = 0; strength < 12; ++strength) {
    auto player = store.createPlayer(names[strength], "4D");
    if (!player) return false;
    const int before = std::min(4, strength / 3);
    const int after = std::min(4, before + (strength % 4 == 0 ? 0 : 1));
    const int later = std::max(0, after - (strength % 3 == 0 ? 1 : 0));
    std::vector<std::pair<std::string, int>> forms = {{"A", before}, {"B", after}};
    if (strength % 2 == 0) forms.emplace_back("C", later);
    for (const auto& [form, right_count] : forms) {
      std::vector<std::string> ids;
      for (int index = 0; index < 4; ++index) ids.push_back(form + std::to_string(index));
      const auto session = testing::startSession(store, player->id, assessment, ids, 7, form);
      for (int index = 0; index < 4; ++index) {
        const Question& question = *assessment.findQuestion(ids[static_cast<std::size_t>(index)]);
        const bool right = index < right_count;
        if (!store.recordAnswer(session, index, question, testing::answerFor(question, right),
                                testing::evaluationFor(question, right))) {
          return false;
        }
      }
      if (!store.finishSession(session)) return false;
    }
  }
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: %s DATA_FOLDER PACK_FOLDER\n", argv[0]);
    return 2;
  }
  std::vector<Problem> problems;
  const Taxonomy taxonomy = Taxonomy::load(assetDirectory() / "techniques.json", problems);
  const PackLoadResult loaded = loadPack(argv[2], taxonomy);
  if (!loaded.usable()) {
    std::fprintf(stderr, "%s: the pack does not load\n", argv[2]);
    return 1;
  }
  const Pack& pack = *loaded.pack;
  auto store = storage::ResultStore::openInFolder(argv[1]);
  if (!store) {
    std::fprintf(stderr, "%s\n", store.error().message.c_str());
    return 1;
  }
  const char* names[] = {"Ada",    "Bram", "Chloé", "Dries", "Emma", "Finn",
                         "Gaëlle", "Hugo", "Ines",  "Jules", "Lena", "Milan"};
  for (int strength = 0; strength < 12; ++strength) {
    auto player = store->createPlayer(names[strength], "4C");
    if (!player) {
      std::fprintf(stderr, "%s\n", player.error().message.c_str());
      return 1;
    }
    const auto session = testing::startSession(*store, player->id, pack, {}, 7);
    int position = 0;
    for (const auto& question : pack.questions) {
      // Harder questions further down the pack; the third one upside down.
      bool right = strength >= position + 1;
      if (position == 2) right = strength < 6;
      if (!store->recordAnswer(session, position++, question, answerOf(question, right),
                               testing::evaluation(right))) {
        return 1;
      }
    }
    if (!store->finishSession(session)) return 1;
  }
  if (!playAssessment(*store)) return 1;
  return 0;
}
