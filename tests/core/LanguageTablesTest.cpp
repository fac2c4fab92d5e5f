// Every shipped language table, in assets/i18n and each folder under it, is
// complete and truly translated; so is every technique of assets/techniques.json.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Taxonomy.hpp"
#include "core/Translations.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <string>
#include <vector>

using namespace esprit;

namespace {

namespace fs = std::filesystem;
using Table = std::map<std::string, std::string>;

const fs::path kTranslationRoot = fs::path(ESPRIT_SOURCE_ROOT) / "assets" / "i18n";

// What may stay as in English once the placeholders are taken out, per
// language: names, and words the language spells the same way. Anything else
// identical to English is a string someone forgot to translate.
const std::map<std::string, std::set<std::string>>& sameAsEnglish() {
  static const std::map<std::string, std::set<std::string>> allowed{
      // "s" is the symbol for seconds; OpenDyslexic is a font's name.
      {"*", {"OK", "Esprit", "d′", "s", "OpenDyslexic"}},
      {"fr",
       {"question", "questions", "point", "points", "Points", "pts", "Question", "Questions",
        "Date", "Description", "Discrimination", "Manipulation", "Message", "Messages", "Mode",
        "option", "Polarisation", "session", "sessions", "Session", "Sessions", "Sources",
        "Standard", "Technique", "Techniques", "Type", "Version"}},
      {"nl", {"Scenario", "K", "M", "team", "teams"}},
      {"de", {"Manipulation", "K", "M", "Standard"}},
  };
  return allowed;
}

bool mayStayEnglish(const std::string& language, const std::string& words) {
  // Formats such as "{value} %" or "{day}/{month}" hold no word to translate.
  if (std::none_of(words.begin(), words.end(), [](unsigned char each) { return std::isalpha(each); }))
    return true;
  for (const char* list : {"*", language.c_str()}) {
    auto found = sameAsEnglish().find(list);
    if (found != sameAsEnglish().end() && found->second.count(words) > 0) return true;
  }
  return false;
}

// Dotted keys, as Translations sees them; arrays count by index so a list of
// words (month names, say) is checked word by word. Keys starting with "_" are
// notes for translators.
void flatten(const nlohmann::json& node, const std::string& prefix, Table& table) {
  auto child = [&prefix](const std::string& name) {
    return prefix.empty() ? name : prefix + "." + name;
  };
  if (node.is_object()) {
    for (const auto& [name, value] : node.items()) {
      if (!name.empty() && name.front() == '_') continue;
      flatten(value, child(name), table);
    }
  } else if (node.is_array()) {
    for (std::size_t index = 0; index < node.size(); ++index)
      flatten(node[index], child(std::to_string(index)), table);
  } else if (node.is_string()) {
    table[prefix] = node.get<std::string>();
  }
}

Table readTable(const fs::path& file) {
  std::ifstream stream(file);
  REQUIRE_MESSAGE(stream.good(), "cannot read " << file);
  auto document = nlohmann::json::parse(stream, nullptr, /*allow_exceptions=*/false);
  REQUIRE_MESSAGE(document.is_object(), file << " is not a JSON object");
  Table table;
  flatten(document, "", table);
  return table;
}

// The folders of translation tables: assets/i18n itself and every folder
// under it, so a new place (report, classroom, kiosk...) is checked as soon
// as it exists.
std::vector<fs::path> tableFolders() {
  std::vector<fs::path> folders{kTranslationRoot};
  for (const auto& entry : fs::recursive_directory_iterator(kTranslationRoot))
    if (entry.is_directory()) folders.push_back(entry.path());
  std::sort(folders.begin(), folders.end());
  return folders;
}

std::multiset<std::string> placeholders(const std::string& text, bool plural_form) {
  static const std::regex kPlaceholder(R"(\{[A-Za-z_][A-Za-z0-9_]*\})");
  std::multiset<std::string> found;
  for (auto match = std::sregex_iterator(text.begin(), text.end(), kPlaceholder);
       match != std::sregex_iterator(); ++match) {
    // A singular may say "once" instead of "{count} time": the count is known.
    if (plural_form && match->str() == "{count}") continue;
    found.insert(match->str());
  }
  return found;
}

bool isPluralForm(const std::string& key) {
  auto endsWith = [&key](const std::string& tail) {
    return key.size() > tail.size() && key.compare(key.size() - tail.size(), tail.size(), tail) == 0;
  };
  return endsWith(".one") || endsWith(".other");
}

std::string withoutPlaceholders(const std::string& text) {
  static const std::regex kPlaceholder(R"(\{[A-Za-z_][A-Za-z0-9_]*\})");
  std::string words = std::regex_replace(text, kPlaceholder, "");
  const auto first = words.find_first_not_of(' ');
  const auto last = words.find_last_not_of(' ');
  return first == std::string::npos ? "" : words.substr(first, last - first + 1);
}

std::string joined(const std::vector<std::string>& lines) {
  std::string text;
  for (const auto& line : lines) text += "\n  " + line;
  return text;
}

// The languages of the interface: one table each in assets/i18n.
std::vector<std::string> interfaceLanguages() { return Translations::availableLanguages(kTranslationRoot); }

// Compares one language's table with English and lists what is wrong, one
// line per problem, naming the key.
std::vector<std::string> problemsOf(const Table& english, const Table& translated,
                                    const std::string& language) {
  std::vector<std::string> problems;
  for (const auto& [key, english_text] : english) {
    auto found = translated.find(key);
    if (found == translated.end()) {
      problems.push_back(key + ": missing (English: \"" + english_text + "\")");
      continue;
    }
    const std::string& text = found->second;
    // English leaves a few texts empty on purpose (no flag on a sound question):
    // those may stay empty; any other empty text is a forgotten translation.
    if (text.empty() && !english_text.empty()) problems.push_back(key + ": empty");
    if (placeholders(text, isPluralForm(key)) != placeholders(english_text, isPluralForm(key)))
      problems.push_back(key + ": placeholders differ from English (\"" + english_text +
                         "\" vs \"" + text + "\")");
    if (text == english_text && !mayStayEnglish(language, withoutPlaceholders(text)))
      problems.push_back(key + ": still in English (\"" + text +
                         "\"); translate it, or add the word to the allow-list in this test");
  }
  for (const auto& [key, text] : translated) {
    if (english.count(key) == 0)
      problems.push_back(key + ": not in the English table (a typo, or a key that was removed?)");
  }
  return problems;
}

}  // namespace

