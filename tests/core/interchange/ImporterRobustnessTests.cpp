// Importers on damaged input: thousands of deterministic mutations of the
// fixtures. Whatever comes in, an importer never crashes, names the file in
// every problem, and returns a pack that the real validator accepts.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Fixtures.hpp"
#include "ImportTestHelpers.hpp"
#include "LoaderSupport.hpp"
#include "core/PackLimits.hpp"
#include "core/interchange/CsvExporter.hpp"
#include "core/interchange/GiftExporter.hpp"
#include "core/interchange/Interchange.hpp"
#include "core/interchange/PackWriter.hpp"

#include <doctest/doctest.h>
#include <random>

using namespace esprit;
using namespace esprit::interchange;
using esprit::testing::describeProblems;

namespace {

constexpr int kMutationsPerFixture = 400;

// Pieces that mean something to one of the formats, so mutations reach the
// parsers' corners rather than only their plain-text paths.
constexpr std::string_view kTokens[] = {
    "{",    "}",           "~",    "=",    "#",          "::",     "\\",          "\"",
    ",",    ";",           "\n",   "\n\n", "\r\n",       "%50%",   "%-100%",      "&amp;",
    "&#x;", "&#99999999;", "\xC3", "\xFF", "$CATEGORY:", "[html]", "<p>",         "<img>",
    "####", "->",          "{T}",  "//",   "[",          "]",      "\"results\"", "null",
    "[]",   "{}",          "1,3",  "\t",   "0",          "_____"};

std::string mutate(std::string text, std::mt19937& random) {
  const int edits = std::uniform_int_distribution<int>(1, 4)(random);
  for (int edit = 0; edit < edits; ++edit) {
    const std::size_t position =
        text.empty() ? 0 : std::uniform_int_distribution<std::size_t>(0, text.size())(random);
    switch (std::uniform_int_distribution<int>(0, 3)(random)) {
      case 0: {  // insert a token
        const auto& token =
            kTokens[std::uniform_int_distribution<std::size_t>(0, std::size(kTokens) - 1)(random)];
        text.insert(position, token);
        break;
      }
      case 1: {  // delete a stretch
        const std::size_t length = std::uniform_int_distribution<std::size_t>(1, 40)(random);
        if (position < text.size()) text.erase(position, length);
        break;
      }
      case 2: {  // repeat a stretch
        const std::size_t length = std::uniform_int_distribution<std::size_t>(1, 80)(random);
        if (position < text.size()) text.insert(position, text.substr(position, length));
        break;
      }
      default:  // cut the end off
        text.resize(position);
        break;
    }
  }
  return text;
}

// `least_usable` guards against mutations so harsh that nothing is tested:
// JSON breaks at almost any edit, so it asks for fewer usable files.
void checkImportOfDamagedText(InterchangeFormat format, const std::string& fixture, unsigned seed,
                              std::size_t least_usable = kMutationsPerFixture / 4) {
  const std::string original = esprit::testing::readFixture(fixture);
  std::mt19937 random(seed);
  std::size_t usable = 0;
  for (int mutation = 0; mutation < kMutationsPerFixture; ++mutation) {
    const std::string text = mutate(original, random);
    const ImportResult result = importText(format, text, ImportOptions{fixture, "en", ""});
    for (const Problem& problem : result.problems) CHECK(problem.file == fixture);
    CHECK(result.source_lines.size() == result.pack.questions.size());
    if (result.pack.questions.empty()) continue;
    ++usable;
    const PackLoadResult loaded = esprit::testing::loadText(writePackText(result.pack));
    if (!loaded.usable()) {
      INFO("mutation " << mutation << " of " << fixture << ":\n" << text);
      INFO(describeProblems(loaded.problems));
      CHECK(loaded.usable());
    }
    // Exporting what was imported never fails either.
    CHECK_FALSE(exportCsv(result.pack, CsvExportOptions{"pack.json", ',', true}).text.empty());
    CHECK_FALSE(exportGift(result.pack, GiftExportOptions{"pack.json"}).text.empty());
  }
  CHECK(usable >= least_usable);
}

}  // namespace

TEST_CASE("damaged CSV files never crash the importer and always give a valid pack") {
  checkImportOfDamagedText(InterchangeFormat::csv, "classroom-quiz.csv", 1);
  checkImportOfDamagedText(InterchangeFormat::csv, "classroom-quiz-semicolon.csv", 2);
  checkImportOfDamagedText(InterchangeFormat::csv, "bad-rows.csv", 3);
}

TEST_CASE("damaged GIFT files never crash the importer and always give a valid pack") {
  checkImportOfDamagedText(InterchangeFormat::gift, "moodle-constructs.gift", 4);
  checkImportOfDamagedText(InterchangeFormat::gift, "unsupported.gift", 5);
}

TEST_CASE("damaged Open Trivia DB files never crash the importer and always give a valid pack") {
  constexpr std::size_t kLeastUsableJson = kMutationsPerFixture / 20;
  checkImportOfDamagedText(InterchangeFormat::open_trivia, "opentdb.json", 6, kLeastUsableJson);
  checkImportOfDamagedText(InterchangeFormat::open_trivia, "opentdb-base64.json", 7,
                           kLeastUsableJson);
}

TEST_CASE("an imported text longer than the pack limit is reported, not written") {
  const std::string long_prompt(PackLimits{}.max_string_bytes + 1, 'a');
  const ImportResult result = importText(
      InterchangeFormat::csv,
      "Question,Answer 1,Answer 2,Correct answer(s)\nShort?,a,b,1\n" + long_prompt + ",a,b,1\n",
      ImportOptions{"long.csv", "en", ""});
  REQUIRE(result.pack.questions.size() == 1);
  CHECK(esprit::testing::countProblemsAt(result.problems, 3, Severity::error, "bytes long") == 1);
}
