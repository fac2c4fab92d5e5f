// The pack loader on valid packs: every field of pack.json lands in the Pack,
// paths and in-memory text behave alike, limits refuse oversized input, and
// every pack shipped in questions/ is clean.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/PackLoader.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <tuple>
#include <variant>

using namespace esprit;

namespace {

const std::filesystem::path kValidPacks = ESPRIT_TEST_DATA "/core/packs/valid";
const std::filesystem::path kBrokenPacks = ESPRIT_TEST_DATA "/core/packs/broken";

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

// Replaces the one occurrence of `old_text`, so a test edits exactly what it means to.
std::string replaceOnce(std::string text, std::string_view old_text, std::string_view new_text) {
  const auto found = text.find(old_text);
  REQUIRE_MESSAGE(found != std::string::npos, "not in the text: " << old_text);
  REQUIRE_MESSAGE(text.find(old_text, found + 1) == std::string::npos,
                  "more than once: " << old_text);
  return text.replace(found, old_text.size(), new_text);
}

std::string describeProblems(const std::vector<Problem>& problems) {
  std::ostringstream text;
  for (const auto& problem : problems) text << "  " << formatProblem(problem) << "\n";
  return problems.empty() ? "  (nothing)\n" : text.str();
}

const Problem* findProblem(const std::vector<Problem>& problems, std::string_view pointer,
                           std::string_view fragment) {
  const auto found = std::find_if(problems.begin(), problems.end(), [&](const Problem& problem) {
    return problem.pointer == pointer && problem.message.find(fragment) != std::string::npos;
  });
  return found == problems.end() ? nullptr : &*found;
}

const Source& onlySource(const Question& question) {
  REQUIRE(question.sources.size() == 1);
  return question.sources.front();
}

}  // namespace

