// The Open Trivia DB importer: entities decoded, both question types, the
// encodings the site offers, and every result it cannot read reported.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Fixtures.hpp"
#include "ImportTestHelpers.hpp"
#include "core/interchange/Interchange.hpp"
#include "core/interchange/OpenTriviaImporter.hpp"

#include <doctest/doctest.h>

using namespace esprit;
using namespace esprit::interchange;
using esprit::testing::countProblemsAt;
using esprit::testing::describeProblems;

namespace {

ImportResult importFixture(const std::string& name) {
  return importText(InterchangeFormat::open_trivia, esprit::testing::readFixture(name),
                    ImportOptions{name, "en", ""});
}

}  // namespace

TEST_CASE("Open Trivia DB questions are imported with HTML entities decoded") {
  const ImportResult result = importFixture("opentdb.json");
  INFO(describeProblems(result.problems));
  REQUIRE(result.pack.questions.size() == 4);
  const Question& plants = result.pack.questions[0];
  CHECK(plants.type == QuestionType::single_choice);
  CHECK(plants.prompt == "Which gas do plants take in to make \"food\" from light?");
  CHECK(plants.options.size() == 4);
  CHECK(plants.options[plants.correct_option] == "Carbon dioxide");
  CHECK(plants.difficulty == Difficulty::easy);

  const Question& cafe = result.pack.questions[1];
  CHECK(cafe.type == QuestionType::true_false);
  CHECK(cafe.wording == BinaryWording::true_false);
  CHECK(cafe.is_real);
  CHECK(cafe.prompt == "A café owner's claim needs evidence — just like a scientist's.");
  CHECK(cafe.difficulty == Difficulty::medium);

  const Question& sun = result.pack.questions[2];
  CHECK_FALSE(sun.is_real);
  CHECK(sun.difficulty == Difficulty::hard);

  const Question& study = result.pack.questions[3];
  CHECK(study.prompt == "What does <n> usually stand for in a study & its report?");
  CHECK(study.options[study.correct_option] == "The number of participants");
}

TEST_CASE("the right Open Trivia DB answer does not always sit in the same place") {
  const Pack pack = importFixture("opentdb.json").pack;
  CHECK(pack.questions[0].correct_option != pack.questions[3].correct_option);
}

TEST_CASE("the one Open Trivia DB category names the pack, which keeps the site's licence") {
  const ImportResult result = importFixture("opentdb.json");
  CHECK(result.pack.metadata.title == "Science & Nature");
  CHECK(result.pack.metadata.id == "imported.science-nature");
  CHECK(result.pack.metadata.licence == "CC-BY-SA-4.0");
  CHECK(result.pack.metadata.description ==
        "Questions from the Open Trivia Database (Science & Nature).");
  CHECK(countProblemsAt(result.problems, 0, Severity::warning, "CC BY-SA 4.0") == 1);
}

TEST_CASE("Open Trivia DB results that cannot be read are reported on their lines") {
  const ImportResult result = importFixture("opentdb.json");
  INFO(describeProblems(result.problems));
  CHECK(countProblemsAt(result.problems, 37, Severity::error, "\"text\"") == 1);
  CHECK(countProblemsAt(result.problems, 44, Severity::error, "incorrect_answers") == 1);
  CHECK(countProblemsAt(result.problems, 34, Severity::warning, "&fakeentity;") == 1);
  CHECK(countProblems(result.problems, Severity::error) == 2);
}

TEST_CASE("an Open Trivia DB download in base64 is decoded") {
  const ImportResult result = importFixture("opentdb-base64.json");
  INFO(describeProblems(result.problems));
  CHECK_FALSE(hasErrors(result.problems));
  REQUIRE(result.pack.questions.size() == 2);
  CHECK(result.pack.questions[0].prompt == "Which is a sign of a phishing message?");
  CHECK(result.pack.questions[0].options[result.pack.questions[0].correct_option] ==
        "It asks you to click urgently");
  CHECK(result.pack.questions[1].prompt == "Café owners & scientists both need evidence.");
  CHECK(result.pack.metadata.title == "General Knowledge");
}

TEST_CASE("an Open Trivia DB download in URL encoding is decoded") {
  const ImportResult result = importOpenTrivia(
      R"({"response_code":0,"results":[{"type":"boolean","difficulty":"easy","category":"Test",)"
      R"("question":"Is%20caf%C3%A9%20French%3F","correct_answer":"True","incorrect_answers":["False"]}]})",
      ImportOptions{"url.json", "en", ""});
  REQUIRE(result.pack.questions.size() == 1);
  CHECK(result.pack.questions[0].prompt == "Is café French?");
}

TEST_CASE("a non-zero Open Trivia DB response code is explained") {
  const ImportResult result =
      importOpenTrivia(R"({"response_code": 5, "results": []})", ImportOptions{"r.json", "en", ""});
  CHECK(countProblemsAt(result.problems, 1, Severity::error, "too many requests") == 1);
  CHECK(result.pack.questions.empty());
}

TEST_CASE("text that is not JSON is reported where it breaks") {
  const ImportResult result =
      importOpenTrivia("{\n  \"results\": [\n    {,\n", ImportOptions{"broken.json", "en", ""});
  REQUIRE(result.problems.size() == 1);
  CHECK(result.problems[0].line == 3);
  CHECK(result.problems[0].message.starts_with("Nothing was imported: "));
}
