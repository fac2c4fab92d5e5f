// The GIFT importer against fixtures written to cover every construct of
// Moodle's GIFT documentation, each checked for what it becomes.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Fixtures.hpp"
#include "ImportTestHelpers.hpp"
#include "core/interchange/GiftImporter.hpp"
#include "core/interchange/Interchange.hpp"

#include <doctest/doctest.h>

using namespace esprit;
using namespace esprit::interchange;
using esprit::testing::countProblemsAt;
using esprit::testing::describeProblems;
using esprit::testing::hasQuestion;
using esprit::testing::questionWithId;

namespace {

ImportResult importFixture(const std::string& name) {
  return importText(InterchangeFormat::gift, esprit::testing::readFixture(name),
                    ImportOptions{name, "en", ""});
}

ImportResult importString(std::string_view text) {
  return importGift(text, ImportOptions{"test.gift", "en", ""});
}

}  // namespace

TEST_CASE("every supported GIFT construct of Moodle's documentation is imported") {
  const ImportResult result = importFixture("moodle-constructs.gift");
  INFO(describeProblems(result.problems));
  CHECK(countProblems(result.problems, Severity::error) == 0);
  CHECK(result.pack.questions.size() == 24);
}

TEST_CASE("a GIFT multiple-choice question with = becomes a single-choice question") {
  const Pack pack = importFixture("moodle-constructs.gift").pack;
  const Question& question = questionWithId(pack, "mc-basic");
  CHECK(question.type == QuestionType::single_choice);
  CHECK(question.prompt == "Which of these is a primary source?");
  CHECK(question.options == std::vector<std::string>{"A blog post about a study",
                                                     "A headline about a study", "The study itself",
                                                     "A post linking to the study"});
  CHECK(question.correct_option == 2);
}

TEST_CASE("a GIFT missing-word question keeps a blank where its answers were") {
  const Pack pack = importFixture("moodle-constructs.gift").pack;
  const Question& question = questionWithId(pack, "missing-word");
  CHECK(question.prompt == "A claim that no test could ever prove wrong is _____ by definition.");
  CHECK(question.options[question.correct_option] == "unfalsifiable");
}

TEST_CASE("GIFT feedback after # on each answer becomes part of the explanation") {
  const Pack pack = importFixture("moodle-constructs.gift").pack;
  const Question& question = questionWithId(pack, "mc-feedback");
  CHECK(question.prompt == "What is the first thing to check about a shocking post?");
  CHECK(question.options.size() == 3);
  CHECK(question.correct_option == 0);
  CHECK(question.explanation ==
        "Who posted it: Right: the source comes first.\n"
        "How many likes it has: Likes show popularity, not truth.\n"
        "Whether friends shared it: Friends can be fooled too.");
}

TEST_CASE("GIFT true/false answers in all four spellings become true/false questions") {
  const Pack pack = importFixture("moodle-constructs.gift").pack;
  for (const auto& expected : {std::pair{"tf-F", false}, std::pair{"tf-TRUE", true},
                               std::pair{"tf-T", true}, std::pair{"tf-FALSE", false}}) {
    const std::string id = expected.first;
    INFO(id);
    const Question& question = questionWithId(pack, id);
    CHECK(question.type == QuestionType::true_false);
    CHECK(question.wording == BinaryWording::true_false);
    CHECK(question.is_real == expected.second);
    CHECK(question.options.empty());
  }
}

TEST_CASE("GIFT true/false feedback is said for the wrong answer first, then the right one") {
  const Pack pack = importFixture("moodle-constructs.gift").pack;
  const Question& question = questionWithId(pack, "tf-feedback");
  CHECK(question.is_real);
  CHECK(question.explanation ==
        "False: It happens often: old photos are shared as new.\n"
        "True: Yes: always check where a photo first appeared.");
}

TEST_CASE("GIFT answers with positive weights are the right options of a multiple question") {
  const Pack pack = importFixture("moodle-constructs.gift").pack;
  const Question& halves = questionWithId(pack, "ma-weights");
  CHECK(halves.type == QuestionType::multiple_choice);
  CHECK(halves.correct_options == std::vector<std::size_t>{0, 1});
  CHECK(halves.options[2] == "They work at a university");

  const Question& thirds = questionWithId(pack, "ma-thirds");
  CHECK(thirds.type == QuestionType::multiple_choice);
  CHECK(thirds.correct_options == std::vector<std::size_t>{0, 1, 2});
}