TEST_CASE("the interface has Dutch and German tables beside English and French") {
  const auto languages = interfaceLanguages();
  for (const char* expected : {"de", "en", "fr", "nl"}) {
    CAPTURE(expected);
    CHECK(std::find(languages.begin(), languages.end(), expected) != languages.end());
  }
}

TEST_CASE("every folder of language tables has a table for every interface language") {
  const auto languages = interfaceLanguages();
  for (const auto& folder : tableFolders()) {
    CAPTURE(folder);
    for (const auto& language : languages) {
      CAPTURE(language);
      CHECK_MESSAGE(fs::exists(folder / (language + ".json")),
                    "write " << (folder / (language + ".json")).string() << " from en.json beside it");
    }
  }
}

TEST_CASE(
    "every language table has each English key, the same placeholders and no text left in "
    "English") {
  for (const auto& folder : tableFolders()) {
    if (!fs::exists(folder / "en.json")) continue;
    const Table english = readTable(folder / "en.json");
    CHECK_MESSAGE(!english.empty(), (folder / "en.json").string() << " holds no text");
    for (const auto& language : interfaceLanguages()) {
      if (language == "en" || !fs::exists(folder / (language + ".json"))) continue;
      const fs::path file = folder / (language + ".json");
      CAPTURE(file);
      const auto problems = problemsOf(english, readTable(file), language);
      CHECK_MESSAGE(problems.empty(), file.string() << ":" << joined(problems));
    }
  }
}

