// The words Esprit writes and reads for its enums — in packs, the results
// database, reports and the classroom protocol — one table per enum, so a
// name is spelled in exactly one place.
#pragma once

#include "core/Pack.hpp"

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace esprit {

// Scenario kinds, in the order of ScenarioContent's alternatives.
enum class ScenarioKind { post, article, chat, chart, image, quote };
ScenarioKind scenarioKindOf(const ScenarioContent& content);

template <class Enum>
struct EnumName {
  Enum value;
  std::string_view name;
};

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

// The value with this exact name; nullopt for an unknown one.
template <class Enum>
std::optional<Enum> parseName(std::span<const EnumName<Enum>> table, std::string_view name) {
  for (const auto& entry : table) {
    if (entry.name == name) return entry.value;
  }
  return std::nullopt;
}

// "single, true_false, multiple, ordering or hotspot": for messages.
template <class Enum>
std::string listNames(std::span<const EnumName<Enum>> table) {
  std::string list;
  for (std::size_t index = 0; index < table.size(); ++index) {
    if (index > 0) list += index + 1 == table.size() ? " or " : ", ";
    list += table[index].name;
  }
  return list;
}

}  // namespace esprit
