// The renderer's own words and number formats, looked up in the scenario
// translation tables (assets/i18n/scenario) through the core's Translations.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/scenario/ScenarioWords.hpp"

#include "core/AssetPaths.hpp"
#include "core/Translations.hpp"

#include <array>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <memory>
#include <mutex>

namespace esprit::ui {
namespace {

// How a language writes numbers. Kept beside the words so that a new
// language is one file; English rules stand in for a table that lacks them.
struct NumberRules {
  std::string decimal_separator;
  std::string group_separator;
  std::array<std::string, 3> scale_marks;  // thousands, millions, billions
};

struct LanguageTable {
  Translations words;
  NumberRules numbers;
};

NumberRules readNumberRules(const Translations& table) {
  auto rule = [&table](std::string_view key, const char* fallback) {
    const std::string full = "number." + std::string(key);
    return table.contains(full) ? table.text(full) : std::string(fallback);
  };
  return {rule("decimal_separator", "."),
          rule("group_separator", ","),
          {rule("thousands", "K"), rule("millions", "M"), rule("billions", "B")}};
}

// Renderers run wherever a scenario is drawn or measured, so the tables are
// shared by the whole program. A table is read once and never freed, which
// keeps every reference handed out valid.
const LanguageTable& tableFor(std::string_view language) {
  static std::mutex guard;
  static std::map<std::string, std::unique_ptr<LanguageTable>, std::less<>> tables;
  const std::lock_guard lock(guard);
  auto found = tables.find(language);
  if (found == tables.end()) {
    // A pack in a language Esprit has no table for is normal: English, quietly.
    auto words = Translations::load(
        assetDirectory() / "i18n" / "scenario", language, [](const std::string& line) {
          if (line.find("no translation for language") == std::string::npos)
            std::fprintf(stderr, "esprit: %s\n", line.c_str());
        });
    auto numbers = readNumberRules(words);
    found = tables
                .emplace(std::string(language),
                         std::make_unique<LanguageTable>(
                             LanguageTable{std::move(words), std::move(numbers)}))
                .first;
  }
  return *found->second;
}

std::string formatWith(const NumberRules& rules, double value, int decimals) {
  char digits[64];
  std::snprintf(digits, sizeof digits, "%.*f", decimals, std::abs(value));
  std::string text(digits);
  std::size_t point = text.find('.');
  std::string whole = text.substr(0, point);
  std::string fraction = point == std::string::npos ? "" : text.substr(point + 1);

  std::string grouped;
  for (std::size_t i = 0; i < whole.size(); ++i) {
    if (i > 0 && (whole.size() - i) % 3 == 0) grouped += rules.group_separator;
    grouped += whole[i];
  }
  bool is_zero = std::abs(value) < 0.5 * std::pow(10.0, -decimals);
  // The hyphen-minus, not U+2212: Noto Sans, the font the game draws with,
  // has no glyph for the typographic minus and would show a box.
  std::string result = (value < 0 && !is_zero) ? "-" : "";
  result += grouped;
  if (!fraction.empty()) result += rules.decimal_separator + fraction;
  return result;
}

}  // namespace

std::string_view scenarioWordKey(ScenarioWord word) { return nameIn(kScenarioWords, word); }

std::string scenarioWord(ScenarioWord word, std::string_view language) {
  return tableFor(language).words.text(scenarioWordKey(word));
}

std::string formatNumber(double value, int decimals, std::string_view language) {
  return formatWith(tableFor(language).numbers, value, decimals);
}

std::string formatCompactCount(std::int64_t count, std::string_view language) {
  const NumberRules& rules = tableFor(language).numbers;
  static constexpr std::array<double, 3> kScales{1e3, 1e6, 1e9};
  double magnitude = std::abs(static_cast<double>(count));
  for (std::size_t index = kScales.size(); index-- > 0;) {
    const double scale = kScales[index];
    // 999,600 would round to "1,000K": it is shown as "1M" instead.
    constexpr double kRoundsUp = 0.9995;
    if (magnitude < scale * kRoundsUp) continue;
    double scaled = static_cast<double>(count) / scale;
    int decimals = std::abs(scaled) < 100 ? 1 : 0;
    std::string number = formatWith(rules, scaled, decimals);
    std::string zero_decimal = rules.decimal_separator + "0";
    if (number.size() > zero_decimal.size() &&
        number.compare(number.size() - zero_decimal.size(), zero_decimal.size(), zero_decimal) ==
            0) {
      number.resize(number.size() - zero_decimal.size());
    }
    return number + rules.scale_marks[index];
  }
  return formatWith(rules, static_cast<double>(count), 0);
}

}  // namespace esprit::ui