TEST_CASE("unequal GIFT weights and partial credit are imported with a warning") {
  const ImportResult result = importFixture("moodle-constructs.gift");
  const Question& unequal = questionWithId(result.pack, "ma-unequal");
  CHECK(unequal.correct_options == std::vector<std::size_t>{0, 1});
  CHECK(countProblemsAt(result.problems, 49, Severity::warning, "75%, 25%") == 1);

  const Question& partial = questionWithId(result.pack, "mc-partial");
  CHECK(partial.type == QuestionType::single_choice);
  CHECK(partial.correct_option == 0);
  CHECK(countProblemsAt(result.problems, 56, Severity::warning, "partial credit") == 1);
}

TEST_CASE("GIFT general feedback after #### comes first in the explanation") {
  const Pack pack = importFixture("moodle-constructs.gift").pack;
  const Question& question = questionWithId(pack, "general-feedback");
  CHECK(question.options.size() == 3);
  CHECK(question.explanation ==
        "A small number of participants means the result may be chance.\n"
        "How many took part: Yes.");
}

TEST_CASE("GIFT escapes give back the character and \\n a new line") {
  const Pack pack = importFixture("moodle-constructs.gift").pack;
  const Question& question = questionWithId(pack, "escapes");
  CHECK(question.prompt == "In GIFT: which answer shows {braces}, a ~ and a #?\nPick one.");
  CHECK(question.options == std::vector<std::string>{"a = b {c}", "d ~ e", "f # g"});
  CHECK(question.correct_option == 0);
}

TEST_CASE("GIFT question names become unique ids, and unnamed questions are numbered") {
  const Pack pack = importFixture("moodle-constructs.gift").pack;
  CHECK(questionWithId(pack, "source-de-l-information").prompt ==
        "Où chercher l'origine d'une photo ?");
  CHECK(questionWithId(pack, "source-de-l-information-2").prompt ==
        "Qui a publié la photo en premier ?");
  CHECK(questionWithId(pack, "q-17").prompt ==
        "Which word describes a result that others got again?");
}

TEST_CASE("Moodle tags in a comment above a GIFT question become technique tags") {
  const Pack pack = importFixture("moodle-constructs.gift").pack;
  const Question& question = questionWithId(pack, "tagged");
  CHECK(question.techniques == std::vector<std::string>{"lateral-reading", "source-check"});
  CHECK(questionWithId(pack, "mc-basic").techniques.empty());
}

TEST_CASE("GIFT [html] text loses its tags and has its entities decoded, answers included") {
  const Pack pack = importFixture("moodle-constructs.gift").pack;
  const Question& question = questionWithId(pack, "html-format");
  CHECK(question.prompt == "Which is a reliable way to date a photo?");
  CHECK(question.options[0] == "Its colours");
  CHECK(question.correct_option == 1);
  CHECK(question.explanation ==
        "Search engines show where it appeared first: \u00A9 & \u00E9 \u2014 \u00E9");
}

TEST_CASE("GIFT [markdown], [plain] and [moodle] texts read as a player should see them") {
  const Pack pack = importFixture("moodle-constructs.gift").pack;
  const Question& markdown = questionWithId(pack, "markdown-format");
  CHECK(markdown.prompt == "Which is the strongest evidence?");
  CHECK(markdown.options[0] == "A repeated experiment");

  CHECK(questionWithId(pack, "plain-format").prompt == "Is 3 < 5 & <b>this</b> plain?");
  CHECK(questionWithId(pack, "moodle-format").prompt ==
        "A question on two lines\nkeeps its break.");
  const Question& multi_line = questionWithId(pack, "multi-line");
  CHECK(multi_line.prompt == "This question starts on its own line\nand goes on here.");
  CHECK(multi_line.options == std::vector<std::string>{"Right", "Wrong"});
}

TEST_CASE("the first GIFT category names the pack and a later one is reported") {
  const ImportResult result = importFixture("moodle-constructs.gift");
  CHECK(result.pack.metadata.title == "Checking claims");
  CHECK(result.pack.metadata.id == "imported.checking-claims");
  CHECK(hasQuestion(result.pack, "later-category"));
  CHECK(countProblemsAt(result.problems, 116, Severity::warning, "\"Numbers\"") == 1);
}

TEST_CASE("a title given by the teacher wins over the GIFT category") {
  const ImportResult result = importGift("$CATEGORY: Quiz\n\n::a:: Q? {=a ~b}\n",
                                         ImportOptions{"x.gift", "fr", "Mon titre"});
  CHECK(result.pack.metadata.title == "Mon titre");
  CHECK(result.pack.metadata.language == "fr");
}