TEST_CASE("a pack with every scenario kind and question type loads with no problem at all") {
  const auto result = loadPack(kValidPacks / "every-kind", shippedTaxonomy());
  INFO(describeProblems(result.problems));
  CHECK(result.problems.empty());
  REQUIRE(result.usable());
  const Pack& pack = *result.pack;
  CHECK(pack.folder == kValidPacks / "every-kind");

  SUBCASE("the pack's own fields") {
    const auto& metadata = pack.metadata;
    CHECK(metadata.id == "esprit.test-every-kind");
    CHECK(metadata.version == "1.0.0");
    CHECK(metadata.title == "Every kind of question");
    CHECK(metadata.language == "en");
    CHECK(metadata.description == "A test pack with every scenario kind and every question type.");
    CHECK(metadata.authors == std::vector<std::string>{"Esprit tests"});
    CHECK(metadata.licence == "CC0-1.0");
    CHECK(metadata.min_age == 12);
    CHECK(metadata.max_age == 0);
    CHECK(pack.scenarios.size() == 6);
    CHECK(pack.questions.size() == 10);
  }

  SUBCASE("a social-media post") {
    const auto* scenario = pack.findScenario("post");
    REQUIRE(scenario != nullptr);
    const auto* post = std::get_if<PostScenario>(&scenario->content);
    REQUIRE(post != nullptr);
    CHECK(post->platform == "Chirper");
    CHECK(post->author.name == "Daily Wonders");
    CHECK(post->author.handle == "@daily_wonders");
    CHECK_FALSE(post->author.verified);
    CHECK(post->author.avatar.empty());
    CHECK(post->time == "3 h");
    CHECK(post->text == "You won't BELIEVE what happened next #shocking");
    CHECK(post->image.empty());
    CHECK(post->likes == 1200);
    CHECK(post->shares == 40);
    CHECK(post->comments == 7);
  }

  SUBCASE("a news article") {
    const auto* article = std::get_if<ArticleScenario>(&pack.findScenario("article")->content);
    REQUIRE(article != nullptr);
    CHECK(article->outlet == "The Riverside Courier");
    CHECK(article->address == "https://riverside-courier.example/news");
    CHECK(article->headline == "Library opens on Sundays");
    CHECK(article->lede == "From March the city library opens on Sunday afternoons.");
    CHECK(article->date == "2 March 2026");
    CHECK(article->byline == "By A. Writer");
  }

  SUBCASE("a chat thread with its forwarded and own messages") {
    const auto* chat = std::get_if<ChatScenario>(&pack.findScenario("chat")->content);
    REQUIRE(chat != nullptr);
    CHECK(chat->title == "Class 2B");
    REQUIRE(chat->messages.size() == 2);
    CHECK(chat->messages[0].from == "Sam");
    CHECK(chat->messages[0].text == "Forward this to everyone!");
    CHECK(chat->messages[0].time == "08:12");
    CHECK(chat->messages[0].forwarded);
    CHECK_FALSE(chat->messages[0].self);
    CHECK(chat->messages[1].from == "Me");
    CHECK(chat->messages[1].self);
    CHECK_FALSE(chat->messages[1].forwarded);
  }

  SUBCASE("a bar chart with a truncated axis") {
    const auto* chart = std::get_if<ChartScenario>(&pack.findScenario("chart")->content);
    REQUIRE(chart != nullptr);
    CHECK(chart->chart == ChartKind::bar);
    CHECK(chart->title == "Bikes sold");
    CHECK(chart->labels == std::vector<std::string>{"2022", "2023", "2024"});
    REQUIRE(chart->series.size() == 1);
    CHECK(chart->series[0].name == "Bikes");
    CHECK(chart->series[0].values == std::vector<double>{950, 960, 975});
    CHECK(chart->series[0].axis == ChartAxis::left);
    CHECK(chart->unit.empty());
    CHECK(chart->value_label == "bikes per year");
    CHECK(chart->source == "Invented figures");
    REQUIRE(chart->misleading.axis_from.has_value());
    CHECK(*chart->misleading.axis_from == doctest::Approx(940));
    CHECK_FALSE(chart->misleading.range.has_value());
    CHECK_FALSE(chart->misleading.dual_axis);
    CHECK_FALSE(chart->misleading.area_scaling);
  }

  SUBCASE("a picture and a quotation") {
    const auto* image = std::get_if<ImageScenario>(&pack.findScenario("image")->content);
    REQUIRE(image != nullptr);
    CHECK(image->file == "media/street.png");
    CHECK(image->alt == "A blue rectangle standing for a street");
    CHECK(image->caption == "Street flooded!");
    CHECK(image->credit == "Shared 40,000 times");
    const auto* quote = std::get_if<QuoteScenario>(&pack.findScenario("quote")->content);
    REQUIRE(quote != nullptr);
    CHECK(quote->text == "Never trust a quote without a source.");
    CHECK(quote->speaker == "Someone Famous");
    CHECK(quote->role == "writer");
    CHECK(quote->context == "Shared on a motivation page");
    CHECK(quote->date.empty());
  }

  SUBCASE("a single-choice question, its answer counted from 0 and its source") {
    const auto* question = pack.findQuestion("q-single");
    REQUIRE(question != nullptr);
    CHECK(question->type == QuestionType::single_choice);
    CHECK(question->scenario_id == "post");
    CHECK(question->prompt == "What is the best first step?");
    CHECK(question->options ==
          std::vector<std::string>{"Count the likes", "Search what others say", "Share it"});
    CHECK(question->correct_option == 1);  // "answer": 2 in the file
    CHECK(question->explanation == "Likes do not make a post true.");
    CHECK(question->techniques == std::vector<std::string>{"clickbait"});
    CHECK(question->difficulty == Difficulty::easy);
    CHECK_FALSE(question->asks_confidence);
    CHECK(question->form.empty());
    const auto& source = onlySource(*question);
    CHECK(source.title == "A test source");
    CHECK(source.publisher == "Esprit tests");
    CHECK(source.year == 2026);
    CHECK(source.url == "https://example.org/a");
    CHECK(pack.findQuestion("q-quote")->correct_option == 0);
    CHECK(pack.findQuestion("q-post-2")->correct_option == 0);
  }

  SUBCASE("real-or-fake questions with their wording and confidence") {
    const auto* real = pack.findQuestion("q-real");
    REQUIRE(real != nullptr);
    CHECK(real->type == QuestionType::true_false);
    CHECK(real->is_real);
    CHECK(real->wording == BinaryWording::real_fake);
    CHECK(real->asks_confidence);
    CHECK(real->difficulty == Difficulty::medium);
    CHECK(real->options.empty());
    const auto* fake = pack.findQuestion("q-fake");
    REQUIRE(fake != nullptr);
    CHECK_FALSE(fake->is_real);
    CHECK(fake->wording == BinaryWording::reliable_unreliable);
    CHECK_FALSE(fake->asks_confidence);
    CHECK(onlySource(*fake).url == "https://example.org/c");
  }

  SUBCASE("a select-all question and an ordering question") {
    const auto* multiple = pack.findQuestion("q-multiple");
    REQUIRE(multiple != nullptr);
    CHECK(multiple->type == QuestionType::multiple_choice);
    CHECK(multiple->options.size() == 3);
    CHECK(multiple->correct_options == std::vector<std::size_t>{0, 1});  // [1, 2] in the file
    CHECK(multiple->techniques == std::vector<std::string>{"emotional-language"});
    const auto* ordering = pack.findQuestion("q-order");
    REQUIRE(ordering != nullptr);
    CHECK(ordering->type == QuestionType::ordering);
    CHECK(ordering->scenario_id.empty());
    CHECK(ordering->options == std::vector<std::string>{"Ask a question", "Make a hypothesis",
                                                        "Test it", "Share the results"});
    CHECK(ordering->difficulty == Difficulty::hard);
  }

  SUBCASE("hotspots on the named parts of a chart and on a rectangle of a picture") {
    const auto* parts = pack.findQuestion("q-axis");
    REQUIRE(parts != nullptr);
    CHECK(parts->type == QuestionType::hotspot);
    CHECK(parts->scenario_id == "chart");
    REQUIRE(parts->regions.size() == 2);
    CHECK(parts->regions[0].id == "axis");
    CHECK(parts->regions[0].part == "axis");
    CHECK(parts->regions[0].label == "the value axis");
    CHECK_FALSE(parts->regions[0].isRectangle());
    CHECK(parts->regions[1].id == "title");
    CHECK(parts->regions[1].label.empty());
    CHECK(parts->correct_regions == std::vector<std::string>{"axis"});

    const auto* rectangle = pack.findQuestion("q-picture");
    REQUIRE(rectangle != nullptr);
    CHECK(rectangle->scenario_id == "image");
    REQUIRE(rectangle->regions.size() == 1);
    const auto& corner = rectangle->regions[0];
    CHECK(corner.id == "corner");
    CHECK(corner.isRectangle());
    CHECK(corner.x == doctest::Approx(0.6));
    CHECK(corner.y == doctest::Approx(0.5));
    CHECK(corner.width == doctest::Approx(0.3));
    CHECK(corner.height == doctest::Approx(0.4));
    CHECK(corner.label == "the corner");
    CHECK(rectangle->correct_regions == std::vector<std::string>{"corner"});
    CHECK(rectangle->techniques == std::vector<std::string>{"manipulated-media"});
  }
}

