// The CSV and GIFT exporters: what they write, and that whatever the formats
// cannot hold (scenarios, ordering, hotspots, sources...) is reported.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportTestHelpers.hpp"
#include "core/interchange/CsvExporter.hpp"
#include "core/interchange/CsvImporter.hpp"
#include "core/interchange/GiftExporter.hpp"
#include "core/interchange/GiftImporter.hpp"

#include <doctest/doctest.h>

using namespace esprit;
using namespace esprit::interchange;
using esprit::testing::describeProblems;

namespace {

Question makeSingle() {
  Question question;
  question.id = "q-single";
  question.type = QuestionType::single_choice;
  question.prompt = "Which is right: a = b, {c} or ~d?";
  question.options = {"a = b", "{c}", "~d", "%50 off"};
  question.correct_option = 1;
  question.explanation = "Because {c}.\nSecond line: #1.";
  question.techniques = {"source-check", "lateral-reading"};
  return question;
}

Question makeMultiple() {
  Question question;
  question.id = "q-multiple";
  question.type = QuestionType::multiple_choice;
  question.prompt = "Select all red flags.";
  question.options = {"ALL CAPS", "A named source", "\"Shocking\"", "A date"};
  question.correct_options = {0, 2};
  return question;
}

Question makeTrueFalse(bool is_real, BinaryWording wording) {
  Question question;
  question.id = is_real ? "q-real" : "q-fake";
  question.type = QuestionType::true_false;
  question.prompt = "Real or fake?";
  question.is_real = is_real;
  question.wording = wording;
  return question;
}

Pack makePack() {
  Pack pack;
  pack.metadata = {"test.export", "1.2.0", "Export test", "en", "", {}, "", 0, 0};
  pack.questions = {makeSingle(), makeMultiple(), makeTrueFalse(true, BinaryWording::real_fake),
                    makeTrueFalse(false, BinaryWording::true_false)};
  return pack;
}

Pack makePackWithEverythingElse() {
  Pack pack = makePack();
  pack.metadata.description = "A description";
  pack.metadata.authors = {"Ms Janssens"};
  pack.scenarios.push_back({"post-lemon", PostScenario{}});
  pack.questions[0].scenario_id = "post-lemon";
  pack.questions[0].sources = {Source{"Flu", "Agency", 2023, ""}};
  pack.questions[1].sources = {Source{"Flags", "Agency", 2022, ""}};
  pack.questions[2].asks_confidence = true;
  Question ordering;
  ordering.id = "q-order";
  ordering.type = QuestionType::ordering;
  ordering.prompt = "Order these.";
  ordering.options = {"a", "b"};
  pack.questions.push_back(ordering);
  Question hotspot;
  hotspot.id = "q-tap";
  hotspot.type = QuestionType::hotspot;
  hotspot.scenario_id = "post-lemon";
  hotspot.prompt = "Tap it.";
  hotspot.regions = {{"handle", "handle", 0, 0, 0, 0, ""}};
  hotspot.correct_regions = {"handle"};
  pack.questions.push_back(hotspot);
  return pack;
}

std::size_t countMentions(const std::vector<Problem>& problems, Severity severity,
                          std::string_view words) {
  std::size_t count = 0;
  for (const Problem& problem : problems) {
    if (problem.severity == severity && problem.message.find(words) != std::string::npos) ++count;
  }
  return count;
}

}  // namespace

TEST_CASE("a pack exports to the classroom-quiz CSV layout") {
  const ExportResult result = exportCsv(makePack(), CsvExportOptions{"pack.json", ',', false});
  INFO(result.text);
  CHECK(result.problems.empty());
  CHECK(result.text ==
        "Question,Answer 1,Answer 2,Answer 3,Answer 4,Time limit (sec),Correct answer(s),"
        "Explanation,Difficulty,Techniques,ID\r\n"
        "\"Which is right: a = b, {c} or ~d?\",a = b,{c},~d,%50 off,30,2,"
        "\"Because {c}.\nSecond line: #1.\",medium,\"source-check, lateral-reading\",q-single\r\n"
        "Select all red flags.,ALL CAPS,A named source,\"\"\"Shocking\"\"\",A date,30,\"1,3\",,"
        "medium,,q-multiple\r\n"
        "Real or fake?,Real,Fake,,,30,1,,medium,,q-real\r\n"
        "Real or fake?,True,False,,,30,2,,medium,,q-fake\r\n");
}

TEST_CASE("CSV export starts with a byte order mark and may use semicolons") {
  const ExportResult result = exportCsv(makePack(), CsvExportOptions{"pack.json", ';', true});
  CHECK(result.text.starts_with("\xEF\xBB\xBFQuestion;Answer 1;"));
  CHECK(result.text.find("1,3") != std::string::npos);  // no quotes needed with ';'
}

TEST_CASE("a French pack exports its true/false answers with the French button words") {
  Pack pack = makePack();
  pack.metadata.language = "fr-BE";
  const ExportResult result = exportCsv(pack, CsvExportOptions{"pack.json", ';', false});
  CHECK(result.text.find("Real or fake?;Vrai;Faux;;;30;2") != std::string::npos);
  // Real/fake items show Vrai/Faux in the French game too.
  CHECK(result.text.find("Real or fake?;Vrai;Faux;;;30;1") != std::string::npos);
}