TEST_CASE("each GIFT question Esprit cannot convert is reported on its own line") {
  const ImportResult result = importFixture("unsupported.gift");
  INFO(describeProblems(result.problems));
  CHECK(result.pack.questions.size() == 1);
  CHECK(questionWithId(result.pack, "good").correct_option == 0);
  CHECK(countProblemsAt(result.problems, 3, Severity::error, "short-answer") == 1);
  CHECK(countProblemsAt(result.problems, 5, Severity::error, "short-answer") == 1);
  CHECK(countProblemsAt(result.problems, 7, Severity::error, "matching") == 1);
  CHECK(countProblemsAt(result.problems, 13, Severity::error, "numerical") == 1);
  CHECK(countProblemsAt(result.problems, 15, Severity::error, "numerical") == 1);
  CHECK(countProblemsAt(result.problems, 17, Severity::error, "numerical") == 1);
  CHECK(countProblemsAt(result.problems, 22, Severity::error, "essay") == 1);
  CHECK(countProblemsAt(result.problems, 24, Severity::error, "description") == 1);
  CHECK(countProblemsAt(result.problems, 26, Severity::error, "No answer") == 1);
  CHECK(countProblemsAt(result.problems, 28, Severity::error, "{ without its }") == 1);
  CHECK(countProblems(result.problems, Severity::error) == 10);
}

TEST_CASE("a GIFT answer problem points at the answer's own line") {
  const ImportResult result = importString("::q:: Which? {\n=right\n~\n~wrong\n}\n");
  REQUIRE(result.problems.size() >= 1);
  CHECK(countProblemsAt(result.problems, 3, Severity::error, "empty") == 1);
}

TEST_CASE("several = answers in GIFT make a select-all question, with a warning") {
  const ImportResult result = importString("::q:: Pick? {=one =two ~three}");
  const Question& question = questionWithId(result.pack, "q");
  CHECK(question.type == QuestionType::multiple_choice);
  CHECK(question.correct_options == std::vector<std::size_t>{0, 1});
  CHECK(countProblemsAt(result.problems, 1, Severity::warning, "select all") == 1);
}

TEST_CASE("GIFT comments, even indented ones and those between answers, are ignored") {
  const ImportResult result =
      importString("  // a comment\n::q:: Which? {\n  // inside\n=yes\n~no\n}\n// after\n");
  CHECK(result.problems.empty());
  CHECK(questionWithId(result.pack, "q").options == std::vector<std::string>{"yes", "no"});
}

TEST_CASE("a GIFT file saved with Windows line ends reads the same") {
  const ImportResult result =
      importString("::q:: Which?\r\n{=yes\r\n~no}\r\n\r\n::r:: True? {T}\r\n");
  CHECK(result.problems.empty());
  CHECK(result.pack.questions.size() == 2);
  CHECK(questionWithId(result.pack, "q").options == std::vector<std::string>{"yes", "no"});
}

TEST_CASE("an unknown HTML entity in GIFT is kept as written and reported") {
  const ImportResult result = importString("::q:: [html]Is &madeup; real? {T}");
  CHECK(questionWithId(result.pack, "q").prompt == "Is &madeup; real?");
  CHECK(countProblemsAt(result.problems, 1, Severity::warning, "&madeup;") == 1);
}

TEST_CASE("a picture in GIFT HTML is reported, since Esprit cannot show it there") {
  const ImportResult result = importString("::q:: [html]Look <img src=\"a.png\"> here. {T}");
  CHECK(questionWithId(result.pack, "q").prompt == "Look here.");
  CHECK(countProblemsAt(result.problems, 1, Severity::warning, "<img>") == 1);
}

TEST_CASE("an empty GIFT file imports nothing and says so") {
  const ImportResult result = importString("// only a comment\n");
  CHECK(result.pack.questions.empty());
  CHECK(hasErrors(result.problems));
}