TEST_CASE("every misleading option of a chart lands in the pack") {
  const auto result = loadPack(kValidPacks / "misleading-charts", shippedTaxonomy());
  INFO(describeProblems(result.problems));
  CHECK(result.problems.empty());
  REQUIRE(result.usable());
  const Pack& pack = *result.pack;
  CHECK(pack.metadata.language == "fr-BE");
  CHECK(pack.metadata.version == "2.1.0");
  CHECK(pack.metadata.authors == std::vector<std::string>{"Esprit tests", "A second author"});
  CHECK(pack.metadata.min_age == 10);
  CHECK(pack.metadata.max_age == 99);

  const auto* lines = std::get_if<ChartScenario>(&pack.findScenario("chart-ice-cream")->content);
  REQUIRE(lines != nullptr);
  CHECK(lines->chart == ChartKind::line);
  REQUIRE(lines->series.size() == 2);
  CHECK(lines->series[0].axis == ChartAxis::left);
  CHECK(lines->series[1].axis == ChartAxis::right);
  CHECK(lines->series[1].values == std::vector<double>{3.5, 8, 12.25, 13});
  CHECK(lines->misleading.dual_axis);
  CHECK_FALSE(lines->misleading.area_scaling);
  CHECK_FALSE(lines->misleading.axis_from.has_value());
  CHECK_FALSE(lines->misleading.range.has_value());

  const auto* bars = std::get_if<ChartScenario>(&pack.findScenario("chart-rainfall")->content);
  REQUIRE(bars != nullptr);
  CHECK(bars->chart == ChartKind::bar);
  CHECK(bars->unit == "mm");
  REQUIRE(bars->misleading.range.has_value());
  CHECK(bars->misleading.range->first == 1);
  CHECK(bars->misleading.range->second == 4);
  CHECK(bars->misleading.area_scaling);
  CHECK_FALSE(bars->misleading.dual_axis);
  REQUIRE(bars->misleading.axis_from.has_value());
  CHECK(*bars->misleading.axis_from == doctest::Approx(0));

  const auto* ice_cream = pack.findQuestion("q-ice-cream");
  REQUIRE(ice_cream != nullptr);
  CHECK(ice_cream->form == "A");
  CHECK(ice_cream->techniques ==
        std::vector<std::string>{"correlation-causation", "misleading-chart"});
  CHECK(onlySource(*ice_cream).year == 0);
  CHECK(onlySource(*ice_cream).url.empty());
  const auto* rainfall = pack.findQuestion("q-rainfall");
  REQUIRE(rainfall != nullptr);
  CHECK(rainfall->form == "B");
  CHECK(rainfall->wording == BinaryWording::true_false);
  CHECK(onlySource(*rainfall).url == "http://example.org/range");
}

