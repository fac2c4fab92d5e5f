// The report words live in assets/i18n/report/<lang>.json: every language
// file has every key English has (and no stray ones), and a whole report in
// each language asks for no key that is missing.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StorageFixtures.hpp"

#include "core/report/ClassReport.hpp"

#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <fstream>
#include <set>

using namespace esprit;
using esprit::testing::TemporaryFolder;

namespace {

void collectKeys(const nlohmann::json& node, const std::string& prefix,
                 std::set<std::string>& keys) {
  for (const auto& [name, value] : node.items()) {
    const std::string key = prefix.empty() ? name : prefix + "." + name;
    if (value.is_object()) {
      collectKeys(value, key, keys);
    } else {
      keys.insert(key);
    }
  }
}

std::set<std::string> keysOf(const std::string& language) {
  std::ifstream file(report::ReportLanguage::defaultDirectory() / (language + ".json"));
  REQUIRE(file);
  const auto document = nlohmann::json::parse(file, nullptr, false);
  REQUIRE_FALSE(document.is_discarded());
  std::set<std::string> keys;
  collectKeys(document, "", keys);
  return keys;
}

}  // namespace

TEST_CASE("every report language file has exactly the keys of the English one") {
  const auto languages = report::ReportLanguage::available();
  REQUIRE(std::find(languages.begin(), languages.end(), "en") != languages.end());
  REQUIRE(std::find(languages.begin(), languages.end(), "fr") != languages.end());
  const auto english = keysOf("en");
  CHECK(english.size() > 50);
  for (const auto& language : languages) {
    CAPTURE(language);
    const auto keys = keysOf(language);
    for (const auto& key : english) {
      CAPTURE(key);
      CHECK(keys.count(key) == 1);
    }
    for (const auto& key : keys) {
      CAPTURE(key);
      CHECK(english.count(key) == 1);
    }
  }
}

TEST_CASE("a whole report in each language asks for no key its file lacks") {
  TemporaryFolder folder;
  auto opened = storage::ResultStore::open(folder.databaseFile());
  REQUIRE(opened.ok());
  storage::ResultStore& store = *opened;
  // Every section has something to show: questions, items, techniques,
  // players, forms A, B and C.
  Pack assessment = testing::assessmentPack();
  assessment.questions.push_back(testing::binaryQuestion("C0", true, {"source-check"}, "C"));
  const Pack pack = testing::fixturePack();
  const auto player = store.createPlayer("Ana", "2B")->id;
  for (const auto& [played, form] : {std::pair<const Pack*, std::string>{&pack, ""},
                                     {&assessment, "A"},
                                     {&assessment, "B"},
                                     {&assessment, "C"}}) {
    std::vector<std::string> ids;
    for (const auto& question : played->questions) {
      if (question.form == form) ids.push_back(question.id);
    }
    const auto session = testing::startSession(store, player, *played, ids, 7, form);
    int position = 0;
    for (const auto& id : ids) {
      const Question& question = *played->findQuestion(id);
      REQUIRE(store
                  .recordAnswer(session, position++, question, testing::answerFor(question, true),
                                testing::evaluationFor(question, true))
                  .ok());
    }
  }
  auto data = report::loadClassReport(store, std::nullopt);
  REQUIRE(data.ok());
  REQUIRE(data->model.learning.class_delayed.has_value());

  for (const auto& tag : report::ReportLanguage::available()) {
    CAPTURE(tag);
    std::vector<std::string> missing;
    const auto language = report::ReportLanguage::load(
        tag, report::ReportLanguage::defaultDirectory(),
        [&missing](const std::string& message) { missing.push_back(message); });
    REQUIRE(language.has_value());
    for (const auto format : {report::ReportFormat::html, report::ReportFormat::csv}) {
      for (const auto layout : {report::CsvLayout::per_answer,
                                report::CsvLayout::per_player_question, report::CsvLayout::items}) {
        const std::string text = report::renderClassReport(
            *data, report::ClassReportRequest{format, layout, std::nullopt}, *language, nullptr, 0);
        CHECK_FALSE(text.empty());
      }
    }
    CHECK(language->plural("summary.players", 1) != language->plural("summary.players", 2));
    CHECK(missing.empty());
    for (const auto& message : missing) INFO(message);
  }
}
