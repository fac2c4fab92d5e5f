// The name tables.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Vocabulary.hpp"

#include <string>
#include <utility>

namespace esprit {
namespace {

constexpr EnumName<QuestionType> kQuestionTypes[] = {
    {QuestionType::single_choice, "single"},     {QuestionType::true_false, "true_false"},
    {QuestionType::multiple_choice, "multiple"}, {QuestionType::ordering, "ordering"},
    {QuestionType::hotspot, "hotspot"},
};

constexpr EnumName<ScenarioKind> kScenarioKinds[] = {
    {ScenarioKind::post, "post"},   {ScenarioKind::article, "article"},
    {ScenarioKind::chat, "chat"},   {ScenarioKind::chart, "chart"},
    {ScenarioKind::image, "image"}, {ScenarioKind::quote, "quote"},
};

constexpr EnumName<Difficulty> kDifficulties[] = {
    {Difficulty::easy, "easy"},
    {Difficulty::medium, "medium"},
    {Difficulty::hard, "hard"},
};

constexpr EnumName<BinaryWording> kBinaryWordings[] = {
    {BinaryWording::real_fake, "real_fake"},
    {BinaryWording::reliable_unreliable, "reliable_unreliable"},
    {BinaryWording::true_false, "true_false"},
};

constexpr EnumName<ChartKind> kChartKinds[] = {{ChartKind::bar, "bar"}, {ChartKind::line, "line"}};
constexpr EnumName<ChartAxis> kChartAxes[] = {{ChartAxis::left, "left"},
                                              {ChartAxis::right, "right"}};

// The translation keys of each wording's two answers, real side first, in
// the order of kBinaryWordings.
constexpr std::pair<std::string_view, std::string_view> kAnswerKeys[] = {
    {"answer.real", "answer.fake"},
    {"answer.reliable", "answer.unreliable"},
    {"answer.true", "answer.false"},
};
static_assert(std::size(kAnswerKeys) == std::size(kBinaryWordings), "two keys per wording");

static_assert(inEnumOrder(kQuestionTypes) && inEnumOrder(kScenarioKinds) &&
                  inEnumOrder(kDifficulties) && inEnumOrder(kBinaryWordings) &&
                  inEnumOrder(kChartKinds) && inEnumOrder(kChartAxes),
              "a name table must list its enum's values in order");
static_assert(std::size(kScenarioKinds) == std::variant_size_v<ScenarioContent>,
              "every scenario kind needs a name");

}  // namespace

ScenarioKind scenarioKindOf(const ScenarioContent& content) {
  return static_cast<ScenarioKind>(content.index());
}

std::span<const EnumName<QuestionType>> questionTypeNames() { return kQuestionTypes; }
std::span<const EnumName<ScenarioKind>> scenarioKindNames() { return kScenarioKinds; }
std::span<const EnumName<Difficulty>> difficultyNames() { return kDifficulties; }
std::span<const EnumName<BinaryWording>> binaryWordingNames() { return kBinaryWordings; }
std::span<const EnumName<ChartKind>> chartKindNames() { return kChartKinds; }
std::span<const EnumName<ChartAxis>> chartAxisNames() { return kChartAxes; }

std::string_view nameOf(QuestionType value) { return nameIn(kQuestionTypes, value); }
std::string_view nameOf(ScenarioKind value) { return nameIn(kScenarioKinds, value); }
std::string_view nameOf(Difficulty value) { return nameIn(kDifficulties, value); }
std::string_view nameOf(BinaryWording value) { return nameIn(kBinaryWordings, value); }
std::string_view nameOf(ChartKind value) { return nameIn(kChartKinds, value); }
std::string_view nameOf(ChartAxis value) { return nameIn(kChartAxes, value); }

std::string_view binaryAnswerKey(BinaryWording wording, bool real) {
  auto index = static_cast<std::size_t>(wording);
  if (index >= std::size(kAnswerKeys)) index = 0;  // a corrupt cast reads as the default wording
  return real ? kAnswerKeys[index].first : kAnswerKeys[index].second;
}

}  // namespace esprit
