// The words and number formats of one report language, read from
// assets/i18n/report/<lang>.json by the core's Translations: a new report
// language is one data file. Only rules stay in code: the plural rule (in
// Translations) and "a decimal comma means a semicolon-separated CSV".
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Translations.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace esprit::report {

class ReportLanguage {
 public:
  // assets/i18n/report, where the shipped language files are.
  static std::filesystem::path defaultDirectory();
  // The language tags there is a file for, such as {"en", "fr"}, sorted.
  static std::vector<std::string> available(
      const std::filesystem::path& directory = defaultDirectory());
  // "fr", "fr-BE", "fr_BE.UTF-8" or "FR" all read fr.json; "C" and "POSIX"
  // read en.json. nullopt when there is no file for that language. A key
  // missing from the language falls back to English and goes to `logger`.
  static std::optional<ReportLanguage> load(
      std::string_view tag, const std::filesystem::path& directory = defaultDirectory(),
      Translations::Logger logger = {});
  // The language asked for, or English when there is no file for it.
  static ReportLanguage loadOrEnglish(std::string_view tag,
                                      const std::filesystem::path& directory = defaultDirectory());
  static ReportLanguage english() { return loadOrEnglish("en"); }

  // The primary language subtag in use: "en", "fr".
  const std::string& tag() const { return tag_; }
  const std::string& text(std::string_view key) const { return words_.text(key); }
  std::string format(std::string_view key, const std::vector<TextArgument>& arguments) const {
    return words_.format(key, arguments);
  }
  // "1 player", "2 players" (`key.one` / `key.other`, the language's rule).
  std::string plural(std::string_view key, long long count) const {
    return words_.plural(key, count);
  }
  const Translations& translations() const { return words_; }

  // 0.75 → "75%" in English, "75 %" in French (pattern "number.percent").
  std::string percent(double share) const;
  // 1.234 with 2 digits → "1.23" or "1,23" ("number.decimal_separator").
  std::string decimal(double value, int digits) const;
  // Signed, for changes: "+0.42", "−0.10" (a real minus sign).
  std::string change(double value, int digits) const;
  bool usesDecimalComma() const { return decimal_comma_; }

 private:
  ReportLanguage(std::string tag, Translations words);

  std::string tag_;
  Translations words_;
  bool decimal_comma_ = false;
};

// The number alone, with a point or a comma; "" for NaN or infinity, and
// never "-0.00".
std::string formatDecimal(double value, int digits, bool decimal_comma);

}  // namespace esprit::report