TEST_CASE("the check catches a missing key, a changed placeholder and a text left in English") {
  const Table english{{"play", "Play"},
                      {"progress", "Question {number} of {total}"},
                      {"points.one", "once"},
                      {"ok", "OK"},
                      {"percent", "{value} %"}};
  const Table dutch{{"play", "Play"},
                    {"progress", "Vraag {nummer} van {total}"},
                    {"points.one", "{count} keer"},
                    {"ok", "OK"},
                    {"percent", "{value} %"},
                    {"extra", "Extra"}};
  const auto problems = problemsOf(english, dutch, "nl");
  REQUIRE(problems.size() == 3);
  CHECK(problems[0].rfind("play: still in English", 0) == 0);
  CHECK(problems[1].rfind("progress: placeholders differ", 0) == 0);
  CHECK(problems[2].rfind("extra: not in the English table", 0) == 0);
  CHECK(problemsOf(english, {}, "de").size() == english.size());
}

TEST_CASE("a text English leaves empty may stay empty, but no other text may") {
  const Table english{{"flag.none", ""}, {"flag.few", "Too few answers"}};
  const Table dutch{{"flag.none", ""}, {"flag.few", ""}};
  const auto problems = problemsOf(english, dutch, "nl");
  REQUIRE(problems.size() == 1);
  CHECK(problems[0] == "flag.few: empty");
}

TEST_CASE("every interface table names every interface language") {
  const auto languages = interfaceLanguages();
  for (const auto& language : languages) {
    CAPTURE(language);
    const Table table = readTable(kTranslationRoot / (language + ".json"));
    CHECK(table.count("language.name") == 1);
    for (const auto& named : languages) {
      CAPTURE(named);
      CHECK(table.count("language_names." + named) == 1);
    }
  }
}

TEST_CASE("each language calls itself by its own name") {
  const Table dutch = readTable(kTranslationRoot / "nl.json");
  const Table german = readTable(kTranslationRoot / "de.json");
  CHECK(dutch.at("language.name") == "Nederlands");
  CHECK(dutch.at("language_names.nl") == "Nederlands");
  CHECK(german.at("language.name") == "Deutsch");
  CHECK(german.at("language_names.de") == "Deutsch");
}

TEST_CASE("every technique has a translated name and definition in every interface language") {
  std::vector<Problem> loading;
  const auto taxonomy =
      Taxonomy::load(fs::path(ESPRIT_SOURCE_ROOT) / "assets" / "techniques.json", loading);
  REQUIRE(loading.empty());
  REQUIRE_FALSE(taxonomy.techniques().empty());
  std::vector<std::string> problems;
  for (const auto& technique : taxonomy.techniques()) {
    const auto& texts = technique.text_by_language;
    auto english = texts.find("en");
    if (english == texts.end()) {
      problems.push_back(technique.id + ": no English text");
      continue;
    }
    for (const auto& language : interfaceLanguages()) {
      if (language == "en") continue;
      auto found = texts.find(language);
      if (found == texts.end() || found->second.name.empty() || found->second.definition.empty()) {
        problems.push_back(technique.id + ": no name or definition in " + language);
        continue;
      }
      if (found->second.name == english->second.name &&
          !mayStayEnglish(language, found->second.name))
        problems.push_back(technique.id + ": name still in English in " + language);
      if (found->second.definition == english->second.definition)
        problems.push_back(technique.id + ": definition still in English in " + language);
    }
  }
  CHECK_MESSAGE(problems.empty(), "assets/techniques.json:" << joined(problems));
}

TEST_CASE("Dutch and German count only one as singular") {
  for (const char* language : {"nl", "de"}) {
    CAPTURE(language);
    const auto table = Translations::load(kTranslationRoot, language);
    CHECK(table.language() == language);
    const std::string none = table.plural("feedback.points", 0);
    const std::string one = table.plural("feedback.points", 1);
    CHECK(none.rfind("0 ", 0) == 0);
    CHECK(one.rfind("1 ", 0) == 0);
    CHECK(none != one);
    CHECK(table.plural("feedback.points", 2).substr(2) == none.substr(2));
  }
}
