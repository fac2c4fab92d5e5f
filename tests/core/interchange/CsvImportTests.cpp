// The CSV importer on spreadsheets in the classroom-quiz layout, in English
// with commas and in French with semicolons, a byte order mark and CRLF.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Fixtures.hpp"
#include "ImportTestHelpers.hpp"
#include "core/interchange/CsvImporter.hpp"
#include "core/interchange/Interchange.hpp"

#include <doctest/doctest.h>

using namespace esprit;
using namespace esprit::interchange;
using esprit::testing::countProblemsAt;
using esprit::testing::describeProblems;
using esprit::testing::questionWithId;

namespace {

ImportResult importFixture(const std::string& name, const std::string& language = "en") {
  return importText(InterchangeFormat::csv, esprit::testing::readFixture(name),
                    ImportOptions{name, language, ""});
}

ImportResult importString(std::string_view text) {
  return importCsv(text, ImportOptions{"test.csv", "en", ""});
}

}  // namespace

TEST_CASE("a classroom-quiz CSV imports every row as a question") {
  const ImportResult result = importFixture("classroom-quiz.csv");
  INFO(describeProblems(result.problems));
  CHECK_FALSE(hasErrors(result.problems));
  REQUIRE(result.pack.questions.size() == 5);
  CHECK(result.pack.metadata.title == "classroom-quiz");
  CHECK(result.pack.metadata.id == "imported.classroom-quiz");
  CHECK(result.pack.metadata.version == "1.0.0");
  CHECK(result.pack.metadata.language == "en");
}

TEST_CASE("one correct answer in the CSV makes a single-choice question") {
  const Pack pack = importFixture("classroom-quiz.csv").pack;
  const Question& question = questionWithId(pack, "q-1");
  CHECK(question.type == QuestionType::single_choice);
  CHECK(question.prompt == "What is the best first step to check a surprising post?");
  CHECK(question.options == std::vector<std::string>{"Count its likes", "Look up who posted it",
                                                     "Share it to ask friends",
                                                     "Reply to the author"});
  CHECK(question.correct_option == 1);
}

TEST_CASE("several correct answers written \"1,3\" make a select-all-that-apply question") {
  const Pack pack = importFixture("classroom-quiz.csv").pack;
  const Question& question = questionWithId(pack, "q-2");
  CHECK(question.type == QuestionType::multiple_choice);
  CHECK(question.correct_options == std::vector<std::size_t>{0, 2});
  CHECK(question.options[2] == "Words like \"shocking\"");
}

TEST_CASE("two answers True and False make a true/false question") {
  const Pack pack = importFixture("classroom-quiz.csv").pack;
  const Question& fake = questionWithId(pack, "q-3");
  CHECK(fake.type == QuestionType::true_false);
  CHECK(fake.wording == BinaryWording::true_false);
  CHECK_FALSE(fake.is_real);
  CHECK(fake.options.empty());

  const Question& real = questionWithId(pack, "q-4");
  CHECK(real.type == QuestionType::true_false);
  CHECK(real.is_real);
  CHECK(real.prompt == "A headline can be true\nand still mislead.");

  const Question& real_fake = questionWithId(pack, "q-5");
  CHECK(real_fake.wording == BinaryWording::real_fake);
  CHECK(real_fake.is_real);
}

TEST_CASE("the time limit column is reported once, since Esprit has no time limits") {
  const ImportResult result = importFixture("classroom-quiz.csv");
  CHECK(countProblems(result.problems, Severity::warning) == 1);
  CHECK(countProblemsAt(result.problems, 2, Severity::warning, "speed") == 1);
}

TEST_CASE("a French CSV with semicolons, a byte order mark and Vrai/Faux imports") {
  const ImportResult result = importFixture("classroom-quiz-semicolon.csv", "fr");
  INFO(describeProblems(result.problems));
  CHECK_FALSE(hasErrors(result.problems));
  REQUIRE(result.pack.questions.size() == 2);
  CHECK(result.pack.metadata.language == "fr");
  const Question& survey = result.pack.questions[0];
  CHECK(survey.prompt == "Un sondage de dix personnes suffit pour tout un pays.");
  CHECK(survey.type == QuestionType::true_false);
  CHECK_FALSE(survey.is_real);
  const Question& expert = result.pack.questions[1];
  CHECK(expert.type == QuestionType::multiple_choice);
  CHECK(expert.options[1] == "Il travaille dans une université");
  CHECK(expert.options[2] == "Personne ne le cite ; pas même ses collègues");
  CHECK(expert.correct_options == std::vector<std::size_t>{0, 2});
}

