// The editor's inline check finds the same problems as the validator, at
// pointers the editor can map back to its items.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/PackLoader.hpp"
#include "core/editing/EditablePack.hpp"
#include "core/editing/EditorDocument.hpp"
#include "core/editing/MediaImport.hpp"
#include "core/editing/PackCheck.hpp"
#include "core/editing/PackDrafts.hpp"
#include "core/editing/ProblemLocation.hpp"
#include "core/editing/RecoveryCopy.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

using namespace esprit;
using namespace esprit::editing;

namespace {
Taxonomy loadTaxonomy() {
  std::vector<Problem> problems;
  return Taxonomy::load(std::filesystem::path(ESPRIT_SOURCE_ROOT) / "assets" / "techniques.json",
                        problems);
}
}  // namespace

TEST_CASE("an empty new question is reported at its own prompt") {
  const Taxonomy taxonomy = loadTaxonomy();
  Pack pack = makeNewPack("Check me", "en", PackTemplate::empty, {});
  pack.questions.push_back(makeQuestion(QuestionType::single_choice, pack));
  const auto problems = checkPack(pack, taxonomy);
  REQUIRE(hasErrors(problems));
  bool prompt_found = false;
  for (const auto& problem : problems) {
    const auto location = locateProblem(problem);
    if (location.section == PackSection::question && location.fieldName() == "prompt") {
      prompt_found = true;
    }
  }
  CHECK(prompt_found);
}

TEST_CASE("a filled question of every type passes the validator") {
  const Taxonomy taxonomy = loadTaxonomy();
  Pack pack = makeNewPack("Every type", "en", PackTemplate::empty, {});
  Scenario post = makeScenario(ScenarioKind::post, pack);
  auto& content = std::get<PostScenario>(post.content);
  content.author.name = "Health Now";
  content.author.handle = "@health_now";
  content.text = "Lemons cure everything";
  pack.scenarios.push_back(post);
  for (QuestionType type : kQuestionTypes) {
    Question question = makeQuestion(type, pack, post.id);
    question.prompt = "What do you think?";
    question.explanation = "Because.";
    for (std::size_t option = 0; option < question.options.size(); ++option) {
      question.options[option] = "Option " + std::to_string(option + 1);
    }
    if (type == QuestionType::hotspot) question.regions[0].part = "handle";
    pack.questions.push_back(question);
  }
  CHECK_FALSE(hasErrors(checkPack(pack, taxonomy)));
}

TEST_CASE("a recovery copy is offered only while it differs from the saved pack") {
  const auto folder = std::filesystem::temp_directory_path() / "esprit-editing-recovery";
  std::filesystem::remove_all(folder);
  Pack pack = makeNewPack("Recover me", "en", PackTemplate::empty, folder);
  CHECK(writeRecoveryCopy(pack).ok());
  CHECK(pendingRecovery(folder).has_value());
  std::filesystem::copy_file(recoveryFile(folder), folder / "pack.json");
  CHECK_FALSE(pendingRecovery(folder).has_value());
  discardRecoveryCopy(folder);
  CHECK_FALSE(std::filesystem::exists(recoveryFile(folder)));
}

TEST_CASE("the editor document saves atomically, knows unsaved changes and undoes them") {
  const Taxonomy taxonomy = loadTaxonomy();
  const auto folder = std::filesystem::temp_directory_path() / "esprit-editing-document";
  std::filesystem::remove_all(folder);
  EditorDocument document(makeNewPack("Doc", "en", PackTemplate::empty, folder), taxonomy);
  document.pack().metadata.title = "Changed";
  document.changed();
  CHECK(document.hasUnsavedChanges());
  CHECK(document.autosaveIfDue(100, 60));
  CHECK(pendingRecovery(folder).has_value());
  CHECK(document.save().ok());
  CHECK_FALSE(document.hasUnsavedChanges());
  CHECK(std::filesystem::exists(folder / "pack.json"));
  CHECK_FALSE(std::filesystem::exists(recoveryFile(folder)));
  document.undo();
  CHECK(document.pack().metadata.title == "Doc");
  CHECK(document.hasUnsavedChanges());
}

