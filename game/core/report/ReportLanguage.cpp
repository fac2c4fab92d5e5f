// Loading a report language and formatting its numbers (see ReportLanguage.hpp).
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportLanguage.hpp"

#include "core/AssetPaths.hpp"

#include <cctype>
#include <cmath>
#include <cstdio>
#include <system_error>

namespace esprit::report {
namespace {

// "fr_BE.UTF-8" → "fr"; the locale names C and POSIX mean English.
std::string primaryTag(std::string_view tag) {
  std::string primary(tag.substr(0, tag.find_first_of("-_.@")));
  if (primary == "C" || primary == "POSIX") return "en";
  for (char& letter : primary) letter = static_cast<char>(std::tolower(letter));
  return primary;
}

}  // namespace

std::filesystem::path ReportLanguage::defaultDirectory() {
  return assetDirectory() / "i18n" / "report";
}

std::vector<std::string> ReportLanguage::available(const std::filesystem::path& directory) {
  return Translations::availableLanguages(directory);
}

ReportLanguage::ReportLanguage(std::string tag, Translations words)
    : tag_(std::move(tag)), words_(std::move(words)) {
  decimal_comma_ = words_.text("number.decimal_separator") == ",";
}

std::optional<ReportLanguage> ReportLanguage::load(std::string_view tag,
                                                   const std::filesystem::path& directory,
                                                   Translations::Logger logger) {
  const std::string primary = primaryTag(tag);
  std::error_code error;
  if (primary.empty() || !std::filesystem::exists(directory / (primary + ".json"), error)) {
    return std::nullopt;
  }
  return ReportLanguage(primary, Translations::load(directory, primary, std::move(logger)));
}

ReportLanguage ReportLanguage::loadOrEnglish(std::string_view tag,
                                             const std::filesystem::path& directory) {
  if (auto language = load(tag, directory)) return std::move(*language);
  return ReportLanguage("en", Translations::load(directory, "en"));
}

std::string formatDecimal(double value, int digits, bool decimal_comma) {
  if (!std::isfinite(value)) return "";
  char text[64];
  std::snprintf(text, sizeof text, "%.*f", digits, value);
  std::string formatted = text;
  if (formatted.find_first_not_of("-0.") == std::string::npos && formatted[0] == '-') {
    formatted.erase(0, 1);  // no "-0.00"
  }
  if (decimal_comma) {
    for (char& character : formatted) {
      if (character == '.') character = ',';
    }
  }
  return formatted;
}

std::string ReportLanguage::decimal(double value, int digits) const {
  return formatDecimal(value, digits, decimal_comma_);
}

std::string ReportLanguage::percent(double share) const {
  return format("number.percent", {{"value", decimal(share * 100.0, 0)}});
}

std::string ReportLanguage::change(double value, int digits) const {
  const std::string number = decimal(std::fabs(value), digits);
  if (number.find_first_not_of("0.,") == std::string::npos) return number;  // no sign on zero
  return (value < 0 ? "\u2212" : "+") + number;
}

}  // namespace esprit::report
