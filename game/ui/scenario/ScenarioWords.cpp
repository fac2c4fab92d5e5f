// Translations of the renderer's own words and locale-aware number formats.
#include "ui/scenario/ScenarioWords.hpp"

#include <array>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace esprit::ui {
namespace {

enum class Language { english, french, dutch, german };

Language languageOf(std::string_view tag) {
  std::string_view primary = tag.substr(0, tag.find_first_of("-_"));
  if (primary == "fr") return Language::french;
  if (primary == "nl") return Language::dutch;
  if (primary == "de") return Language::german;
  return Language::english;
}

struct Translations {
  const char* english;
  const char* french;
  const char* dutch;
  const char* german;
};

Translations translationsOf(ScenarioWord word) {
  switch (word) {
    case ScenarioWord::forwarded:
      return {"Forwarded", "Transféré", "Doorgestuurd", "Weitergeleitet"};
    case ScenarioWord::source:
      return {"Source:", "Source\u00A0:", "Bron:", "Quelle:"};
    case ScenarioWord::picture_missing:
      return {"Picture not available", "Image indisponible", "Afbeelding niet beschikbaar",
              "Bild nicht verfügbar"};
    case ScenarioWord::left_axis:
      return {"left axis", "axe de gauche", "linkeras", "linke Achse"};
    case ScenarioWord::right_axis:
      return {"right axis", "axe de droite", "rechteras", "rechte Achse"};
    case ScenarioWord::not_secure:
      return {"Not secure", "Non sécurisé", "Niet beveiligd", "Nicht sicher"};
  }
  return {"", "", "", ""};
}

const char* decimalSeparator(Language language) {
  return language == Language::english ? "." : ",";
}

// French groups thousands with a narrow no-break space, German and Dutch with a dot.
const char* groupSeparator(Language language) {
  switch (language) {
    case Language::english:
      return ",";
    case Language::french:
      return "\u202F";
    case Language::dutch:
    case Language::german:
      return ".";
  }
  return ",";
}

}  // namespace

std::string scenarioWord(ScenarioWord word, std::string_view language) {
  Translations text = translationsOf(word);
  switch (languageOf(language)) {
    case Language::english:
      return text.english;
    case Language::french:
      return text.french;
    case Language::dutch:
      return text.dutch;
    case Language::german:
      return text.german;
  }
  return text.english;
}

std::string formatNumber(double value, int decimals, std::string_view language) {
  Language chosen = languageOf(language);
  char digits[64];
  std::snprintf(digits, sizeof digits, "%.*f", decimals, std::abs(value));
  std::string text(digits);
  std::size_t point = text.find('.');
  std::string whole = text.substr(0, point);
  std::string fraction = point == std::string::npos ? "" : text.substr(point + 1);

  std::string grouped;
  for (std::size_t i = 0; i < whole.size(); ++i) {
    if (i > 0 && (whole.size() - i) % 3 == 0) grouped += groupSeparator(chosen);
    grouped += whole[i];
  }
  bool is_zero = std::abs(value) < 0.5 * std::pow(10.0, -decimals);
  // The hyphen-minus, not U+2212: Noto Sans, the font the game draws with,
  // has no glyph for the typographic minus and would show a box.
  std::string result = (value < 0 && !is_zero) ? "-" : "";
  result += grouped;
  if (!fraction.empty()) result += decimalSeparator(chosen) + fraction;
  return result;
}

std::string formatCompactCount(std::int64_t count, std::string_view language) {
  Language chosen = languageOf(language);
  struct Scale {
    double size;
    const char* english;
    const char* french;
  };
  static constexpr std::array<Scale, 3> kScales{
      {{1e9, "B", "\u00A0Md"}, {1e6, "M", "\u00A0M"}, {1e3, "K", "\u00A0k"}}};
  double magnitude = std::abs(static_cast<double>(count));
  for (const auto& scale : kScales) {
    // 999,600 would round to "1,000K": it is shown as "1M" instead.
    constexpr double kRoundsUp = 0.9995;
    if (magnitude < scale.size * kRoundsUp) continue;
    double scaled = static_cast<double>(count) / scale.size;
    int decimals = std::abs(scaled) < 100 ? 1 : 0;
    std::string number = formatNumber(scaled, decimals, language);
    std::string zero_decimal = std::string(decimalSeparator(chosen)) + "0";
    if (number.size() > zero_decimal.size() &&
        number.compare(number.size() - zero_decimal.size(), zero_decimal.size(), zero_decimal) ==
            0) {
      number.resize(number.size() - zero_decimal.size());
    }
    return number + (chosen == Language::french ? scale.french : scale.english);
  }
  return formatNumber(static_cast<double>(count), 0, language);
}

}  // namespace esprit::ui