TEST_CASE("every CSV row that cannot be imported is reported with its line") {
  const ImportResult result = importFixture("bad-rows.csv");
  INFO(describeProblems(result.problems));
  REQUIRE(result.pack.questions.size() == 2);
  CHECK(result.pack.questions[0].prompt == "A fine question");
  CHECK(result.pack.questions[1].prompt == "A second fine question");
  CHECK(result.pack.questions[1].correct_option == 2);  // written as the letter C
  CHECK(countProblemsAt(result.problems, 1, Severity::warning, "\"Category\"") == 1);
  CHECK(countProblemsAt(result.problems, 3, Severity::error, "no question") == 1);
  CHECK(countProblemsAt(result.problems, 4, Severity::error, "no correct answer") == 1);
  CHECK(countProblemsAt(result.problems, 5, Severity::error, "\"5\"") == 1);
  CHECK(countProblemsAt(result.problems, 6, Severity::error, "fewer than two") == 1);
  CHECK(countProblemsAt(result.problems, 7, Severity::error, "empty") == 1);
  CHECK(countProblems(result.problems, Severity::error) == 5);
}

TEST_CASE("instruction lines above the CSV header are skipped and said so") {
  const ImportResult result = importString(
      "My quiz,,,\nFill in the rows below,,,\nQuestion,Answer 1,Answer 2,Correct answer(s)\n"
      "Is it?,Yes,No,1\n");
  REQUIRE(result.pack.questions.size() == 1);
  CHECK(result.pack.questions[0].options == std::vector<std::string>{"Yes", "No"});
  CHECK(countProblemsAt(result.problems, 1, Severity::warning, "Lines 1 to 2") == 1);
}

TEST_CASE("a CSV without a header row is read in the usual column order") {
  const ImportResult result = importString("Is it?,Yes,No,Maybe,Never,20,4\n");
  REQUIRE(result.pack.questions.size() == 1);
  CHECK(result.pack.questions[0].correct_option == 3);
  CHECK(countProblemsAt(result.problems, 1, Severity::warning, "No header row") == 1);
}

TEST_CASE("Esprit's own CSV columns bring back explanation, difficulty, techniques and id") {
  const ImportResult result = importString(
      "Question,Answer 1,Answer 2,Answer 3,Answer 4,Answer 5,Time limit (sec),Correct answer(s),"
      "Explanation,Difficulty,Techniques,ID\n"
      "Which?,a,b,c,d,e,30,5,Because e.,hard,\"lateral-reading, source-check\",my-id\n");
  INFO(describeProblems(result.problems));
  const Question& question = questionWithId(result.pack, "my-id");
  CHECK(question.options.size() == 5);
  CHECK(question.correct_option == 4);
  CHECK(question.explanation == "Because e.");
  CHECK(question.difficulty == Difficulty::hard);
  CHECK(question.techniques == std::vector<std::string>{"lateral-reading", "source-check"});
}

TEST_CASE("correct answers may be written with letters, spaces, semicolons or \"and\"") {
  const ImportResult result = importString(
      "Question,Answer 1,Answer 2,Answer 3,Correct answer(s)\n"
      "A?,x,y,z,\"A, C\"\nB?,x,y,z,1;2\nC?,x,y,z,1 and 3\nD?,x,y,z,b\n");
  INFO(describeProblems(result.problems));
  REQUIRE(result.pack.questions.size() == 4);
  CHECK(result.pack.questions[0].correct_options == std::vector<std::size_t>{0, 2});
  CHECK(result.pack.questions[1].correct_options == std::vector<std::size_t>{0, 1});
  CHECK(result.pack.questions[2].correct_options == std::vector<std::size_t>{0, 2});
  CHECK(result.pack.questions[3].correct_option == 1);
}

TEST_CASE("a CSV cell whose quote never closes is reported where it opens") {
  const ImportResult result =
      importString("Question,Answer 1,Answer 2,Correct answer(s)\nOk?,a,b,1\n\"Broken?,a,b,1\n");
  CHECK(countProblemsAt(result.problems, 3, Severity::error, "never closes") == 1);
  CHECK(result.pack.questions.size() == 1);
}

