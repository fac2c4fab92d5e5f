// The words Esprit writes and reads for its enums — in packs, the results
// database, reports and the classroom protocol — one table per enum, so a
// name is spelled in exactly one place.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/EnumNames.hpp"
#include "core/Pack.hpp"

#include <span>
#include <string_view>

namespace esprit {

// Scenario kinds, in the order of ScenarioContent's alternatives.
enum class ScenarioKind { post, article, chat, chart, image, quote };
ScenarioKind scenarioKindOf(const ScenarioContent& content);

// Each table lists every value once, in the enum's order.
std::span<const EnumName<QuestionType>> questionTypeNames();  // "single", "true_false", …
std::span<const EnumName<ScenarioKind>> scenarioKindNames();  // "post", "article", …
std::span<const EnumName<Difficulty>> difficultyNames();      // "easy", "medium", "hard"
std::span<const EnumName<BinaryWording>> binaryWordingNames();
std::span<const EnumName<ChartKind>> chartKindNames();        // "bar", "line"
std::span<const EnumName<ChartAxis>> chartAxisNames();        // "left", "right"

// The name of a value, from its table.
std::string_view nameOf(QuestionType value);
std::string_view nameOf(ScenarioKind value);
std::string_view nameOf(Difficulty value);
std::string_view nameOf(BinaryWording value);
std::string_view nameOf(ChartKind value);
std::string_view nameOf(ChartAxis value);

// The translation key of a binary question's answer in its wording, for the
// real (reliable, true) side or the other: "answer.real", "answer.unreliable", …
std::string_view binaryAnswerKey(BinaryWording wording, bool real);

}  // namespace esprit