TEST_CASE("a pack with errors still opens for editing, with its problems") {
  const Taxonomy taxonomy = loadTaxonomy();
  const std::string text = R"({"esprit_pack": 1, "id": "my.broken", "version": "1.0.0",
    "title": "Broken", "language": "en",
    "questions": [{"id": "q1", "type": "single", "options": ["a", "b"], "answer": 1}]})";
  const auto opened = readEditablePack(text, "/tmp/nowhere", taxonomy);
  REQUIRE(opened.pack.has_value());
  CHECK(opened.pack->questions.size() == 1);
  CHECK(hasErrors(opened.problems));
  CHECK_FALSE(readEditablePack("{ not json", "/tmp", taxonomy).pack.has_value());
}

TEST_CASE("a picture copied into the pack gives an image scenario the validator accepts") {
  const Taxonomy taxonomy = loadTaxonomy();
  const auto folder = std::filesystem::temp_directory_path() / "esprit-editing-media-pack";
  std::filesystem::remove_all(folder);
  EditorDocument document(makeNewPack("Pictures", "en", PackTemplate::empty, folder), taxonomy);
  REQUIRE(document.save().ok());
  const auto picture = std::filesystem::path(ESPRIT_SOURCE_ROOT) / "tests" / "ui" / "fixtures" /
                       "every-kind" / "media" / "flooded-street.png";
  const auto copied = copyMediaIntoPack(picture, folder);
  REQUIRE(std::holds_alternative<std::string>(copied));
  Pack& pack = document.pack();
  Scenario scenario = makeScenario(ScenarioKind::image, pack);
  auto& image = std::get<ImageScenario>(scenario.content);
  image.file = std::get<std::string>(copied);
  image.alt = "A flooded street";
  pack.scenarios.push_back(scenario);
  Question question = makeQuestion(QuestionType::hotspot, pack, scenario.id);
  question.prompt = "Tap what was added.";
  question.explanation = "The fin was pasted in.";
  pack.questions.push_back(question);
  document.changed();
  REQUIRE(document.save().ok());
  const auto loaded = loadPack(folder, taxonomy);
  CHECK(loaded.usable());
  CHECK_FALSE(hasErrors(loaded.problems));
}

TEST_CASE("problems are checked again once typing pauses, and at once when an edit is finished") {
  const Taxonomy taxonomy = loadTaxonomy();
  Pack pack = makeNewPack("Checks", "en", PackTemplate::empty, {});
  pack.questions.push_back(makeQuestion(QuestionType::single_choice, pack));
  EditorDocument document(pack, taxonomy);
  const auto errors = countProblems(document.problems(), Severity::error);
  document.pack().questions.front().prompt = "Now with a prompt";
  document.changed();
  CHECK(countProblems(document.problems(), Severity::error) == errors);
  CHECK_FALSE(document.checkIfDue(0.1, 0.3));
  CHECK(document.checkIfDue(0.5, 0.3));
  CHECK(countProblems(document.problems(), Severity::error) < errors);
  document.pack().questions.front().prompt.clear();
  document.changed();
  document.commit();
  CHECK(countProblems(document.problems(), Severity::error) == errors);
}

TEST_CASE("the editor's problems include item-writing warnings, at the question they are about") {
  const Taxonomy taxonomy = loadTaxonomy();
  Pack pack = makeNewPack("Lengths", "en", PackTemplate::empty, {});
  Question question = makeQuestion(QuestionType::single_choice, pack);
  question.prompt = "What is the best first step to check this paper?";
  question.explanation = "Other sites say who runs it.";
  question.options = {"Count how many articles it published today",
                      "Open a new tab and search the paper's name to see what other sites say",
                      "Check whether it has a logo"};
  question.correct_option = 1;
  pack.questions.push_back(question);
  const auto problems = checkPack(pack, taxonomy);
  CHECK_FALSE(hasErrors(problems));
  const auto warning = std::find_if(problems.begin(), problems.end(), [](const Problem& problem) {
    return problem.message.find("its right option has") != std::string::npos;
  });
  REQUIRE(warning != problems.end());
  CHECK(warning->severity == Severity::warning);
  const auto location = locateProblem(*warning);
  CHECK(location.section == PackSection::question);
  CHECK(location.index == 0);
  CHECK(location.fieldName() == "options");
}
