// The comparisons behind the round-trip tests.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PackComparison.hpp"

#include <doctest/doctest.h>

namespace esprit::testing {
namespace {

void checkSourcesEqual(const std::vector<Source>& expected, const std::vector<Source>& actual) {
  REQUIRE(expected.size() == actual.size());
  for (std::size_t index = 0; index < expected.size(); ++index) {
    CHECK(expected[index].title == actual[index].title);
    CHECK(expected[index].publisher == actual[index].publisher);
    CHECK(expected[index].year == actual[index].year);
    CHECK(expected[index].url == actual[index].url);
  }
}

void checkScenarioContentEqual(const ScenarioContent& expected, const ScenarioContent& actual) {
  REQUIRE(expected.index() == actual.index());
  if (const auto* post = std::get_if<PostScenario>(&expected)) {
    const auto& other = std::get<PostScenario>(actual);
    CHECK(post->platform == other.platform);
    CHECK(post->author.name == other.author.name);
    CHECK(post->author.handle == other.author.handle);
    CHECK(post->author.verified == other.author.verified);
    CHECK(post->author.avatar == other.author.avatar);
    CHECK(post->time == other.time);
    CHECK(post->text == other.text);
    CHECK(post->image == other.image);
    CHECK(post->image_alt == other.image_alt);
    CHECK(post->likes == other.likes);
    CHECK(post->shares == other.shares);
    CHECK(post->comments == other.comments);
  } else if (const auto* article = std::get_if<ArticleScenario>(&expected)) {
    const auto& other = std::get<ArticleScenario>(actual);
    CHECK(article->outlet == other.outlet);
    CHECK(article->address == other.address);
    CHECK(article->headline == other.headline);
    CHECK(article->lede == other.lede);
    CHECK(article->date == other.date);
    CHECK(article->byline == other.byline);
    CHECK(article->image == other.image);
    CHECK(article->image_alt == other.image_alt);
  } else if (const auto* chat = std::get_if<ChatScenario>(&expected)) {
    const auto& other = std::get<ChatScenario>(actual);
    CHECK(chat->title == other.title);
    REQUIRE(chat->messages.size() == other.messages.size());
    for (std::size_t index = 0; index < chat->messages.size(); ++index) {
      CHECK(chat->messages[index].from == other.messages[index].from);
      CHECK(chat->messages[index].text == other.messages[index].text);
      CHECK(chat->messages[index].time == other.messages[index].time);
      CHECK(chat->messages[index].self == other.messages[index].self);
      CHECK(chat->messages[index].forwarded == other.messages[index].forwarded);
    }
  } else if (const auto* chart = std::get_if<ChartScenario>(&expected)) {
    const auto& other = std::get<ChartScenario>(actual);
    CHECK(chart->chart == other.chart);
    CHECK(chart->title == other.title);
    CHECK(chart->labels == other.labels);
    REQUIRE(chart->series.size() == other.series.size());
    for (std::size_t index = 0; index < chart->series.size(); ++index) {
      CHECK(chart->series[index].name == other.series[index].name);
      CHECK(chart->series[index].values == other.series[index].values);
      CHECK(chart->series[index].axis == other.series[index].axis);
    }
    CHECK(chart->unit == other.unit);
    CHECK(chart->value_label == other.value_label);
    CHECK(chart->source == other.source);
    CHECK(chart->misleading.axis_from == other.misleading.axis_from);
    CHECK(chart->misleading.range == other.misleading.range);
    CHECK(chart->misleading.dual_axis == other.misleading.dual_axis);
    CHECK(chart->misleading.area_scaling == other.misleading.area_scaling);
  } else if (const auto* image = std::get_if<ImageScenario>(&expected)) {
    const auto& other = std::get<ImageScenario>(actual);
    CHECK(image->file == other.file);
    CHECK(image->alt == other.alt);
    CHECK(image->caption == other.caption);
    CHECK(image->credit == other.credit);
  } else if (const auto* quote = std::get_if<QuoteScenario>(&expected)) {
    const auto& other = std::get<QuoteScenario>(actual);
    CHECK(quote->text == other.text);
    CHECK(quote->speaker == other.speaker);
    CHECK(quote->role == other.role);
    CHECK(quote->context == other.context);
    CHECK(quote->date == other.date);
    CHECK(quote->image == other.image);
  }
}

void checkAnswersEqual(const Question& expected, const Question& actual) {
  CHECK(expected.type == actual.type);
  CHECK(expected.options == actual.options);
  switch (expected.type) {
    case QuestionType::single_choice:
      CHECK(expected.correct_option == actual.correct_option);
      break;
    case QuestionType::multiple_choice:
      CHECK(expected.correct_options == actual.correct_options);
      break;
    case QuestionType::true_false:
      CHECK(expected.is_real == actual.is_real);
      break;
    case QuestionType::ordering:
      break;
    case QuestionType::hotspot: {
      CHECK(expected.correct_regions == actual.correct_regions);
      REQUIRE(expected.regions.size() == actual.regions.size());
      for (std::size_t index = 0; index < expected.regions.size(); ++index) {
        const HotspotRegion& region = expected.regions[index];
        const HotspotRegion& other = actual.regions[index];
        CHECK(region.id == other.id);
        CHECK(region.part == other.part);
        CHECK(region.x == other.x);
        CHECK(region.y == other.y);
        CHECK(region.width == other.width);
        CHECK(region.height == other.height);
        CHECK(region.label == other.label);
      }
      break;
    }
  }
}

}  // namespace

void checkPacksEqual(const Pack& expected, const Pack& actual) {
  const PackMetadata& metadata = expected.metadata;
  CHECK(metadata.id == actual.metadata.id);
  CHECK(metadata.version == actual.metadata.version);
  CHECK(metadata.title == actual.metadata.title);
  CHECK(metadata.language == actual.metadata.language);
  CHECK(metadata.description == actual.metadata.description);
  CHECK(metadata.authors == actual.metadata.authors);
  CHECK(metadata.licence == actual.metadata.licence);
  CHECK(metadata.min_age == actual.metadata.min_age);
  CHECK(metadata.max_age == actual.metadata.max_age);

  REQUIRE(expected.scenarios.size() == actual.scenarios.size());
  for (std::size_t index = 0; index < expected.scenarios.size(); ++index) {
    INFO("scenario " << expected.scenarios[index].id);
    CHECK(expected.scenarios[index].id == actual.scenarios[index].id);
    checkScenarioContentEqual(expected.scenarios[index].content, actual.scenarios[index].content);
  }

  REQUIRE(expected.questions.size() == actual.questions.size());
  for (std::size_t index = 0; index < expected.questions.size(); ++index) {
    const Question& question = expected.questions[index];
    const Question& other = actual.questions[index];
    INFO("question " << question.id);
    CHECK(question.id == other.id);
    CHECK(question.scenario_id == other.scenario_id);
    CHECK(question.prompt == other.prompt);
    checkAnswersEqual(question, other);
    if (question.type == QuestionType::true_false) {
      CHECK(question.wording == other.wording);
      CHECK(question.asks_confidence == other.asks_confidence);
    }
    CHECK(question.explanation == other.explanation);
    CHECK(question.techniques == other.techniques);
    CHECK(question.difficulty == other.difficulty);
    checkSourcesEqual(question.sources, other.sources);
    CHECK(question.form == other.form);
  }
}

void checkQuestionsEquivalent(const Pack& expected, const Pack& actual, bool compare_explanations) {
  REQUIRE(expected.questions.size() == actual.questions.size());
  for (std::size_t index = 0; index < expected.questions.size(); ++index) {
    const Question& question = expected.questions[index];
    const Question& other = actual.questions[index];
    INFO("question " << question.id);
    CHECK(question.id == other.id);
    CHECK(question.prompt == other.prompt);
    checkAnswersEqual(question, other);
    if (compare_explanations) CHECK(question.explanation == other.explanation);
  }
}

}  // namespace esprit::testing
