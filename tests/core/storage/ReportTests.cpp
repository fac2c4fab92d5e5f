// Teacher reports from a small class whose numbers are worked out by hand:
// CSV bytes and quoting, HTML shares per question, and discernment A → B.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StorageFixtures.hpp"

#include "app/ReportCommand.hpp"
#include "core/AssetPaths.hpp"
#include "core/report/AnswerText.hpp"
#include "core/report/ClassReport.hpp"
#include "core/report/CsvReport.hpp"
#include "core/report/HtmlReport.hpp"
#include "core/report/ReportModel.hpp"
#include "core/report/ClassReportFiles.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <fstream>

using namespace esprit;
using namespace esprit::storage;
using esprit::testing::TemporaryFolder;

namespace {

const report::ReportLanguage& english() {
  static const auto language = report::ReportLanguage::english();
  return language;
}
const report::ReportLanguage& french() {
  static const auto language = *report::ReportLanguage::load("fr");
  return language;
}

void play(ResultStore& store, PlayerId player, const Pack& pack,
          const std::vector<std::pair<std::string, bool>>& answers, std::string form = {}) {
  std::vector<std::string> ids;
  for (const auto& [id, right] : answers) ids.push_back(id);
  const SessionId session = testing::startSession(store, player, pack, ids, 7, std::move(form));
  REQUIRE(session != 0);
  int position = 0;
  for (const auto& [id, right] : answers) {
    const Question& question = *pack.findQuestion(id);
    REQUIRE(store
                .recordAnswer(session, position++, question, testing::answerFor(question, right),
                              testing::evaluationFor(question, right))
                .ok());
  }
  REQUIRE(store.finishSession(session).ok());
}

// Class 2B, first answers:      q1     q2     q3
//   Ana                          right  wrong  right   (then q2 again: right)
//   Ben                          right  wrong  wrong
//   "Cléo, \"la\" 1re"           wrong  right  -
// Shares right: q1 2/3 = 67 %, q2 1/3 = 33 %, q3 1/2 = 50 %.
// Class 3A: Dan answers q1 wrong (left out by --class 2B).
struct ClassFixture {
  TemporaryFolder folder;
  Pack pack = testing::fixturePack();
  Pack assessment = testing::assessmentPack();
  std::vector<ReportAnswerRow> rows_2b;

