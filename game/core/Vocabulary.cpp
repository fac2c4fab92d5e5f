// The name tables.
#include "core/Vocabulary.hpp"

#include <string>

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

constexpr EnumName<BinaryWording> kRealAnswerKeys[] = {
    {BinaryWording::real_fake, "answer.real"},
    {BinaryWording::reliable_unreliable, "answer.reliable"},
    {BinaryWording::true_false, "answer.true"},
};
constexpr EnumName<BinaryWording> kOtherAnswerKeys[] = {
    {BinaryWording::real_fake, "answer.fake"},
    {BinaryWording::reliable_unreliable, "answer.unreliable"},
    {BinaryWording::true_false, "answer.false"},
};

static_assert(inEnumOrder(kRealAnswerKeys) && inEnumOrder(kOtherAnswerKeys));
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
  return nameIn(real ? kRealAnswerKeys : kOtherAnswerKeys, wording);
}

}  // namespace esprit
