// The broken-pack corpus (tests/core/packs/broken/, written by its
// make_broken_packs.py): each pack breaks one rule of docs/pack-format.md, and
// Esprit must say what is wrong, how to mend it, and exactly where.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/PackLoader.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

using namespace esprit;

namespace {

const std::filesystem::path kBrokenPacks = ESPRIT_TEST_DATA "/core/packs/broken";
const std::filesystem::path kValidPacks = ESPRIT_TEST_DATA "/core/packs/valid";

// What one broken pack must report. The needle is a short piece of the pack's
// text that occurs once; the problem must be located at its first character,
// or at the ^ inside it when the spot is not where the needle starts.
struct BrokenPack {
  const char* folder;
  const char* sentence;  // the test's name
  Severity severity;
  const char* pointer;
  const char* message;  // the part a teacher needs: what is wrong and how to mend it
  const char* needle;
  bool alone = true;  // the mistake is the pack's only problem: no knock-on errors
};

constexpr Severity error = Severity::error;
constexpr Severity warning = Severity::warning;

const std::vector<BrokenPack> kCorpus = {
    // Broken JSON: the spot is where the parser stopped, the message says what to type.
    {"01-missing-comma", "a missing comma between two fields is an error at the next field", error,
     "", "a comma is missing between two fields", "\"language\": \"en\""},
    {"02-trailing-comma", "a comma after the last option is an error at the closing bracket", error,
     "", "there is a comma just before this ]. Remove the comma", "\"Share it to ask friends\",^]"},
    {"03-unclosed-bracket", "a list left open is an error that says its ] is missing", error, "",
     "a comma is missing between two items of this list, or its ] is missing",
     "\"explanation\"^: \"Starting the axis"},
    {"04-unquoted-text", "a text without quotes is an error that asks for double quotes", error, "",
     "a text must be in double quotes", "Chirper"},
    {"05-single-quotes",
     "single quotes around a field name are an error that asks for double quotes", error, "",
     "must be in double quotes \"like_this\", not single quotes", "'time'"},
    {"06-raw-line-break", "a line break typed inside a text is an error that shows how to write it",
     error, "", "a text contains a line break or tab. Inside quotes, write a line break as \\n",
     "flu^\nin 24 hours"},
    {"07-file-ends-early", "a file cut off in the middle is an error at its end", error, "",
     "the file ends too early", "\"Starting the axis^"},
    {"08-text-after-end", "text after the pack's closing brace is an error", error, "",
     "there is more text after the end of the pack", "{ \"id\": \"q-extra\""},
    {"09-invalid-utf8", "a byte that is not UTF-8 is an error that says how to save the file",
     error, "", "this text is not valid UTF-8. Save the file with the UTF-8 encoding",
     "caf^\xE9 street"},

    // Wrong types.
    {"10-title-is-a-number", "a title written as a number is an error", error, "/title",
     "the pack: \"title\" must be a text in quotes, not a whole number", "\"title\": ^42"},
    {"11-answer-is-text", "a single-choice answer in quotes is an error", error,
     "/questions/0/answer",
     "question q-lemon-step: the answer must be an option number such as 2, not a text in quotes",
     "\"answer\": ^\"2\""},
    {"12-options-is-text", "options written as one text instead of a list are an error", error,
     "/questions/0/options",
     "question q-lemon-step: \"options\" must be a list in [ ], not a text in quotes",
     "\"options\": ^\"Count its likes,"},
    {"13-likes-is-text", "a like count written as text is an error", error, "/scenarios/0/likes",
     "scenario post-lemon: \"likes\" must be a whole number, not a text in quotes", "\"15.3k\""},
    {"14-verified-is-text", "a verified mark written as text is an error", error,
     "/scenarios/0/author/verified",
     "scenario post-lemon (author): \"verified\" must be true or false, not a text in quotes",
     "\"verified\": ^\"no\""},
    {"15-techniques-is-text", "techniques written as one text instead of a list are an error",
     error, "/questions/0/techniques",
     "question q-lemon-step: \"techniques\" must be a list in [ ], not a text in quotes",
     "\"techniques\": ^\"lateral-reading\""},
    {"16-chart-value-is-text", "a chart value in quotes is an error at that value", error,
     "/scenarios/1/series/0/values/1",
     "scenario chart-thefts, series 1: value 2 must be a number, not a text in quotes",
     "912, ^\"931\""},
    {"17-question-is-text", "a question that is a text instead of a group is an error", error,
     "/questions/0", "question 1 must be a group in { } with \"id\", \"type\" and \"prompt\"",
     "\"questions\": [\n    ^\"q-lemon-step\""},
    {"18-pack-is-a-list", "a pack that is a list instead of a group is an error", error, "",
     "a pack must be one group in { }", "[\n{"},
    {"19-min-age-is-text", "an age written as text is an error", error, "/min_age",
     "the pack: \"min_age\" must be a whole number, not a text in quotes", "\"12 years\""},

    // Missing required fields: the spot is the group that lacks them.
    {"20-missing-esprit-pack", "a file without esprit_pack is an error that says what to add",
     error, "",
     "has no \"esprit_pack\": 1 at the top, so it does not look like an Esprit pack. Add",
     "{\n  \"id\": \"esprit.test-broken\""},
    {"21-missing-pack-id", "a pack without an id is an error", error, "",
     "the pack has no \"id\". Add a stable name", "{\n  \"esprit_pack\""},
    {"22-missing-title", "a pack without a title is an error", error, "",
     "the pack has no \"title\". Add the title", "{\n  \"esprit_pack\""},
    {"23-missing-language", "a pack without a language is an error", error, "",
     "the pack has no \"language\". Add the language", "{\n  \"esprit_pack\""},
    {"24-missing-questions", "a pack without questions is an error", error, "",
     "the pack has no \"questions\". Add a list of questions", "{\n  \"esprit_pack\"",
     /*alone=*/false},  // its scenarios are then rightly reported unused too
    {"25-missing-prompt", "a question without a prompt is an error", error, "/questions/0",
     "question q-lemon-step has no \"prompt\". Add the question",
     "{\n      \"id\": \"q-lemon-step\""},
    {"26-missing-type", "a question without a type is an error", error, "/questions/0",
     "question q-lemon-step has no \"type\". Add \"type\"", "{\n      \"id\": \"q-lemon-step\""},
    {"27-missing-answer", "a single-choice question without an answer is an error", error,
     "/questions/0", "question q-lemon-step has no \"answer\". Add the number of the right option",
     "{\n      \"id\": \"q-lemon-step\""},
    {"28-missing-options",
     "a single-choice question without options is an error that says what to add", error,
     "/questions/0", "question q-lemon-step has no \"options\". Add",
     "{\n      \"id\": \"q-lemon-step\""},
    {"29-missing-kind", "a scenario without a kind is an error", error, "/scenarios/1",
     "scenario chart-thefts has no \"kind\". Add \"kind\"", "{\n      \"id\": \"chart-thefts\""},
    {"30-missing-image-alt", "a picture without a description is an error", error, "/scenarios/2",
     "scenario image-flood has no \"alt\". Describe the picture",
     "{\n      \"id\": \"image-flood\""},
    {"31-missing-version", "a pack without a version is an error", error, "",
     "the pack has no \"version\". Add \"version\"", "{\n  \"esprit_pack\""},

    // Rules on the whole pack.
    {"32-newer-format", "a pack made for a newer format is an error that asks to update Esprit",
     error, "/esprit_pack",
     "made for a newer version of Esprit (pack format 2); this Esprit reads format 1. "
     "Update Esprit",
     "\"esprit_pack\": ^2"},
    {"33-bad-pack-id", "a pack id with capitals and spaces is an error", error, "/id",
     "the pack id \"My Pack!\" may only hold lower-case letters, digits, . and -", "\"My Pack!\""},
    {"34-bad-language-tag", "a language name instead of a language tag is an error", error,
     "/language", "\"English\" is not a language tag. Use a tag such as \"en\"", "\"English\""},
    {"35-duplicate-question-id", "two questions with the same id are an error at the second", error,
     "/questions/2/id",
     "two questions have the id \"q-lemon-step\" (the first is on line 44). Give each question its "
     "own id",
     "\"id\": ^\"q-lemon-step\",\n      \"type\": \"multiple\""},
    {"36-duplicate-scenario-id", "two scenarios with the same id are an error at the second", error,
     "/scenarios/2/id",
     "two scenarios have the id \"post-lemon\" (the first is on line 13). Give each scenario its "
     "own id",
     "\"id\": ^\"post-lemon\",\n      \"kind\": \"image\""},
    {"37-duplicate-key", "a field written twice in one question is an error at the second", error,
     "/questions/0/prompt", "has \"prompt\" twice (the first is on line 47). Keep only one",
     "\"prompt\": \"What should you check first?\""},
    {"38-missing-scenario", "a question that names a scenario that does not exist is an error",
     error, "/questions/2/scenario",
     "question q-thefts-flags refers to the scenario \"chart-theft\", which does not exist. Check "
     "its id",
     "\"chart-theft\"", /*alone=*/false},  // the scenario it meant is then rightly unused

    // Answers.
    {"39-single-answer-zero",
     "a single-choice answer of 0 is an error that says options count from 1", error,
     "/questions/0/answer",
     "question q-lemon-step: correct answer 0 does not exist; this question has 4 options. Options "
     "count "
     "from 1",
     "\"answer\": ^0"},
    {"40-single-answer-too-big", "a single-choice answer beyond the last option is an error", error,
     "/questions/0/answer",
     "question q-lemon-step: correct answer 5 does not exist; this question has 4 options",
     "\"answer\": ^5"},
    {"41-multiple-answer-too-big",
     "a select-all answer beyond the last option is an error at that number", error,
     "/questions/2/answer/1",
     "question q-thefts-flags: correct answer 4 does not exist; this question has 3 options",
     "[1, ^4]"},
    {"42-multiple-answer-repeated", "a select-all answer that lists an option twice is an error",
     error, "/questions/2/answer/2",
     "question q-thefts-flags: option 3 is listed twice in \"answer\"", "[3, 1, ^3]"},
    {"43-true-false-answer-text", "a real-or-fake answer in quotes is an error", error,
     "/questions/1/answer",
     "\"answer\" must be true (real, reliable) or false (fake, unreliable), without quotes",
     "\"answer\": ^\"false\""},
    {"44-unknown-question-type", "a misspelt question type is an error that suggests the right one",
     error, "/questions/2/type",
     "\"type\" is \"multipel\", which Esprit does not know. Did you mean \"multiple\"?",
     "\"multipel\""},
    {"45-unknown-scenario-kind", "an unknown scenario kind is an error that lists the kinds", error,
     "/scenarios/0/kind",
     "scenario post-lemon: \"kind\" is \"tweet\", which Esprit does not know. Use post, article, "
     "chat, "
     "chart, image or quote",
     "\"tweet\""},

    // Hotspots.
    {"46-hotspot-without-scenario", "a hotspot question without a scenario is an error", error,
     "/questions/3",
     "question q-lemon-tap is a hotspot question, so it needs a \"scenario\" to tap on",
     "{\n      \"id\": \"q-lemon-tap\""},
    {"47-hotspot-unknown-part",
     "a hotspot part that a post does not have is an error listing the parts", error,
     "/questions/3/regions/1/part",
     "a post has no part \"likes\". Use one of: avatar, name, handle, verified, time, text, image, "
     "counts",
     "\"part\": ^\"likes\""},
    {"48-rectangle-off-the-picture", "a rectangle that goes past the picture's edge is an error",
     error, "/questions/3/regions/1",
     "the rectangle must lie on the picture: x, y, width and height are fractions from 0 to 1",
     "{ \"id\": \"car\""},
    {"49-hotspot-answer-not-a-region",
     "a hotspot answer that is no region's id is an error listing the ids", error,
     "/questions/3/answer/0",
     "the answer \"avatar\" is not the id of one of its regions. Use one of: handle, counts",
     "\"avatar\""},
    {"50-part-on-a-picture", "a named part on a picture instead of a rectangle is an error", error,
     "/questions/3/regions/1/part",
     "on a picture, a region is a rectangle: give x, y, width and height", "\"part\": ^\"image\""},

    // Charts.
    {"51-chart-values-count", "a series with fewer values than labels is an error", error,
     "/scenarios/1/series/0/values",
     "series 1 has 3 values but the chart has 4 labels. Give one value per label",
     "[912, 931, 925]"},
    {"52-dual-axis-without-right-series", "a dual axis without a right-hand series is an error",
     error, "/scenarios/1/misleading/dual_axis",
     "\"dual_axis\" needs a series with \"axis\": \"right\"", "\"dual_axis\": ^true"},
    {"53-axis-from-above-smallest",
     "a truncated axis that starts above the smallest value is an error", error,
     "/scenarios/1/misleading/axis_from",
     "\"axis_from\" is above the smallest value of the chart, so some bars would disappear. Start "
     "the axis "
     "at or below it",
     "\"axis_from\": ^920"},
    {"54-range-out-of-bounds", "a cherry-picked range past the last label is an error", error,
     "/scenarios/1/misleading/range", "\"range\" [1, 4] must count labels from 0 to 3",
     "\"range\": ^[1, 4]"},

    // Limits.
    {"55-too-few-options", "a single-choice question with one option is an error", error,
     "/questions/0/options", "question q-lemon-step has 1 option; it needs at least 2",
     "\"options\": ^[\"Look up"},
    {"56-too-many-options", "a question with eleven options is an error", error,
     "/questions/0/options", "question q-lemon-step: \"options\" has 11 items; the limit is 10",
     "^[\"Count its likes\""},
    {"57-text-too-long", "a text longer than 10,000 bytes is an error", error,
     "/questions/0/explanation",
     "\"explanation\" is 10560 bytes long; the limit is 10000. Shorten it",
     "\"explanation\": ^\"Likes only"},
    {"58-nesting-too-deep", "nesting deeper than 16 levels is an error at the 17th level", error,
     "", "the pack nests lists and groups more than 16 levels deep",
     "[[[[[[[[[[[[[[[^[\"Esprit tests\""},

    // Media paths: a pack is untrusted and may only show its own pictures.
    {"59-media-path-with-dots", "a media path with .. is an error", error, "/scenarios/2/file",
     "leaves the pack folder (it contains \"..\"). Copy the file into the pack's media folder",
     "\"media/../../01-missing-comma/media/flood.png\""},
    {"60-media-absolute-path", "an absolute media path is an error", error, "/scenarios/2/file",
     "is an absolute path. Media paths are relative to the pack folder",
     "\"/home/teacher/flood.png\""},
    {"61-media-backslash", "a media path with a backslash is an error that asks for /", error,
     "/scenarios/2/file", "uses \\. Write media paths with /", "\"media\\\\flood.png\""},
    {"62-media-file-missing", "a media file that is not in the pack is an error", error,
     "/scenarios/2/file",
     "the file \"media/flood-photo.png\" is not in the pack folder. Copy it to",
     "\"media/flood-photo.png\""},
    {"63-media-link-outside", "a media link that points outside the pack is an error", error,
     "/scenarios/2/file",
     "the file \"media/street.png\" is a link that points outside the pack folder. Copy the "
     "picture itself",
     "\"media/street.png\""},
    {"64-media-not-a-picture", "a media file that is not a PNG or JPEG is an error", error,
     "/scenarios/2/file", "is not a PNG or JPEG picture. Save it as .png or .jpg",
     "\"media/flood.svg\""},
    {"65-source-url-without-http", "a source address without http is an error", error,
     "/questions/1/sources/0/url", "source 1: the address must start with https:// or http://",
     "\"www.example.org/shark\""},

    // Warnings: the pack still plays, but a teacher should look.
    {"66-missing-explanation", "a question without explanation is a warning", warning,
     "/questions/1", "question q-flood-real has no \"explanation\". Add why the answer is right",
     "{\n      \"id\": \"q-flood-real\""},
    {"67-missing-sources", "a question without sources is a warning", warning, "/questions/2",
     "question q-thefts-flags has no \"sources\". Add at least one source a teacher can check",
     "{\n      \"id\": \"q-thefts-flags\""},
    {"68-unknown-technique", "an unknown technique tag is a warning that suggests the known one",
     warning, "/questions/2/techniques/0",
     "the technique \"misleading-charts\" is not in Esprit's list. It still works as your own tag. "
     "Did you "
     "mean \"misleading-chart\"?",
     "\"misleading-charts\""},
    {"69-unused-scenario", "a scenario no question uses is a warning", warning, "/scenarios/3",
     "scenario quote-einstein is not used by any question. Use it in a question or remove it",
     "{\n      \"id\": \"quote-einstein\""},
    {"70-answer-always-second", "the right answer always in the same position is a warning",
     warning, "/questions",
     "the right answer of all 4 single-choice questions is option 2. Spread it",
     "\"questions\": ^["},
    {"71-real-fake-unbalanced", "real-or-fake items that are nearly all fake are a warning",
     warning, "/questions",
     "0 of the 6 real-or-fake questions are real. Aim for about half real and half fake",
     "\"questions\": ^["},
    {"72-unknown-field", "a misspelt field is a warning that suggests the known one", warning,
     "/questions/0/dificulty",
     "Esprit does not know the field \"dificulty\" and ignores it. Did you mean \"difficulty\"?",
     "\"dificulty\""},
    {"73-confidence-on-single", "confidence on a single-choice question is a warning", warning,
     "/questions/0/confidence",
     "confidence is asked only on true_false questions; it is ignored here",
     "\"answer\": 2,\n      \"confidence\": ^true"},
    {"74-options-on-true-false", "options on a real-or-fake question are a warning", warning,
     "/questions/1/options", "a true_false question does not use \"options\"; they are ignored",
     "\"options\": ^[\"Reliable\""},

    // Mistakes of teachers coming from other quiz tools.
    {"75-type-from-another-quiz-format",
     "a question type named as in other quiz tools is an error that suggests Esprit's", error,
     "/questions/2/type",
     "\"type\" is \"multiple_choice\", which Esprit does not know. Did you mean \"multiple\"?",
     "\"multiple_choice\""},
    {"76-bad-question-id", "a question id with spaces is an error", error, "/questions/2/id",
     "the question id \"q thefts flags\" may only hold letters, digits, - and _",
     "\"q thefts flags\""},
    {"77-unknown-difficulty", "an unknown difficulty is an error that lists the three", error,
     "/questions/0/difficulty", "\"difficulty\" is \"very easy\"; use easy, medium or hard",
     "\"very easy\""},
    {"78-comment", "a comment in the pack is an error that says JSON has no comments", error, "",
     "comment", "^// raise the version"},
    {"79-bad-scenario-id", "a scenario id with spaces is one error, not also a missing scenario",
     error, "/scenarios/0/id",
     "the scenario id \"post lemon\" may only hold letters, digits, - and _",
     "\"id\": ^\"post lemon\""},
    {"80-media-not-really-a-picture", "a web page saved under a .png name is an error", error,
     "/scenarios/2/file", "the file \"media/flood.png\" is not a PNG or JPEG picture",
     "\"media/flood.png\""},
};

const Taxonomy& shippedTaxonomy() {
  static const Taxonomy taxonomy = [] {
    std::vector<Problem> problems;
    auto loaded = Taxonomy::load(ESPRIT_SOURCE_ROOT "/assets/techniques.json", problems);
    REQUIRE(problems.empty());
    return loaded;
  }();
  return taxonomy;
}

std::string readFile(const std::filesystem::path& file) {
  std::ifstream stream(file, std::ios::binary);
  return {std::istreambuf_iterator<char>(stream), std::istreambuf_iterator<char>()};
}

struct Spot {
  int line = 0;
  int column = 0;
};

// Where the needle's ^ (or its first character) is, as an editor shows it:
// lines from 1, columns from 1 in UTF-8 characters, the byte-order mark unseen.
// Written apart from SourceText on purpose, so the two can disagree.
std::optional<Spot> locateNeedle(std::string_view text, std::string_view needle) {
  std::string plain(needle);
  std::size_t caret = 0;
  if (const auto marker = plain.find('^'); marker != std::string::npos) {
    caret = marker;
    plain.erase(marker, 1);
  }
  const auto found = text.find(plain);
  if (found == std::string_view::npos) {
    FAIL_CHECK("the needle is not in the pack: " << plain);
    return std::nullopt;
  }
  if (text.find(plain, found + 1) != std::string_view::npos) {
    FAIL_CHECK("the needle occurs more than once in the pack: " << plain);
    return std::nullopt;
  }
  const std::size_t offset = found + caret;
  Spot spot{1, 1};
  std::size_t line_start = 0;
  for (std::size_t index = 0; index < offset; ++index) {
    if (text[index] == '\n') {
      ++spot.line;
      line_start = index + 1;
    }
  }
  constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";
  if (line_start == 0 && text.substr(0, kByteOrderMark.size()) == kByteOrderMark) {
    line_start = kByteOrderMark.size();
  }
  for (std::size_t index = line_start; index < offset; ++index) {
    const bool continues_a_character = (static_cast<unsigned char>(text[index]) & 0xC0) == 0x80;
    if (!continues_a_character) ++spot.column;
  }
  return spot;
}

std::string describeProblems(const std::vector<Problem>& problems) {
  std::ostringstream text;
  for (const auto& problem : problems) text << "  " << formatProblem(problem) << "\n";
  return problems.empty() ? "  (nothing)\n" : text.str();
}

// The problem that says what the row expects, preferring one at the expected spot.
const Problem* findExpectedProblem(const std::vector<Problem>& problems, const BrokenPack& row,
                                   Spot spot) {
  const Problem* found = nullptr;
  for (const auto& problem : problems) {
    if (problem.severity != row.severity || problem.pointer != row.pointer ||
        problem.message.find(row.message) == std::string::npos) {
      continue;
    }
    if (problem.line == spot.line && problem.column == spot.column) return &problem;
    if (!found) found = &problem;
  }
  return found;
}

std::set<std::string> foldersIn(const std::filesystem::path& directory) {
  std::set<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(directory)) {
    if (entry.is_directory()) names.insert(entry.path().filename().string());
  }
  return names;
}