TEST_CASE("a Windows-1252 CSV is read as such, with a warning to check the accents") {
  const ImportResult result = importText(InterchangeFormat::csv,
                                         "Question;R\xE9ponse 1;R\xE9ponse 2;Bonne r\xE9ponse\n"
                                         "Caf\xE9 ou th\xE9 ?;Caf\xE9;Th\xE9;1\n",
                                         ImportOptions{"excel.csv", "fr", ""});
  REQUIRE(result.pack.questions.size() == 1);
  CHECK(result.pack.questions[0].prompt == "Café ou thé ?");
  CHECK(result.pack.questions[0].options[0] == "Café");
  CHECK(countProblemsAt(result.problems, 0, Severity::warning, "Windows-1252") == 1);
}

TEST_CASE("duplicate ids in the CSV ID column are made unique") {
  const ImportResult result = importString(
      "Question,Answer 1,Answer 2,Correct answer(s),ID\nA?,x,y,1,same\nB?,x,y,2,same\n");
  REQUIRE(result.pack.questions.size() == 2);
  CHECK(result.pack.questions[0].id == "same");
  CHECK(result.pack.questions[1].id == "same-2");
}

TEST_CASE("Fiable and Pas fiable make a reliable/unreliable item") {
  const ImportResult result = importString(
      "Question,Answer 1,Answer 2,Correct answer(s)\nCe site est-il fiable ?,Pas "
      "fiable,Fiable,2\n");
  REQUIRE(result.pack.questions.size() == 1);
  CHECK(result.pack.questions[0].wording == BinaryWording::reliable_unreliable);
  CHECK(result.pack.questions[0].is_real);
}

TEST_CASE("other classroom-quiz templates' headers are understood") {
  // A layout that numbers its rows and marks optional answers.
  const ImportResult numbered = importString(
      "Question #,Question Text,Answer 1,Answer 2,Answer 3 (Optional),Answer 4 (Optional),"
      "Time Limit (sec) (Max: 300 seconds),Correct Answer(s) (Only include Answer #)\n"
      "1,Which is a primary source?,A summary,The study itself,,,20,2\n");
  INFO(describeProblems(numbered.problems));
  REQUIRE(numbered.pack.questions.size() == 1);
  CHECK(numbered.pack.questions[0].prompt == "Which is a primary source?");
  CHECK(numbered.pack.questions[0].correct_option == 1);
  CHECK(countProblems(numbered.problems, Severity::warning) == 1);  // the time limit

  // A layout with a question type, options, an explanation and a picture link.
  const ImportResult typed = importString(
      "Question Text,Question Type,Option 1,Option 2,Option 3,Correct Answer,Time in seconds,"
      "Image Link,Answer explanation\n"
      "Which are red flags?,Checkbox,ALL CAPS,A date,\"Share now!\",\"1,3\",30,,Urgency.\n");
  INFO(describeProblems(typed.problems));
  REQUIRE(typed.pack.questions.size() == 1);
  const Question& question = typed.pack.questions[0];
  CHECK(question.type == QuestionType::multiple_choice);
  CHECK(question.correct_options == std::vector<std::size_t>{0, 2});
  CHECK(question.explanation == "Urgency.");
  CHECK(countProblemsAt(typed.problems, 1, Severity::warning, "\"Question Type\"") == 1);
  CHECK(countProblemsAt(typed.problems, 1, Severity::warning, "\"Image Link\"") == 1);
}

TEST_CASE("the import summary says plainly what is still to add") {
  const ImportResult result = importFixture("classroom-quiz.csv");
  const std::string summary = summarizeImport(result);
  CHECK(summary.starts_with("Imported 5 questions into the pack \"classroom-quiz\"."));
  CHECK(summary.find("sources for every question, an explanation for every question and "
                     "technique tags for every question") != std::string::npos);
  CHECK(summary.find("have no sources") != std::string::npos);

  const ImportResult bad = importFixture("bad-rows.csv");
  CHECK(summarizeImport(bad).find("5 parts could not be converted") != std::string::npos);
}

TEST_CASE("a correct-answer cell that names no answer is reported") {
  const ImportResult result =
      importString("Question,Answer 1,Answer 2,Correct answer(s)\nWhich?,a,b,\",\"\nOk?,a,b,1\n");
  REQUIRE(result.pack.questions.size() == 1);
  CHECK(countProblemsAt(result.problems, 2, Severity::error, "names no answer") == 1);
}