TEST_CASE("a pack given as its pack.json file loads like its folder") {
  const auto folder = kValidPacks / "every-kind";
  const auto from_folder = loadPack(folder, shippedTaxonomy());
  const auto from_file = loadPack(folder / "pack.json", shippedTaxonomy());
  CHECK(from_file.path == folder / "pack.json");
  INFO(describeProblems(from_file.problems));
  CHECK(from_file.problems.empty());
  REQUIRE(from_file.usable());
  REQUIRE(from_folder.usable());
  CHECK(from_file.pack->folder == folder);
  CHECK(from_file.pack->metadata.id == from_folder.pack->metadata.id);
  CHECK(from_file.pack->scenarios.size() == from_folder.pack->scenarios.size());
  REQUIRE(from_file.pack->questions.size() == from_folder.pack->questions.size());
  for (std::size_t index = 0; index < from_file.pack->questions.size(); ++index) {
    CHECK(from_file.pack->questions[index].id == from_folder.pack->questions[index].id);
  }

  // Problems name the same file both ways, so a teacher finds the same line.
  const auto broken = kBrokenPacks / "40-single-answer-too-big";
  const auto broken_folder = loadPack(broken, shippedTaxonomy());
  const auto broken_file = loadPack(broken / "pack.json", shippedTaxonomy());
  REQUIRE(broken_folder.problems.size() == broken_file.problems.size());
  for (std::size_t index = 0; index < broken_file.problems.size(); ++index) {
    CHECK(formatProblem(broken_file.problems[index]) ==
          formatProblem(broken_folder.problems[index]));
  }
}

TEST_CASE("a folder without pack.json is reported, not skipped in silence") {
  const auto result = loadPack(kValidPacks, shippedTaxonomy());
  CHECK_FALSE(result.usable());
  REQUIRE(result.problems.size() == 1);
  CHECK(result.problems[0].message.find("has no pack.json") != std::string::npos);
}

TEST_CASE("text loaded from memory without a folder skips the media checks") {
  const auto text = replaceOnce(readFile(kValidPacks / "every-kind" / "pack.json"),
                                "\"media/street.png\"", "\"media/not-drawn-yet.png\"");
  const auto in_memory = loadPackFromText(text, "draft.json", {}, shippedTaxonomy());
  INFO(describeProblems(in_memory.problems));
  CHECK(in_memory.problems.empty());
  REQUIRE(in_memory.usable());
  CHECK(in_memory.pack->folder.empty());
  CHECK(std::get<ImageScenario>(in_memory.pack->findScenario("image")->content).file ==
        "media/not-drawn-yet.png");

  // The same text against the pack's folder finds the picture missing.
  const auto on_disk =
      loadPackFromText(text, "draft.json", kValidPacks / "every-kind", shippedTaxonomy());
  CHECK_FALSE(on_disk.usable());
  const auto* missing =
      findProblem(on_disk.problems, "/scenarios/4/file", "is not in the pack folder");
  REQUIRE(missing != nullptr);
  CHECK(missing->file == "draft.json");

  // Without a folder the shape of a path is still checked: it never leaves the pack.
  const auto escaping =
      loadPackFromText(replaceOnce(text, "\"media/not-drawn-yet.png\"", "\"../../secret.png\""),
                       "draft.json", {}, shippedTaxonomy());
  CHECK_FALSE(escaping.usable());
  CHECK(findProblem(escaping.problems, "/scenarios/4/file", "leaves the pack folder") != nullptr);
}

TEST_CASE("a pack with two mistakes reports both, not just the first") {
  auto text = readFile(kValidPacks / "every-kind" / "pack.json");
  text = replaceOnce(text, "\"answer\": 2,", "\"answer\": 7,");
  text = replaceOnce(text, "\"type\": \"ordering\"", "\"type\": \"orderin\"");
  const auto result =
      loadPackFromText(text, "two-mistakes.json", kValidPacks / "every-kind", shippedTaxonomy());
  INFO(describeProblems(result.problems));
  CHECK_FALSE(result.usable());
  CHECK(countProblems(result.problems, Severity::error) == 2);
  CHECK(findProblem(result.problems, "/questions/0/answer", "correct answer 7 does not exist") !=
        nullptr);
  CHECK(findProblem(result.problems, "/questions/4/type", "Did you mean \"ordering\"?") != nullptr);
}

