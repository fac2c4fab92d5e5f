// Loading and looking up the UI translation tables.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Translations.hpp"

#include "LanguageTag.hpp"
#include "WholeFile.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>

namespace esprit {
namespace {

using Table = std::map<std::string, std::string, std::less<>>;

void logToStandardError(const std::string& message) {
  std::fprintf(stderr, "esprit: %s\n", message.c_str());
}

// Nested objects let translators group keys ("play": {"check": ...}); the
// program sees them as dotted keys ("play.check").
void flatten(const nlohmann::json& node, const std::string& prefix, Table& table) {
  for (const auto& [name, value] : node.items()) {
    const std::string key = prefix.empty() ? name : prefix + "." + name;
    if (value.is_object()) {
      flatten(value, key, table);
    } else if (value.is_string()) {
      table[key] = value.get<std::string>();
    }
  }
}

bool readTable(const std::filesystem::path& file, Table& table, const Translations::Logger& log) {
  const auto text = readWholeFile(file);
  if (!text) return false;
  auto document = nlohmann::json::parse(*text, nullptr, false);
  if (document.is_discarded() || !document.is_object()) {
    log("the translation file " + file.string() + " is not a valid JSON object; it is ignored");
    return false;
  }
  flatten(document, "", table);
  return true;
}

}  // namespace

Translations::Translations() : logger_(logToStandardError) {}

Translations Translations::load(const std::filesystem::path& directory, std::string_view language,
                                Logger logger) {
  if (!logger) logger = logToStandardError;
  Table english;
  if (!readTable(directory / "en.json", english, logger)) {
    logger("no English translation table in " + directory.string() + "; keys are shown instead");
  }
  Table chosen;
  std::string used = "en";
  if (!language.empty() && primaryLanguage(language) != "en") {
    if (readTable(directory / (std::string(language) + ".json"), chosen, logger)) {
      used = std::string(language);
    } else if (readTable(directory / (primaryLanguage(language) + ".json"), chosen, logger)) {
      used = primaryLanguage(language);
    } else {
      logger("no translation for language '" + std::string(language) + "'; using English");
    }
  }
  return fromTables(used, std::move(chosen), std::move(english), std::move(logger));
}

Translations Translations::fromTables(std::string language, Table chosen, Table english,
                                      Logger logger) {
  Translations translations;
  translations.language_ = std::move(language);
  translations.chosen_ = std::move(chosen);
  translations.english_ = std::move(english);
  if (logger) translations.logger_ = std::move(logger);
  return translations;
}

const std::string& Translations::text(std::string_view key) const {
  if (auto found = chosen_.find(key); found != chosen_.end()) return found->second;
  if (auto found = english_.find(key); found != english_.end()) return found->second;
  auto reported = reported_missing_.find(key);
  if (reported == reported_missing_.end()) {
    logger_("missing translation key '" + std::string(key) + "'");
    reported = reported_missing_.emplace(std::string(key), std::string(key)).first;
  }
  return reported->second;
}

bool Translations::contains(std::string_view key) const {
  return chosen_.find(key) != chosen_.end() || english_.find(key) != english_.end();
}

std::string Translations::format(std::string_view key,
                                 const std::vector<TextArgument>& arguments) const {
  return fillPlaceholders(text(key), arguments);
}

std::string Translations::plural(std::string_view key, long long count,
                                 const std::vector<TextArgument>& arguments) const {
  const bool singular = primaryLanguage(language_) == "fr"
                            ? (count == 0 || count == 1 || count == -1)
                            : (count == 1 || count == -1);
  std::vector<TextArgument> all = arguments;
  all.push_back({"count", std::to_string(count)});
  return format(std::string(key) + (singular ? ".one" : ".other"), all);
}

std::vector<std::string> Translations::missingKeys() const {
  std::vector<std::string> missing;
  if (language_ == "en") return missing;
  for (const auto& [key, value] : english_) {
    if (chosen_.find(key) == chosen_.end()) missing.push_back(key);
  }
  return missing;
}

std::vector<std::string> Translations::availableLanguages(const std::filesystem::path& directory) {
  std::vector<std::string> languages;
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(directory, error)) {
    if (entry.path().extension() == ".json") languages.push_back(entry.path().stem().string());
  }
  std::sort(languages.begin(), languages.end());
  return languages;
}

std::string fillPlaceholders(std::string_view text, const std::vector<TextArgument>& arguments) {
  std::string result;
  result.reserve(text.size());
  std::size_t position = 0;
  while (position < text.size()) {
    const auto open = text.find('{', position);
    if (open == std::string_view::npos) break;
    const auto close = text.find('}', open + 1);
    if (close == std::string_view::npos) break;
    result.append(text.substr(position, open - position));
    const auto name = text.substr(open + 1, close - open - 1);
    auto argument = std::find_if(arguments.begin(), arguments.end(),
                                 [name](const TextArgument& each) { return each.name == name; });
    if (argument != arguments.end()) {
      result += argument->value;
    } else {
      result.append(text.substr(open, close - open + 1));
    }
    position = close + 1;
  }
  result.append(text.substr(position));
  return result;
}

}  // namespace esprit