// A fresh folder under the system's temporary folder, removed at the end.
class TemporaryFolder {
 public:
  TemporaryFolder() {
    std::random_device seed;
    path_ = std::filesystem::temp_directory_path() /
            ("esprit-broken-pack-test-" + std::to_string(seed()));
    std::filesystem::create_directories(path_);
  }
  ~TemporaryFolder() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  TemporaryFolder(const TemporaryFolder&) = delete;
  TemporaryFolder& operator=(const TemporaryFolder&) = delete;
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

// Checks one row without stopping the test case, so that every row is tried.
void checkBrokenPack(const BrokenPack& row) {
  const auto folder = kBrokenPacks / row.folder;
  const auto file = folder / "pack.json";
  if (!std::filesystem::exists(file)) {
    FAIL_CHECK("missing " << file.string());
    return;
  }
  const auto spot = locateNeedle(readFile(file), row.needle);
  if (!spot) return;
  const auto result = loadPack(folder, shippedTaxonomy());

  INFO("pack " << std::string(row.folder) << "; Esprit reported:\n"
               << describeProblems(result.problems));
  const Problem* problem = findExpectedProblem(result.problems, row, *spot);
  if (!problem) {
    const std::string expected = std::string(row.severity == error ? "an error" : "a warning") +
                                 " at \"" + row.pointer + "\" saying: " + row.message;
    FAIL_CHECK("expected " << expected);
    return;
  }
  CHECK(problem->file == file.string());
  CHECK(problem->line == spot->line);
  CHECK(problem->column == spot->column);
  if (row.severity == error) {
    CHECK_FALSE(result.usable());
  } else {
    CHECK(result.usable());
  }
  if (row.alone) {
    CHECK_MESSAGE(result.problems.size() == 1,
                  "one mistake should be reported once, without knock-on problems");
  }
}

}  // namespace