TEST_CASE("a file laid out as Moodle exports it imports cleanly") {
  const ImportResult result = importFixture("moodle-export.gift");
  INFO(describeProblems(result.problems));
  CHECK(result.problems.empty());
  CHECK(result.pack.metadata.title == "Headlines");
  REQUIRE(result.pack.questions.size() == 4);

  const Question& clickbait = questionWithId(result.pack, "clickbait-headline");
  CHECK(clickbait.prompt == "Which headline is written to make you click rather than to inform?");
  CHECK(clickbait.options[1] == "You won't BELIEVE what the council just did !");
  CHECK(clickbait.correct_option == 1);
  CHECK(clickbait.techniques == std::vector<std::string>{"clickbait"});
  CHECK(clickbait.explanation ==
        "Clickbait withholds the facts so you click.\n"
        "You won't BELIEVE what the council just did !: Yes: it hides the news to make you "
        "curious.");

  const Question& check = questionWithId(result.pack, "check-before-sharing");
  CHECK(check.type == QuestionType::multiple_choice);
  CHECK(check.correct_options == std::vector<std::size_t>{0, 1});

  const Question& photo = questionWithId(result.pack, "old-photo");
  CHECK(photo.type == QuestionType::true_false);
  CHECK(photo.is_real);
  CHECK(photo.explanation ==
        "Check when a photo first appeared.\n"
        "False: It can: old photos are often shared as new.\n"
        "True: Right.");

  const Question& ratio = questionWithId(result.pack, "Ratio");
  CHECK(ratio.options == std::vector<std::string>{"0.2%", "2%", "20%"});
}

TEST_CASE("a GIFT question written right below its category is still read") {
  const ImportResult result =
      importString("$CATEGORY: $course$/top/Quick\n// a comment\n::q:: Which? {=a ~b}\n");
  INFO(describeProblems(result.problems));
  CHECK(result.problems.empty());
  CHECK(result.pack.metadata.title == "Quick");
  CHECK(questionWithId(result.pack, "q").options == std::vector<std::string>{"a", "b"});
  CHECK(result.source_lines == std::vector<int>{3});
}

TEST_CASE("GIFT questions typed without blank lines between them are split, each with a note") {
  const ImportResult result = importFixture("run-together.gift");
  INFO(describeProblems(result.problems));
  CHECK(countProblems(result.problems, Severity::error) == 0);
  REQUIRE(result.pack.questions.size() == 6);
  CHECK(result.source_lines == std::vector<int>{3, 4, 6, 10, 11, 14});
  for (const int line : {4, 6, 10, 11}) {
    CAPTURE(line);
    CHECK(countProblemsAt(result.problems, line, Severity::warning, "no blank line") == 1);
  }
  CHECK(countProblems(result.problems, Severity::warning) == 4);

  const Question& flat = questionWithId(result.pack, "earth-flat");
  CHECK(flat.type == QuestionType::true_false);
  CHECK(flat.prompt == "The Earth is flat.");
  CHECK_FALSE(flat.is_real);
  CHECK(questionWithId(result.pack, "water-boils").is_real);
  // The tag comment between two questions belongs to the one below it.
  const Question& site = questionWithId(result.pack, "check-site");
  CHECK(site.techniques == std::vector<std::string>{"lateral-reading"});
  CHECK(site.options.size() == 2);
  CHECK(result.pack.questions[3].prompt ==
        "Peer review means other scientists check a study before it is published.");
  // A missing-word question may go on after its answers: that is not a new question.
  CHECK(questionWithId(result.pack, "missing-word").prompt.find("by definition.") !=
        std::string::npos);
}

TEST_CASE("a GIFT prompt written over several lines stays one question, without a note") {
  const ImportResult result = importString(
      "::q:: Which of these\nis the first step\n{=Search the name ~Count the likes}\n");
  INFO(describeProblems(result.problems));
  CHECK(result.problems.empty());
  REQUIRE(result.pack.questions.size() == 1);
  CHECK(result.pack.questions[0].options.size() == 2);
}

TEST_CASE("a GIFT description followed at once by a question is reported and the question kept") {
  const ImportResult result =
      importString("::intro:: The next questions are about charts.\n::q:: Real? {T}\n");
  INFO(describeProblems(result.problems));
  CHECK(countProblemsAt(result.problems, 1, Severity::error, "description") == 1);
  CHECK(countProblemsAt(result.problems, 2, Severity::warning, "no blank line") == 1);
  REQUIRE(result.pack.questions.size() == 1);
  CHECK(result.pack.questions[0].prompt == "Real?");
}

TEST_CASE("two GIFT questions on one line are reported at that line and neither is imported") {
  const ImportResult result =
      importString("::a:: The Earth is flat. {F} ::b:: Water is wet. {T}\n\n::c:: Fine? {T}\n");
  INFO(describeProblems(result.problems));
  CHECK(countProblemsAt(result.problems, 1, Severity::error, "second { } block") == 1);
  REQUIRE(result.pack.questions.size() == 1);
  CHECK(result.pack.questions[0].id == "c");
}
