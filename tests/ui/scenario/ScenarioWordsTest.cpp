// Counts and numbers are written the way networks and each language write them,
// and the renderer's words come from the scenario tables in assets/i18n/scenario.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/scenario/ScenarioWords.hpp"

#include <doctest/doctest.h>

using namespace esprit::ui;

TEST_CASE("like counts are written the way networks write them") {
  CHECK(formatCompactCount(0, "en") == "0");
  CHECK(formatCompactCount(830, "en") == "830");
  CHECK(formatCompactCount(999, "en") == "999");
  CHECK(formatCompactCount(1000, "en") == "1K");
  CHECK(formatCompactCount(4200, "en") == "4.2K");
  CHECK(formatCompactCount(15300, "en") == "15.3K");
  CHECK(formatCompactCount(123456, "en") == "123K");
  CHECK(formatCompactCount(999999, "en") == "1M");
  CHECK(formatCompactCount(2500000, "en") == "2.5M");
  CHECK(formatCompactCount(3000000000, "en") == "3B");
}

TEST_CASE("French counts use a comma and a spaced k") {
  CHECK(formatCompactCount(15300, "fr") == "15,3\u00A0k");
  CHECK(formatCompactCount(15300, "fr-BE") == "15,3\u00A0k");
  CHECK(formatCompactCount(15300, "nl") == "15,3K");
}

TEST_CASE("Dutch and German write billions their own way and keep K and M") {
  CHECK(formatCompactCount(2500000, "de") == "2,5M");
  CHECK(formatCompactCount(3000000000, "de") == "3\u00A0Mrd.");
  CHECK(formatCompactCount(3000000000, "nl-BE") == "3\u00A0mld.");
}

TEST_CASE("a language with no table writes numbers the English way") {
  CHECK(formatNumber(12500.5, 1, "xx") == "12,500.5");
  CHECK(formatCompactCount(4200, "xx") == "4.2K");
}

TEST_CASE("numbers group thousands in each language's way") {
  CHECK(formatNumber(12500.5, 1, "en") == "12,500.5");
  CHECK(formatNumber(12500.5, 1, "fr") == "12\u202F500,5");
  CHECK(formatNumber(12500, 0, "de") == "12.500");
  CHECK(formatNumber(-3, 0, "en") == "-3");
  CHECK(formatNumber(-0.001, 0, "en") == "0");
}

TEST_CASE("the renderer's own words are translated, with English for unknown languages") {
  CHECK(scenarioWord(ScenarioWord::forwarded, "fr") == "Transféré");
  CHECK(scenarioWord(ScenarioWord::forwarded, "nl-BE") == "Doorgestuurd");
  CHECK(scenarioWord(ScenarioWord::forwarded, "xx") == "Forwarded");
}

TEST_CASE("every word a renderer adds has an English text, not its key") {
  for (const auto& entry : kScenarioWords) {  // no structured binding: doctest captures it
    CAPTURE(entry.name);
    CHECK(scenarioWord(entry.value, "en") != entry.name);
    CHECK_FALSE(scenarioWord(entry.value, "en").empty());
  }
  CHECK(scenarioWord(ScenarioWord::source, "fr") == "Source\u00A0:");
  CHECK(scenarioWord(ScenarioWord::not_secure, "de") == "Nicht sicher");
}