TEST_CASE("every broken pack is reported with its rule, its advice and its place") {
  for (const auto& row : kCorpus) {
    SUBCASE(row.sentence) { checkBrokenPack(row); }
  }
}

TEST_CASE("the corpus covers at least 45 broken packs, each listed once in this test") {
  std::set<std::string> listed;
  for (const auto& row : kCorpus) {
    CHECK_MESSAGE(listed.insert(row.folder).second, std::string(row.folder) << " is listed twice");
  }
  CHECK(listed.size() >= 45);
  CHECK(foldersIn(kBrokenPacks) == listed);
}

TEST_CASE("loading the folder of broken packs returns every pack, each with its problems") {
  const auto results = loadPackDirectory(kBrokenPacks, shippedTaxonomy());
  const auto folders = foldersIn(kBrokenPacks);
  REQUIRE(results.size() == folders.size());
  auto folder = folders.begin();
  for (const auto& result : results) {
    CAPTURE(*folder);
    CHECK(result.path.filename().string() == *folder);
    CHECK_FALSE(result.problems.empty());
    ++folder;
  }
}

TEST_CASE("a broken pack does not stop a valid pack beside it from loading") {
  TemporaryFolder packs;
  const auto copy = std::filesystem::copy_options::recursive;
  std::filesystem::copy(kBrokenPacks / "01-missing-comma", packs.path() / "a-broken", copy);
  std::filesystem::copy(kValidPacks / "every-kind", packs.path() / "b-valid", copy);

  const auto results = loadPackDirectory(packs.path(), shippedTaxonomy());
  REQUIRE(results.size() == 2);
  CHECK(results[0].path.filename() == "a-broken");
  CHECK_FALSE(results[0].usable());
  CHECK(hasErrors(results[0].problems));
  CHECK(results[1].path.filename() == "b-valid");
  INFO(describeProblems(results[1].problems));
  REQUIRE(results[1].usable());
  CHECK(results[1].problems.empty());
  CHECK(results[1].pack->metadata.id == "esprit.test-every-kind");
}
