// The few words and numbers a renderer adds to a pack's own text ("Forwarded",
// "15.3K"), in the language of the pack, read from assets/i18n/scenario/<lang>.json.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/EnumNames.hpp"

#include <cstdint>
#include <string>
#include <string_view>

namespace esprit::ui {

enum class ScenarioWord {
  forwarded,        // chat mark on a forwarded message
  source,           // "Source:" before a chart's source line
  picture_missing,  // placeholder for a picture that cannot be read
  left_axis,        // legend notes for a series drawn against the left
  right_axis,       // or the right axis
  not_secure,       // address bar of a page served without https
};

// The key of each word in the scenario tables, in ScenarioWord's order.
inline constexpr EnumName<ScenarioWord> kScenarioWords[] = {
    {ScenarioWord::forwarded, "forwarded"},
    {ScenarioWord::source, "source"},
    {ScenarioWord::picture_missing, "picture_missing"},
    {ScenarioWord::left_axis, "left_axis"},
    {ScenarioWord::right_axis, "right_axis"},
    {ScenarioWord::not_secure, "not_secure"},
};
static_assert(inEnumOrder(kScenarioWords), "kScenarioWords must list ScenarioWord in order");

// The key of `word` in the scenario tables ("forwarded", "not_secure").
std::string_view scenarioWordKey(ScenarioWord word);

// English when the language has no table; "fr-BE" uses fr.json. The tables
// are read once per language and kept for the life of the program.
std::string scenarioWord(ScenarioWord word, std::string_view language);

// Like-and-share counts as networks show them: 830, 4.2K, 15.3K, 1.2M
// (4,2 k in French, with a comma in German and Dutch). The separators and
// the K/M/B marks come from the table's "number" group.
std::string formatCompactCount(std::int64_t count, std::string_view language);

// A number with `decimals` digits after the separator and grouped thousands,
// in the language's way (12,500.5 / 12 500,5).
std::string formatNumber(double value, int decimals, std::string_view language);

}  // namespace esprit::ui