  ClassFixture() {
    auto opened = ResultStore::open(folder.databaseFile());
    REQUIRE(opened.ok());
    ResultStore& store = *opened;
    const PlayerId ana = store.createPlayer("Ana", "2B")->id;
    const PlayerId ben = store.createPlayer("Ben", "2B")->id;
    const PlayerId cleo = store.createPlayer("Cléo, \"la\" 1re", "2B")->id;
    const PlayerId dan = store.createPlayer("=Dan", "3A")->id;
    play(store, ana, pack, {{"q1", true}, {"q2", false}, {"q3", true}});
    play(store, ana, pack, {{"q2", true}});
    play(store, ben, pack, {{"q1", true}, {"q2", false}, {"q3", false}});
    play(store, cleo, pack, {{"q1", false}, {"q2", true}});
    play(store, dan, pack, {{"q1", false}});
    // Ana's assessment: form A half right (one hit, one miss, one false
    // alarm, one correct rejection), then form B all right.
    play(store, ana, assessment, {{"A0", false}, {"A1", true}, {"A2", true}, {"A3", false}}, "A");
    play(store, ana, assessment, {{"B0", true}, {"B1", true}, {"B2", true}, {"B3", true}}, "B");
    auto rows = store.reportRows(ReportFilter{std::string("2B"), std::nullopt});
    REQUIRE(rows.ok());
    rows_2b = std::move(rows).value();
  }
};

// The HTML of the table row whose first cell is `first_cell`.
std::string tableRow(const std::string& html, const std::string& first_cell) {
  const auto start = html.find("<tr><td>" + first_cell + "</td>");
  if (start == std::string::npos) return {};
  return html.substr(start, html.find("</tr>", start) - start);
}

std::string readFile(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

}  // namespace

TEST_CASE("the report model counts first answers per question, technique and player") {
  ClassFixture fixture;
  const auto model = report::buildReportModel(fixture.rows_2b, "2B");
  CHECK(model.players == 3);
  CHECK(model.answers == 9 + 8);
  const auto find = [&](const std::string& id) {
    return *std::find_if(model.questions.begin(), model.questions.end(),
                         [&](const auto& question) { return question.question_id == id; });
  };
  CHECK(find("q1").players == 3);
  CHECK(find("q1").right == 2);
  CHECK(find("q2").shareRight() == doctest::Approx(1.0 / 3.0));
  CHECK(find("q3").shareRight() == doctest::Approx(0.5));
  const auto ana = std::find_if(model.player_totals.begin(), model.player_totals.end(),
                                [](const auto& player) { return player.nickname == "Ana"; });
  REQUIRE(ana != model.player_totals.end());
  CHECK(ana->sessions == 4);
  CHECK(ana->answers == 4 + 8);
  CHECK(ana->questions == 3 + 8);
}

TEST_CASE("the CSV starts with a byte-order mark and quotes what needs quoting") {
  ClassFixture fixture;
  const auto model = report::buildReportModel(fixture.rows_2b, "2B");

  SUBCASE("comma separated, one row per answer") {
    const std::string csv = report::buildCsv(fixture.rows_2b, model, {});
    REQUIRE(csv.starts_with(report::kUtf8ByteOrderMark));
    CHECK(csv.find("Player,Class,Session,") == 3);
    CHECK(csv.find("\r\n") != std::string::npos);
    // A comma and quotes inside a field: the field is quoted, quotes doubled.
    CHECK(csv.find("\"Cléo, \"\"la\"\" 1re\",2B,") != std::string::npos);
    CHECK(csv.find("\"She said \"\"shocking\"\", then what?\"") != std::string::npos);
    // The answer's own JSON holds commas and quotes too.
    CHECK(csv.find("\"{\"\"confidence\"\":0.8,\"\"says_real\"\":") != std::string::npos);
    CHECK(csv.find(",1.000,100,") != std::string::npos);  // credit with a decimal point
    // The answer in words beside its data: q1 is fake and Ana said so, q3's option 0.
    CHECK(csv.find(",fake (80% sure),\"{") != std::string::npos);
    CHECK(csv.find(",first,\"{\"\"option\"\":0,") != std::string::npos);
    std::size_t lines = 0;
    for (std::size_t at = csv.find("\r\n"); at != std::string::npos; at = csv.find("\r\n", at + 2))
      ++lines;
    CHECK(lines == 1 + fixture.rows_2b.size());
  }
  SUBCASE("semicolon separated, for French-locale spreadsheets") {
    const std::string csv = report::buildCsv(
        fixture.rows_2b, model,
        {report::CsvLayout::per_answer, report::CsvSeparator::semicolon, &french()});
    REQUIRE(csv.starts_with(report::kUtf8ByteOrderMark));
    CHECK(csv.find("Joueur;Classe;Session;") == 3);
    // A comma alone no longer needs quotes; the quotes still do.
    CHECK(csv.find("\"Cléo, \"\"la\"\" 1re\";2B;") != std::string::npos);
    CHECK(csv.find(";1,000;100;") != std::string::npos);  // decimal comma
    CHECK(csv.find(";0,80;") != std::string::npos);       // confidence
  }
  SUBCASE("one row per player and question") {
    const std::string csv = report::buildCsv(
        fixture.rows_2b, model,
        {report::CsvLayout::per_player_question, report::CsvSeparator::comma, &english()});
    CHECK(csv.find("Player,Class,Pack,Question,Techniques,Attempts,Right attempts,First correct") ==
          3);
    // Ana answered q2 twice: wrong first, right the second time.
    CHECK(csv.find("Ana,2B,test.fixture,q2,source-check,2,1,0,1,1.000,") != std::string::npos);
    CHECK(csv.find("Ben,2B,test.fixture,q3,emotional-language,1,0,0,0,0.000,") !=
          std::string::npos);
  }
}

TEST_CASE("a CSV field a spreadsheet would run as a formula stays text") {
  CHECK(report::csvTextField("=Dan", ',') == "'=Dan");
  CHECK(report::csvTextField("+1", ';') == "'+1");
  CHECK(report::csvTextField("plain", ',') == "plain");
  CHECK(report::csvTextField("a;b", ',') == "a;b");
  CHECK(report::csvTextField("a;b", ';') == "\"a;b\"");
  CHECK(report::csvTextField("two\nlines", ',') == "\"two\nlines\"");
}

TEST_CASE("the HTML report shows each question's share right as worked out by hand") {
  ClassFixture fixture;
  const auto model = report::buildReportModel(fixture.rows_2b, "2B");
  const std::string html =
      report::buildHtmlReport(model, {&english(), nullptr, "2026-11-24 09:00"});
  CHECK(html.starts_with("<!DOCTYPE html>"));
  CHECK(html.find("<html lang=\"en\">") != std::string::npos);
  CHECK(html.find("@media print") != std::string::npos);
  CHECK(html.find("<svg") != std::string::npos);
  // Self-contained: nothing is fetched.
  CHECK(html.find("src=") == std::string::npos);
  CHECK(html.find("<link") == std::string::npos);
  CHECK(html.find("<script") == std::string::npos);

  const std::string q1 = tableRow(html, "q1");
  const std::string q2 = tableRow(html, "q2");
  const std::string q3 = tableRow(html, "q3");
  REQUIRE_FALSE(q1.empty());
  CHECK(
      q1.find(
          "<td class=\"number\">3</td><td class=\"number\">2</td><td class=\"number\">67%</td>") !=
      std::string::npos);
  CHECK(
      q2.find(
          "<td class=\"number\">3</td><td class=\"number\">1</td><td class=\"number\">33%</td>") !=
      std::string::npos);
  CHECK(
      q3.find(
          "<td class=\"number\">2</td><td class=\"number\">1</td><td class=\"number\">50%</td>") !=
      std::string::npos);
  // The prompt is escaped, and the class filter is in the title.
  CHECK(html.find("She said &quot;shocking&quot;, then what?") != std::string::npos);
  CHECK(html.find("Class 2B") != std::string::npos);
  CHECK(html.find("=Dan") == std::string::npos);

  const std::string french_html = report::buildHtmlReport(model, {&french(), nullptr, ""});
  CHECK(french_html.find("<html lang=\"fr\">") != std::string::npos);
  CHECK(tableRow(french_html, "q1").find(">67\u202F%</td>") != std::string::npos);
  CHECK(french_html.find("Rapport de classe Esprit") != std::string::npos);
}

TEST_CASE("the HTML report shows the change in discernment from form A to form B") {
  ClassFixture fixture;
  const auto model = report::buildReportModel(fixture.rows_2b, "2B");
  REQUIRE(model.learning.after.size() == 1);
  const auto& change = model.learning.after.front();
  CHECK(change.nickname == "Ana");
  CHECK(change.before.form == "A");
  CHECK(change.before.counts.hits == 1);
  CHECK(change.before.counts.misses == 1);
  CHECK(change.before.counts.false_alarms == 1);
  CHECK(change.before.counts.correct_rejections == 1);
  CHECK(change.after.counts.hits == 2);
  CHECK(change.after.counts.correct_rejections == 2);
  CHECK(change.before.result.sensitivity == doctest::Approx(0.0));
  // Log-linear rates after: H = 2.5 / 3, F = 0.5 / 3, so d′ = 2 z(5/6).
  const double after = computeDiscernment(change.after.counts).sensitivity;
  CHECK(change.after.result.sensitivity == doctest::Approx(after));
  CHECK(after == doctest::Approx(2 * 0.96742).epsilon(0.001));

  const std::string html = report::buildHtmlReport(model, {&english(), nullptr, ""});
  const auto discernment = html.find("Discernment before and after");
  REQUIRE(discernment != std::string::npos);
  const std::string section = html.substr(discernment);
  CHECK(section.find("<td class=\"number\">0.00</td><td class=\"number\">" +
                     report::formatDecimal(after, 2, false) + "</td><td class=\"number\">+" +
                     report::formatDecimal(after, 2, false) + "</td>") != std::string::npos);
  CHECK(section.find("Whole class") != std::string::npos);
}

TEST_CASE("a report with no assessment says so instead of showing empty numbers") {
  const auto model = report::buildReportModel({}, std::nullopt);
  const std::string html = report::buildHtmlReport(model, {&french(), nullptr, ""});
  CHECK(html.find("Aucune réponse") != std::string::npos);
}

TEST_CASE("esprit report writes the files and refuses wrong usage with exit 2") {
  ClassFixture fixture;
  const std::string data = fixture.folder.path().string();
  const std::string html = (fixture.folder.path() / "class.html").string();
  const std::string csv = (fixture.folder.path() / "class.csv").string();

  CHECK(app::runReportCommand(
            {"--data-dir", data, "--class", "2B", "--language", "en", "-o", html}) == 0);
  CHECK(tableRow(readFile(html), "q1").find(">67%</td>") != std::string::npos);
  CHECK(app::runReportCommand({"--data-dir=" + data, "--language", "fr", "--per", "player-question",
                               "-o", csv}) == 0);
  const std::string csv_text = readFile(csv);
  CHECK(csv_text.starts_with("\xEF\xBB\xBFJoueur;Classe;Paquet;"));  // French: semicolons
  CHECK(csv_text.find("'=Dan;3A;") != std::string::npos);            // every class without --class
  // Dutch writes 67%, German 67 % with a space that keeps the sign on the line.
  CHECK(app::runReportCommand(
            {"--data-dir", data, "--class", "2B", "--language", "nl", "-o", html}) == 0);
  CHECK(tableRow(readFile(html), "q1").find(">67%</td>") != std::string::npos);
  CHECK(app::runReportCommand(
            {"--data-dir", data, "--class", "2B", "--language", "de", "-o", html}) == 0);
  CHECK(tableRow(readFile(html), "q1").find(">67\u00a0%</td>") != std::string::npos);
  CHECK(app::runReportCommand({"--data-dir", data, "--language", "de", "-o", csv}) == 0);
  // A decimal comma means semicolons between fields.
  CHECK(readFile(csv).starts_with("\xEF\xBB\xBFPerson;Klasse;Sitzung;"));

  CHECK(app::runReportCommand({"--data-dir", data}) == 2);                      // no -o
  CHECK(app::runReportCommand({"--data-dir", data, "-o", "report.pdf"}) == 2);  // unknown kind
  CHECK(app::runReportCommand({"--format", "xml", "-o", csv}) == 2);
  CHECK(app::runReportCommand({"--separator", "tab", "-o", csv}) == 2);
  CHECK(app::runReportCommand({"--per", "answer", "-o", html}) == 2);  // CSV option on HTML
  CHECK(app::runReportCommand({"--language", "xx", "-o", csv}) == 2);  // no table for it
  CHECK(app::runReportCommand({"--colour", "-o", csv}) == 2);
  CHECK(app::runReportCommand({"-o"}) == 2);
  CHECK(app::runReportCommand({"--data-dir", data + "/missing", "-o", csv}) == 1);
  CHECK(app::runReportCommand({"--data-dir", data, "-o", data + "/no/such/folder/r.csv"}) == 1);
  CHECK(app::runReportCommand({"--help"}) == 0);
}

TEST_CASE("names and prompts that look like markup are shown as text") {
  ReportAnswerRow row;
  row.player_id = 1;
  row.nickname = "<script>alert(1)</script>";
  row.class_code = "2B&3A";
  row.session_id = 1;
  row.pack_id = "test.fixture";
  row.question_id = "q<1>";
  row.prompt = "Is \"this\" <b>bold</b>?";
  row.techniques = {"clickbait"};
  row.correct = true;
  row.credit = 1;
  const auto model = report::buildReportModel({row}, std::nullopt);
  const std::string html = report::buildHtmlReport(model, {});
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
  CHECK(html.find("2B&amp;3A") != std::string::npos);
  CHECK(html.find("Is &quot;this&quot; &lt;b&gt;bold&lt;/b&gt;?") != std::string::npos);
  CHECK(html.find("<b>") == std::string::npos);
}

TEST_CASE("numbers follow the report's language") {
  CHECK(english().percent(0.5) == "50%");
  CHECK(french().percent(1.0 / 3.0) == "33\u202F%");
  CHECK(report::formatDecimal(1.256, 2, false) == "1.26");
  CHECK(report::formatDecimal(1.256, 2, true) == "1,26");
  CHECK(report::formatDecimal(-0.001, 2, false) == "0.00");
  CHECK(english().change(0.42, 2) == "+0.42");
  CHECK(french().change(-0.1, 2) == "\u22120,10");
  CHECK(english().change(-0.001, 2) == "0.00");
  CHECK(report::ReportLanguage::load("fr_BE.UTF-8")->tag() == "fr");
  CHECK(report::ReportLanguage::load("en-GB")->tag() == "en");
  CHECK(report::ReportLanguage::load("C")->tag() == "en");
  CHECK_FALSE(report::ReportLanguage::load("xx").has_value());
  CHECK(report::ReportLanguage::loadOrEnglish("xx").tag() == "en");
}

TEST_CASE("answers read in words: options, steps, parts and real or fake") {
  ReportAnswerRow row;
  row.options = {"Find the source", "Read the date", "Compare"};
  row.region_labels = {{"handle", "the handle"}};
  const auto said = [&row](const std::string& json,
                           const report::ReportLanguage& language = english()) {
    row.answer_json = json;
    return report::describeAnswer(row, language);
  };
  CHECK(said(R"({"type":"single","option":1})") == "Read the date");
  CHECK(said(R"({"type":"single","option":7})") == "option 8");
  CHECK(said(R"({"type":"multiple","options":[0,2]})") == "Find the source + Compare");
  CHECK(said(R"({"type":"multiple","options":[]})") == "(nothing selected)");
  CHECK(said(R"({"type":"ordering","order":[2,0,1]})") ==
        "Compare \u2192 Find the source \u2192 Read the date");
  CHECK(said(R"({"type":"hotspot","region":"handle"})") == "the handle");
  CHECK(said(R"({"type":"hotspot","region":""})", french()) == "(hors de toute zone)");
  CHECK(said(R"({"type":"true_false","says_real":true})") == "real");
  CHECK(said(R"({"type":"true_false","says_real":false,"confidence":0.9})", french()) ==
        "faux (sûr à 90\u202F%)");
  CHECK(said("not json") == "not json");
}

TEST_CASE("the class report is byte-identical from the report screen and from esprit report") {
  ClassFixture fixture;
  const std::string data = fixture.folder.path().string();
  const std::time_t fixed_clock = 1796000000;  // one moment for both
  std::vector<Problem> problems;
  const Taxonomy taxonomy = Taxonomy::load(assetDirectory() / "techniques.json", problems);

  for (const std::string language : {"en", "fr"}) {
    for (const std::optional<std::string>& class_code :
         {std::optional<std::string>("2B"), std::optional<std::string>()}) {
      CAPTURE(language);
      CAPTURE(class_code.value_or("everyone"));
      auto store = ResultStore::open(fixture.folder.databaseFile());
      REQUIRE(store.ok());
      auto written = report::writeClassReport(*store, taxonomy, fixture.folder.path() / "screen",
                                          class_code, language, fixed_clock);
      REQUIRE(written.ok());
      const auto& files = *written;

      std::vector<std::string> common = {"--data-dir", data, "--language", language};
      if (class_code) common.insert(common.end(), {"--class", *class_code});
      const auto html = fixture.folder.path() / ("command-" + language + ".html");
      const auto csv = fixture.folder.path() / ("command-" + language + ".csv");
      auto html_arguments = common;
      html_arguments.insert(html_arguments.end(), {"-o", html.string()});
      auto csv_arguments = common;
      csv_arguments.insert(csv_arguments.end(), {"-o", csv.string()});
      REQUIRE(app::runReportCommand({html_arguments.begin(), html_arguments.end()}, fixed_clock) ==
              0);
      REQUIRE(app::runReportCommand({csv_arguments.begin(), csv_arguments.end()}, fixed_clock) ==
              0);

      const std::string screen_html = readFile(files.html);
      CHECK(screen_html.size() > 1000);
      CHECK(screen_html == readFile(html));
      CHECK(readFile(files.csv) == readFile(csv));
      CHECK(screen_html.find(report::localTime(fixed_clock, report::kReportTimeFormat)) !=
            std::string::npos);
    }
  }
}

TEST_CASE("reports name a pack by its title and count in words with the plural rule") {
  ClassFixture fixture;
  const auto model = report::buildReportModel(fixture.rows_2b, "2B");
  const std::string html = report::buildHtmlReport(model, {});
  CHECK(html.find("<h3>Fixture pack</h3>") != std::string::npos);
  CHECK(html.find("<h3>test.fixture</h3>") == std::string::npos);
  CHECK(report::summaryText(model, english()) == "3 players \u00b7 6 sessions \u00b7 17 answers");

  ReportAnswerRow row;
  row.player_id = 1;
  row.session_id = 1;
  row.pack_id = "test.fixture";
  row.question_id = "q1";
  const auto one = report::buildReportModel({row}, std::nullopt);
  CHECK(report::summaryText(one, english()) == "1 player \u00b7 1 session \u00b7 1 answer");
  CHECK(report::summaryText(one, french()) == "1 joueur \u00b7 1 session \u00b7 1 réponse");
  // A pack the catalogue does not know keeps its id as its name.
  CHECK(one.questions.front().pack_title == "test.fixture");
}

TEST_CASE("each technique gets its share right and, with real and fake items, its discernment") {
  ClassFixture fixture;
  const auto model = report::buildReportModel(fixture.rows_2b, "2B");
  const auto source_check =
      std::find_if(model.techniques.begin(), model.techniques.end(),
                   [](const auto& technique) { return technique.technique == "source-check"; });
  REQUIRE(source_check != model.techniques.end());
  // q2 (real): Ana and Ben called it fake, Cléo real. Ana's form A: A0 real
  // called fake, A1 fake caught, A2 real trusted, A3 fake trusted; form B all right.
  CHECK(source_check->counts.hits == 1 + 2);
  CHECK(source_check->counts.misses == 1);
  CHECK(source_check->counts.false_alarms == 2 + 1);
  CHECK(source_check->counts.correct_rejections == 1 + 1 + 2);
  CHECK(source_check->hasDiscernment());
  CHECK(source_check->answers == 3 + 8);
  CHECK(source_check->right == 1 + 2 + 4);
  // clickbait has one fake item only: no d′ to speak of.
  const auto clickbait =
      std::find_if(model.techniques.begin(), model.techniques.end(),
                   [](const auto& technique) { return technique.technique == "clickbait"; });
  REQUIRE(clickbait != model.techniques.end());
  CHECK_FALSE(clickbait->hasDiscernment());
}

TEST_CASE("a mean change comes with its 95 % interval by Student's t") {
  CHECK(report::studentT95(1) == doctest::Approx(12.706));
  CHECK(report::studentT95(2) == doctest::Approx(4.303));
  CHECK(report::studentT95(1000) == doctest::Approx(1.98));
  const auto change = report::meanChange({1, 2, 3});
  CHECK(change.players == 3);
  CHECK(change.mean == doctest::Approx(2));
  // sd 1, so the margin is t(2) / √3 = 2.484.
  CHECK(*change.low == doctest::Approx(2 - 4.303 / std::sqrt(3.0)));
  CHECK(*change.high == doctest::Approx(2 + 4.303 / std::sqrt(3.0)));
  const auto alone = report::meanChange({0.5});
  CHECK(alone.mean == doctest::Approx(0.5));
  CHECK_FALSE(alone.low.has_value());
  CHECK(report::meanChangeText(change, english()) == "+2.00 [\u22120.48 to +4.48]");
  CHECK(report::meanChangeText(change, french()) == "+2,00 [\u22120,48 à +4,48]");
}

TEST_CASE(
    "the class's change from form A to B and to the delayed form C counts players with both") {
  TemporaryFolder folder;
  auto opened = ResultStore::open(folder.databaseFile());
  REQUIRE(opened.ok());
  ResultStore& store = *opened;
  Pack assessment = testing::assessmentPack();
  for (int index = 0; index < 4; ++index) {
    assessment.questions.push_back(testing::binaryQuestion("C" + std::to_string(index),
                                                           index % 2 == 0, {"source-check"}, "C"));
  }
  // Ana: A half right, B all right, C three of four. Ben: A then B, both
  // half right, no C. Cléo: only A.
  const PlayerId ana = store.createPlayer("Ana", "2B")->id;
  const PlayerId ben = store.createPlayer("Ben", "2B")->id;
  const PlayerId cleo = store.createPlayer("Cléo", "2B")->id;
  play(store, ana, assessment, {{"A0", false}, {"A1", true}, {"A2", true}, {"A3", false}}, "A");
  play(store, ana, assessment, {{"B0", true}, {"B1", true}, {"B2", true}, {"B3", true}}, "B");
  play(store, ana, assessment, {{"C0", true}, {"C1", true}, {"C2", true}, {"C3", false}}, "C");
  play(store, ben, assessment, {{"A0", false}, {"A1", true}, {"A2", true}, {"A3", false}}, "A");
  play(store, ben, assessment, {{"B0", false}, {"B1", true}, {"B2", true}, {"B3", false}}, "B");
  play(store, cleo, assessment, {{"A0", true}, {"A1", true}, {"A2", true}, {"A3", true}}, "A");
  auto rows = store.reportRows();
  REQUIRE(rows.ok());
  const auto model = report::buildReportModel(*rows);

  REQUIRE(model.learning.class_after.has_value());
  const auto& after = *model.learning.class_after;
  CHECK(after.players == 2);
  const double ana_gain = computeDiscernment({2, 0, 0, 2}).sensitivity;  // from 0
  CHECK(after.sensitivity.mean == doctest::Approx(ana_gain / 2));        // Ben: no change
  REQUIRE(after.sensitivity.low.has_value());
  CHECK(*after.sensitivity.low < after.sensitivity.mean);
  // Over-confidence at 80 % sure: A 0.8 − 0.5, B 0.8 − 1.0 (Ana) and 0.3 (Ben).
  CHECK(after.overconfidence.players == 2);
  CHECK(after.overconfidence.mean == doctest::Approx((-0.5 + 0.0) / 2));

  REQUIRE(model.learning.class_delayed.has_value());
  const auto& delayed = *model.learning.class_delayed;
  CHECK(delayed.players == 1);
  CHECK(model.learning.delayed.front().nickname == "Ana");
  CHECK(model.learning.delayed.front().after.form == "C");
  CHECK(delayed.sensitivity.mean == doctest::Approx(computeDiscernment({1, 1, 0, 2}).sensitivity));
  CHECK_FALSE(delayed.sensitivity.low.has_value());  // one player: no interval

  const std::string html = report::buildHtmlReport(model, {});
  const auto learned = html.find("What the class learned");
  REQUIRE(learned != std::string::npos);
  CHECK(html.find("<td>Before \u2192 weeks later (form C)</td><td class=\"number\">1</td>",
                  learned) != std::string::npos);
  CHECK(html.find("<td>Before \u2192 after (forms A and B)</td><td class=\"number\">2</td>",
                  learned) != std::string::npos);
}
