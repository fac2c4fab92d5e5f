// Item analysis against a results database whose answers are known: twelve
// players of rising strength, four sound questions, one keyed wrong on
// purpose, one everyone gets, one almost nobody gets, one with few answers.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StorageFixtures.hpp"

#include "app/ReportCommand.hpp"
#include "core/report/ClassReport.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>

using namespace esprit;
using namespace esprit::storage;
using esprit::testing::TemporaryFolder;

namespace {

// Player i (0 weakest … 11 strongest) is right on:
//   g1 … g4  when i ≥ 3 + n   (facility 8, 7, 6, 5 of 12)
//   k        when i < 6       the key names the option weak players pick
//   e        always
//   h        when i ≥ 10      (2 of 12)
//   f        always, but only players 0 to 3 meet it
bool rightFor(const std::string& question, int player) {
  if (question[0] == 'g') return player >= 3 + (question[1] - '0');
  if (question == "k") return player < 6;
  if (question == "h") return player >= 10;
  return true;
}

Pack itemPack() {
  Pack pack;
  pack.metadata.id = "test.items";
  pack.metadata.version = "1.0.0";
  pack.metadata.title = "Checking the items";
  pack.metadata.language = "en";
  for (const char* id : {"g1", "g2", "g3", "g4", "k", "e", "h", "f"}) {
    pack.questions.push_back(testing::choiceQuestion(id, {"clickbait"}));
  }
  // Keyed wrong on purpose: option 1 is the answer a careful reader gives.
  pack.questions[4].prompt = "Which one is keyed wrong?";
  return pack;
}

struct ItemFixture {
  TemporaryFolder folder;
  Pack pack = itemPack();

  ItemFixture() {
    auto opened = ResultStore::open(folder.databaseFile());
    REQUIRE(opened.ok());
    ResultStore& store = *opened;
    for (int player = 0; player < 12; ++player) {
      const PlayerId id = store.createPlayer("P" + std::to_string(player), "4C")->id;
      std::vector<std::string> ids = {"g1", "g2", "g3", "g4", "k", "e", "h"};
      if (player < 4) ids.push_back("f");
      const SessionId session = testing::startSession(store, id, pack, ids);
      REQUIRE(session != 0);
      int position = 0;
      for (const auto& question_id : ids) {
        const Question& question = *pack.findQuestion(question_id);
        const bool right = rightFor(question_id, player);
        REQUIRE(store
                    .recordAnswer(session, position++, question,
                                  testing::answerFor(question, right), testing::evaluation(right))
                    .ok());
      }
    }
    // Another class whose answers --class 4C must leave out.
    const PlayerId other = store.createPlayer("Zoe", "5D")->id;
    const SessionId session = testing::startSession(store, other, pack, {"g1"});
    const Question& g1 = *pack.findQuestion("g1");
    REQUIRE(
        store.recordAnswer(session, 0, g1, testing::answerFor(g1, true), testing::evaluation(true))
            .ok());
  }

