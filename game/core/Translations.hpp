// The UI's words in the player's language, read from assets/i18n/<lang>.json.
// A key missing from the chosen language falls back to English, and a key
// missing everywhere shows the key itself (logged once) so nothing is blank.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace esprit {

// One value to put into a text: "{count}" in the text is replaced by the
// value named "count".
struct TextArgument {
  std::string_view name;
  std::string value;
};

class Translations {
 public:
  using Logger = std::function<void(const std::string& message)>;

  Translations();

  // Reads `<directory>/<language>.json` and `<directory>/en.json`. "fr-BE"
  // reads fr-BE.json if it exists, else fr.json. Unreadable or broken files
  // are logged and skipped, so the result is always usable.
  static Translations load(const std::filesystem::path& directory, std::string_view language,
                           Logger logger = {});
  // From texts already in memory (tests, and the fallback when assets are missing).
  static Translations fromTables(std::string language,
                                 std::map<std::string, std::string, std::less<>> chosen,
                                 std::map<std::string, std::string, std::less<>> english,
                                 Logger logger = {});

  // The language actually in use ("en" when the requested one was not found).
  const std::string& language() const { return language_; }

  // The text for `key`; never empty for a key that exists somewhere.
  const std::string& text(std::string_view key) const;
  // The text with "{name}" placeholders filled in.
  std::string format(std::string_view key, const std::vector<TextArgument>& arguments) const;
  // Picks `key.one` or `key.other` by the language's plural rule and fills
  // in "{count}" (French treats 0 and 1 as singular, English only 1).
  std::string plural(std::string_view key, long long count,
                     const std::vector<TextArgument>& arguments = {}) const;
  bool contains(std::string_view key) const;

  // Keys present in English but missing in the chosen language.
  std::vector<std::string> missingKeys() const;

  // The languages there is a table for, such as {"en", "fr"}, sorted.
  static std::vector<std::string> availableLanguages(const std::filesystem::path& directory);

 private:
  std::string language_ = "en";
  std::map<std::string, std::string, std::less<>> chosen_;
  std::map<std::string, std::string, std::less<>> english_;
  Logger logger_;
  // Keys already reported missing, and their displayed stand-in, so a key
  // drawn every frame is logged once and its text stays valid.
  mutable std::map<std::string, std::string, std::less<>> reported_missing_;
};

// Replaces each "{name}" in `text` by its value; unknown names stay as written.
std::string fillPlaceholders(std::string_view text, const std::vector<TextArgument>& arguments);

}  // namespace esprit