TEST_CASE("CSV export reports what a spreadsheet cannot hold") {
  const ExportResult result =
      exportCsv(makePackWithEverythingElse(), CsvExportOptions{"pack.json", ',', false});
  INFO(describeProblems(result.problems));
  CHECK(result.text.find("Order these.") == std::string::npos);
  CHECK(result.text.find("Tap it.") == std::string::npos);
  CHECK(countMentions(result.problems, Severity::error, "q-order: not exported") == 1);
  CHECK(countMentions(result.problems, Severity::error, "q-tap: not exported") == 1);
  CHECK(countMentions(result.problems, Severity::error, "q-single: exported without the post") ==
        1);
  CHECK(countMentions(result.problems, Severity::warning, "sources, so those of 2 questions") == 1);
  CHECK(countMentions(result.problems, Severity::warning, "confidence rating") == 1);
  CHECK(countMentions(result.problems, Severity::warning, "description and authors") == 1);
  CHECK(countProblems(result.problems, Severity::error) == 3);
}

TEST_CASE("a pack exports to GIFT with escapes, weights and the explanation as feedback") {
  const ExportResult result = exportGift(makePack(), GiftExportOptions{"pack.json"});
  INFO(result.text);
  CHECK(result.problems.size() == 1);  // the Real/Fake wording
  CHECK(result.text ==
        "// Export test (en, version 1.2.0), exported from Esprit.\n"
        "$CATEGORY: $course$/top/Export test\n\n"
        "// [tag:source-check] [tag:lateral-reading]\n"
        "::q-single:: [plain]Which is right\\: a \\= b, \\{c\\} or \\~d? {\n"
        "\t~a \\= b\n"
        "\t=\\{c\\}\n"
        "\t~\\~d\n"
        "\t~%0%%50 off\n"
        "\t####Because \\{c\\}.\\nSecond line\\: \\#1.\n"
        "}\n\n"
        "::q-multiple:: [plain]Select all red flags. {\n"
        "\t~%50%ALL CAPS\n"
        "\t~%-50%A named source\n"
        "\t~%50%\"Shocking\"\n"
        "\t~%-50%A date\n"
        "}\n\n"
        "::q-real:: [plain]Real or fake? {TRUE}\n\n"
        "::q-fake:: [plain]Real or fake? {FALSE}\n\n");
}

TEST_CASE("GIFT weights for three right answers are the fractions Moodle accepts") {
  Pack pack = makePack();
  pack.questions = {makeMultiple()};
  pack.questions[0].correct_options = {0, 1, 2};
  const std::string text = exportGift(pack, GiftExportOptions{"pack.json"}).text;
  CHECK(text.find("~%33.33333%ALL CAPS") != std::string::npos);
  CHECK(text.find("~%-33.33333%A date") != std::string::npos);
}

TEST_CASE("GIFT export reports what Moodle cannot hold") {
  const ExportResult result =
      exportGift(makePackWithEverythingElse(), GiftExportOptions{"pack.json"});
  INFO(describeProblems(result.problems));
  CHECK(countMentions(result.problems, Severity::error, "q-order: not exported") == 1);
  CHECK(countMentions(result.problems, Severity::error, "q-tap: not exported") == 1);
  CHECK(countMentions(result.problems, Severity::error, "without the post") == 1);
  CHECK(countMentions(result.problems, Severity::warning, "sources") == 1);
  CHECK(countMentions(result.problems, Severity::warning, "confidence") == 1);
}

TEST_CASE("an exported GIFT file imports back to the same questions") {
  const Pack pack = makePack();
  const ImportResult back = importGift(exportGift(pack, GiftExportOptions{"pack.json"}).text,
                                       ImportOptions{"x.gift", "en", ""});
  INFO(describeProblems(back.problems));
  CHECK(back.problems.empty());
  CHECK(back.pack.metadata.title == "Export test");
  REQUIRE(back.pack.questions.size() == 4);
  for (std::size_t index = 0; index < 4; ++index) {
    const Question& original = pack.questions[index];
    const Question& imported = back.pack.questions[index];
    INFO(original.id);
    CHECK(imported.id == original.id);
    CHECK(imported.prompt == original.prompt);
    CHECK(imported.type == original.type);
    CHECK(imported.options == original.options);
    CHECK(imported.correct_option == original.correct_option);
    CHECK(imported.correct_options == original.correct_options);
    CHECK(imported.is_real == original.is_real);
    CHECK(imported.explanation == original.explanation);
    CHECK(imported.techniques == original.techniques);
  }
}

TEST_CASE("CSV cells that a spreadsheet would run as formulas are written as text") {
  Pack pack = makePack();
  pack.questions = {makeSingle()};
  pack.questions[0].prompt = "=HYPERLINK(\"https://evil.example\",\"Click\")";
  pack.questions[0].options = {"-5", "+cmd|' /C calc'!A0", "@SUM(1)", "- a dash"};
  pack.questions[0].explanation = "";
  const ExportResult result = exportCsv(pack, CsvExportOptions{"pack.json", ',', false});
  CHECK(result.text.find("\"'=HYPERLINK(\"\"https://evil.example\"\",\"\"Click\"\")\",-5,"
                         "'+cmd|' /C calc'!A0,'@SUM(1),- a dash,") != std::string::npos);
  const ImportResult back = importCsv(result.text, ImportOptions{"x.csv", "en", ""});
  REQUIRE(back.pack.questions.size() == 1);
  CHECK(back.pack.questions[0].prompt == pack.questions[0].prompt);
  CHECK(back.pack.questions[0].options == pack.questions[0].options);
}