TEST_CASE("problems come sorted by line and column, as a teacher reads the file") {
  // The unused scenario is found after all questions are read, but it stands
  // above them in the file, so it must be listed first.
  auto text = readFile(kValidPacks / "every-kind" / "pack.json");
  text = replaceOnce(text, "\"answer\": 2,", "\"answer\": 7,");
  text = replaceOnce(text, "\"answer\": [1, 2]", "\"answer\": [1, 9]");
  text = replaceOnce(text,
                     "\"speaker\": \"Someone Famous\", \"role\": \"writer\", \"context\": \"Shared "
                     "on a motivation page\" }",
                     "\"speaker\": \"Someone Famous\", \"role\": \"writer\", \"context\": \"Shared "
                     "on a motivation page\" },\n"
                     "    { \"id\": \"unused\", \"kind\": \"quote\", \"text\": \"Nobody reads "
                     "me.\", \"speaker\": \"No one\" }");
  const auto result =
      loadPackFromText(text, "unsorted.json", kValidPacks / "every-kind", shippedTaxonomy());
  INFO(describeProblems(result.problems));
  REQUIRE(result.problems.size() == 3);
  CHECK(result.problems[0].pointer == "/scenarios/6");
  CHECK(result.problems[1].pointer == "/questions/0/answer");
  CHECK(result.problems[2].pointer == "/questions/3/answer/1");
  CHECK(std::is_sorted(result.problems.begin(), result.problems.end(),
                       [](const Problem& a, const Problem& b) {
                         return std::tie(a.line, a.column) < std::tie(b.line, b.column);
                       }));
}

TEST_CASE("a pack bigger than the file limit is refused before it is parsed") {
  PackLimits limits;
  limits.max_file_bytes = 1000;
  // The pack's JSON is broken too: only the size may be reported, since the
  // loader must not read an oversized file at all.
  const auto folder = kBrokenPacks / "01-missing-comma";
  REQUIRE(std::filesystem::file_size(folder / "pack.json") > limits.max_file_bytes);
  const auto result = loadPack(folder, shippedTaxonomy(), limits);
  CHECK_FALSE(result.usable());
  REQUIRE(result.problems.size() == 1);
  const auto& problem = result.problems[0];
  CHECK(problem.severity == Severity::error);
  CHECK(problem.line == 0);
  CHECK(problem.pointer.empty());
  CHECK(problem.message.find("Split it into several packs") != std::string::npos);
  CHECK_MESSAGE(problem.message.find(" 0 MiB") == std::string::npos,
                "a limit below 1 MiB must not be shown as 0 MiB: " << problem.message);

  const auto in_memory =
      loadPackFromText(readFile(folder / "pack.json"), "big.json", {}, shippedTaxonomy(), limits);
  CHECK_FALSE(in_memory.usable());
  REQUIRE(in_memory.problems.size() == 1);
  CHECK(in_memory.problems[0].line == 0);
  CHECK(in_memory.problems[0].message.find("Split it into several packs") != std::string::npos);
}

TEST_CASE("a pack one byte over the file limit does not read as the size of the limit") {
  PackLimits limits;
  limits.max_file_bytes = 1024 * 1024;
  std::string text = readFile(kValidPacks / "every-kind" / "pack.json");
  text.append(limits.max_file_bytes + 1 - text.size(), ' ');
  const auto result = loadPackFromText(text, "big.json", {}, shippedTaxonomy(), limits);
  CHECK_FALSE(result.usable());
  REQUIRE(result.problems.size() == 1);
  const auto& message = result.problems[0].message;
  CHECK(message.find("at most 1 MiB") != std::string::npos);
  for (const char* same_as_the_limit :
       {"the file is 1 MiB", "the file is 1.0 MiB", "the file is 1.00 MiB"}) {
    CHECK_MESSAGE(message.find(same_as_the_limit) == std::string::npos,
                  "the size must show that the file is over the limit: " << message);
  }
}