  report::ReportModel model(const std::optional<std::string>& class_code) {
    auto store = ResultStore::open(folder.databaseFile());
    REQUIRE(store.ok());
    auto data = report::loadClassReport(*store, class_code);
    REQUIRE(data.ok());
    return data->model;
  }
};

const report::ItemStatistic& item(const report::ReportModel& model, const std::string& id) {
  const auto found = std::find_if(model.items.begin(), model.items.end(),
                                  [&](const auto& each) { return each.question_id == id; });
  REQUIRE(found != model.items.end());
  return *found;
}

std::string readFile(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

}  // namespace

TEST_CASE("the question keyed wrong on purpose is flagged: strong players miss it") {
  ItemFixture fixture;
  const auto model = fixture.model(std::string("4C"));
  const auto& keyed_wrong = item(model, "k");
  CHECK(keyed_wrong.answers == 12);
  CHECK(keyed_wrong.facility == doctest::Approx(0.5));
  REQUIRE(keyed_wrong.discrimination.has_value());
  // Worked out apart from Esprit (Pearson's r over the 12 pairs of item and
  // rest score): −0.938.
  CHECK(*keyed_wrong.discrimination == doctest::Approx(-0.9382).epsilon(0.001));
  CHECK(keyed_wrong.flag == report::ItemFlag::check_key);
}

TEST_CASE("sound questions get their facility and a positive discrimination, and no flag") {
  ItemFixture fixture;
  const auto model = fixture.model(std::string("4C"));
  const double facilities[] = {8.0 / 12, 7.0 / 12, 6.0 / 12, 5.0 / 12};
  const double discriminations[] = {0.5750, 0.7478, 0.7247, 0.7607};
  for (int index = 0; index < 4; ++index) {
    const auto& sound = item(model, "g" + std::to_string(index + 1));
    CAPTURE(sound.question_id);
    CHECK(sound.answers == 12);
    CHECK(sound.facility == doctest::Approx(facilities[index]));
    REQUIRE(sound.discrimination.has_value());
    CHECK(*sound.discrimination == doctest::Approx(discriminations[index]).epsilon(0.001));
    CHECK(sound.flag == report::ItemFlag::none);
  }
}

TEST_CASE(
    "a question everyone gets, one almost nobody gets, and one with few answers are flagged") {
  ItemFixture fixture;
  const auto model = fixture.model(std::string("4C"));
  CHECK(item(model, "e").facility == doctest::Approx(1.0));
  CHECK_FALSE(item(model, "e").discrimination.has_value());  // everyone alike
  CHECK(item(model, "e").flag == report::ItemFlag::almost_all_right);
  CHECK(item(model, "h").facility == doctest::Approx(2.0 / 12));
  CHECK(*item(model, "h").discrimination == doctest::Approx(0.4746).epsilon(0.001));
  CHECK(item(model, "h").flag == report::ItemFlag::almost_none_right);
  CHECK(item(model, "f").answers == 4);
  CHECK(item(model, "f").flag == report::ItemFlag::too_few_answers);
}

TEST_CASE("without --class the other class's answers count too") {
  ItemFixture fixture;
  CHECK(item(fixture.model(std::nullopt), "g1").answers == 13);
  CHECK(item(fixture.model(std::string("4C")), "g1").answers == 12);
}

TEST_CASE("esprit report --items writes one row per question with exactly the six columns") {
  ItemFixture fixture;
  const auto csv_file = fixture.folder.path() / "items.csv";
  REQUIRE(app::runReportCommand({"--data-dir", fixture.folder.path().string(), "--class", "4C",
                                 "--language", "en", "--items", "-o", csv_file.string()}) == 0);
  const std::string csv = readFile(csv_file);
  CHECK(csv.starts_with(std::string(report::kUtf8ByteOrderMark) +
                        "pack,question,answers,facility,discrimination,flag\r\n"));
  CHECK(csv.find("\r\ntest.items,g1,12,0.667,0.575,\r\n") != std::string::npos);
  CHECK(csv.find("\r\ntest.items,k,12,0.500,-0.938,check-key\r\n") != std::string::npos);
  CHECK(csv.find("\r\ntest.items,e,12,1.000,,almost-all-right\r\n") != std::string::npos);
  CHECK(csv.find("\r\ntest.items,h,12,0.167,0.475,almost-none-right\r\n") != std::string::npos);
  CHECK(csv.find("\r\ntest.items,f,4,1.000,,too-few-answers\r\n") != std::string::npos);
  CHECK(std::count(csv.begin(), csv.end(), '\n') == 1 + 8);

  // --items is a CSV of its own: not with --per, not as HTML.
  CHECK(app::runReportCommand({"--items", "--per", "answer", "-o", csv_file.string()}) == 2);
  CHECK(app::runReportCommand({"--items", "--format", "html", "-o", csv_file.string()}) == 2);
}

TEST_CASE("the HTML report shows the same item figures, with the flags in words") {
  ItemFixture fixture;
  const auto model = fixture.model(std::string("4C"));
  const std::string html = report::buildHtmlReport(model, {});
  const auto items = html.find("Which questions work: item analysis");
  REQUIRE(items != std::string::npos);
  const std::string section = html.substr(items);
  CHECK(section.find("point-biserial") != std::string::npos);  // the index is named
  CHECK(section.find("<td>k</td><td>Which one is keyed wrong?</td><td class=\"number\">12</td>"
                     "<td class=\"number\">0.50</td><td class=\"number\">\u22120.94</td>"
                     "<td>Strong players miss it: check the key and the wording</td>") !=
        std::string::npos);
  CHECK(section.find("<td>Too few answers to judge</td>") != std::string::npos);
  CHECK(section.find("<h3>Checking the items</h3>") != std::string::npos);  // the title, not the id
}
