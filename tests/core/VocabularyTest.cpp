// The one name table per enum: every value has a name, every name reads back
// as its value, and the names are the ones pack.json uses; and the one
// language-tag check.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/LanguageTag.hpp"
#include "core/Vocabulary.hpp"

#include <doctest/doctest.h>

#include <set>

using namespace esprit;

namespace {

template <class Enum>
void checkRoundTrip(std::span<const EnumName<Enum>> table) {
  std::set<std::string_view> seen;
  for (const auto& entry : table) {
    CHECK(nameOf(entry.value) == entry.name);
    CHECK(parseName(table, entry.name) == entry.value);
    CHECK(seen.insert(entry.name).second);
  }
  CHECK_FALSE(parseName(table, "no-such-name").has_value());
}

}  // namespace

TEST_CASE("every enum name reads back as its value, and no name is used twice") {
  checkRoundTrip(questionTypeNames());
  checkRoundTrip(scenarioKindNames());
  checkRoundTrip(difficultyNames());
  checkRoundTrip(binaryWordingNames());
  checkRoundTrip(chartKindNames());
  checkRoundTrip(chartAxisNames());
}

TEST_CASE("question types are named as pack.json names them, everywhere") {
  CHECK(nameOf(QuestionType::single_choice) == "single");
  CHECK(nameOf(QuestionType::multiple_choice) == "multiple");
  CHECK(listNames(questionTypeNames()) == "single, true_false, multiple, ordering or hotspot");
}

TEST_CASE("a scenario's kind follows its content") {
  CHECK(scenarioKindOf(ScenarioContent{ChartScenario{}}) == ScenarioKind::chart);
  CHECK(nameOf(scenarioKindOf(ScenarioContent{QuoteScenario{}})) == "quote");
}

TEST_CASE("one language-tag check serves packs, settings, imports and locales") {
  CHECK(isLanguageTag("fr-BE"));
  CHECK(isLanguageTag("nl"));
  CHECK(isLanguageTag("zh-Hant"));
  CHECK_FALSE(isLanguageTag("french"));
  CHECK_FALSE(isLanguageTag("fr_BE"));
  CHECK_FALSE(isLanguageTag(""));
  CHECK(primaryLanguage("fr-BE") == "fr");
  CHECK(primaryLanguage("NL_be") == "nl");
  CHECK(languageFromLocale("nl_BE.UTF-8") == "nl");
  CHECK(languageFromLocale("de_DE@euro") == "de");
  CHECK(languageFromLocale("C.UTF-8").empty());
  CHECK(languageFromLocale(nullptr).empty());
}

TEST_CASE("a true/false question's two answers are worded as its wording says") {
  CHECK(binaryAnswerKey(BinaryWording::real_fake, true) == "answer.real");
  CHECK(binaryAnswerKey(BinaryWording::real_fake, false) == "answer.fake");
  CHECK(binaryAnswerKey(BinaryWording::reliable_unreliable, true) == "answer.reliable");
  CHECK(binaryAnswerKey(BinaryWording::reliable_unreliable, false) == "answer.unreliable");
  CHECK(binaryAnswerKey(BinaryWording::true_false, true) == "answer.true");
  CHECK(binaryAnswerKey(BinaryWording::true_false, false) == "answer.false");
}