TEST_CASE("a media file bigger than the media limit is refused") {
  PackLimits limits;
  limits.max_media_bytes = 16;
  const auto folder = kValidPacks / "every-kind";
  REQUIRE(std::filesystem::file_size(folder / "media" / "street.png") > limits.max_media_bytes);
  const auto result = loadPack(folder, shippedTaxonomy(), limits);
  INFO(describeProblems(result.problems));
  CHECK_FALSE(result.usable());
  REQUIRE(result.problems.size() == 1);
  const auto& problem = result.problems[0];
  CHECK(problem.pointer == "/scenarios/4/file");
  CHECK(problem.message.find("the file \"media/street.png\" is larger than the limit") !=
        std::string::npos);
  CHECK_MESSAGE(problem.message.find(" 0 MiB") == std::string::npos,
                "a limit below 1 MiB must not be shown as 0 MiB: " << problem.message);
  const auto text = readFile(folder / "pack.json");
  const auto offset = text.find("\"media/street.png\"");
  CHECK(problem.line ==
        1 + std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
}

TEST_CASE("a pack saved with a byte-order mark loads, and its columns ignore the mark") {
  const auto folder = kValidPacks / "bom";
  const auto text = readFile(folder / "pack.json");
  REQUIRE(text.rfind("\xEF\xBB\xBF{", 0) == 0);
  const auto result = loadPack(folder, shippedTaxonomy());
  INFO(describeProblems(result.problems));
  CHECK(result.problems.empty());
  REQUIRE(result.usable());
  CHECK(result.pack->metadata.id == "esprit.test-bom");
  CHECK(result.pack->metadata.title == "Saved with a byte-order mark");
  CHECK(result.pack->questions.size() == 2);
  const auto* quote = std::get_if<QuoteScenario>(&result.pack->findScenario("quote-cafe")->content);
  REQUIRE(quote != nullptr);
  CHECK(quote->speaker ==
        "Dr Ren\xC3\xA9"
        "e Lef\xC3\xA8vre");

  // A mistake on the first line is at the column an editor shows: the mark is
  // invisible there. `{ "esprit_pack": 9` puts the 9 in column 18.
  const auto newer = loadPackFromText(replaceOnce(text, "\"esprit_pack\": 1", "\"esprit_pack\": 9"),
                                      "bom.json", folder, shippedTaxonomy());
  REQUIRE(newer.problems.size() == 1);
  CHECK(newer.problems[0].pointer == "/esprit_pack");
  CHECK(newer.problems[0].line == 1);
  CHECK(newer.problems[0].column == 18);
  // Later lines hold no mark and must not be shifted either.
  const auto later =
      loadPackFromText(replaceOnce(text, "\"licence\": \"CC0-1.0\"", "\"licence\": 4"), "bom.json",
                       folder, shippedTaxonomy());
  REQUIRE(later.problems.size() == 1);
  CHECK(later.problems[0].line == 4);
  CHECK(later.problems[0].column == 14);
}

TEST_CASE("every pack shipped in questions/ loads with no error and no warning") {
  const auto results = loadPackDirectory(ESPRIT_SOURCE_ROOT "/questions", shippedTaxonomy());
  REQUIRE_FALSE(results.empty());
  for (const auto& result : results) {
    CAPTURE(result.path.string());
    INFO(describeProblems(result.problems));
    CHECK(result.usable());
    CHECK(result.problems.empty());
  }
}

TEST_CASE("a picture too big in pixels is refused by the validator, so a valid pack always draws") {
  // A real PNG header that says 9000 × 9000 pixels: a few bytes that would
  // decode into 300 MB.
  const auto root = std::filesystem::temp_directory_path() / "esprit-huge-picture";
  std::filesystem::remove_all(root);
  std::filesystem::copy(kValidPacks / "every-kind", root, std::filesystem::copy_options::recursive);
  std::string png("\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR", 16);
  for (const int shift : {24, 16, 8, 0, 24, 16, 8, 0}) png += static_cast<char>((9000 >> shift) & 0xFF);
  png += std::string("\x08\x02\x00\x00\x00", 5);
  {
    std::ofstream out(root / "media" / "street.png", std::ios::binary | std::ios::trunc);
    out << png;
  }
  const auto result = loadPack(root, shippedTaxonomy());
  INFO(describeProblems(result.problems));
  CHECK_FALSE(result.usable());
  REQUIRE(result.problems.size() == 1);
  CHECK(result.problems[0].pointer == "/scenarios/4/file");
  CHECK(result.problems[0].message.find("is 9000 × 9000 pixels") != std::string::npos);
  CHECK(result.problems[0].message.find("at most 8192 pixels on a side") != std::string::npos);
  std::filesystem::remove_all(root);
}
