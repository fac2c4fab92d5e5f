// The pack writer against the real loader: every field of every scenario
// kind and question type survives write -> load, and so do the shipped packs.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportTestHelpers.hpp"
#include "LoaderSupport.hpp"
#include "PackComparison.hpp"
#include "core/interchange/PackWriter.hpp"

#include <doctest/doctest.h>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

using namespace esprit;
using namespace esprit::interchange;
using esprit::testing::checkPacksEqual;
using esprit::testing::describeProblems;
using esprit::testing::loadText;

namespace {

Source makeSource(std::string title, int year) {
  return Source{std::move(title), "Invented Publisher", year,
                "https://example.org/" + std::to_string(year)};
}

// A pack that sets every field the format has, none at its default.
Pack makeCompletePack() {
  Pack pack;
  pack.metadata = {"test.complete-pack",
                   "2.1.0",
                   "Every field",
                   "fr-BE",
                   "Un paquet qui utilise tout : « guillemets », émojis 🙂 et \"quotes\".",
                   {"Ms Janssens, 2B", "Mr Peeters"},
                   "CC-BY-SA-4.0",
                   12,
                   15};

  PostScenario post;
  post.platform = "Chirper";
  post.author = {"Natural Health Today", "@natural_health_2day", true, ""};
  post.time = "3 h";
  post.text = "Doctors HATE this!\nLine two #health https://nat-health.example/lemon";
  post.likes = 15300;
  post.shares = 4200;
  post.comments = 830;
  pack.scenarios.push_back({"post-lemon", post});

  ArticleScenario article{"The Riverside Courier",
                          "https://riverside.example/a",
                          "Phones out",
                          "Three schools will trial it.",
                          "14 November 2026",
                          "By Amina Diallo",
                          "",
                          ""};
  pack.scenarios.push_back({"article-phones", article});

  ChatScenario chat;
  chat.title = "Family ❤";
  chat.messages = {{"Uncle Marc", "Forward this!!", "08:12", false, true},
                   {"Me", "Where does it come from?", "08:15", true, false}};
  pack.scenarios.push_back({"chat-family", chat});

  ChartScenario chart;
  chart.chart = ChartKind::bar;
  chart.title = "Thefts";
  chart.labels = {"2021", "2022", "2023", "2024"};
  chart.series = {{"Thefts", {912, 931.5, 925, 940}, ChartAxis::left},
                  {"Ice creams", {1, 2, 3, 4.25}, ChartAxis::right}};
  chart.unit = "%";
  chart.value_label = "reports per year";
  chart.source = "Invented figures";
  chart.misleading.axis_from = 0.5;
  chart.misleading.range = std::pair<std::size_t, std::size_t>{1, 3};
  chart.misleading.dual_axis = true;
  chart.misleading.area_scaling = true;
  pack.scenarios.push_back({"chart-thefts", chart});

  pack.scenarios.push_back(
      {"image-flood", ImageScenario{"media/flood.png", "A flooded street", "Shark in the street!",
                                    "Shared 40,000 times"}});
  pack.scenarios.push_back(
      {"quote-einstein", QuoteScenario{"Insanity is...", "Albert Einstein", "physicist",
                                       "No source given", "1981", "media/einstein.png"}});

  Question single;
  single.id = "q-single";
  single.type = QuestionType::single_choice;
  single.scenario_id = "post-lemon";
  single.prompt = "What is the best first step?";
  single.options = {"Count its likes", "Look it up", "Ask the account"};
  single.correct_option = 1;
  single.explanation = "Likes show popularity.";
  single.techniques = {"lateral-reading", "fake-experts"};
  single.difficulty = Difficulty::easy;
  single.sources = {makeSource("Flu facts", 2023), Source{"Only a title", "", 0, ""}};
  single.form = "A";
  pack.questions.push_back(single);

  Question binary;
  binary.id = "q-binary";
  binary.type = QuestionType::true_false;
  binary.scenario_id = "article-phones";
  binary.prompt = "Real or fake?";
  binary.is_real = true;
  binary.wording = BinaryWording::reliable_unreliable;
  binary.asks_confidence = true;
  binary.explanation = "It is real.";
  binary.techniques = {"source-check"};
  binary.difficulty = Difficulty::hard;
  binary.sources = {makeSource("Courier", 2026)};
  binary.form = "B";
  pack.questions.push_back(binary);

  Question fake = binary;
  fake.id = "q-fake";
  fake.is_real = false;
  fake.wording = BinaryWording::true_false;
  fake.asks_confidence = false;
  fake.difficulty = Difficulty::medium;
  pack.questions.push_back(fake);

  Question multiple;
  multiple.id = "q-multiple";
  multiple.type = QuestionType::multiple_choice;
  multiple.scenario_id = "chat-family";
  multiple.prompt = "Select all the red flags.";
  multiple.options = {"Forward this", "Two exclamation marks", "It is from family",
                      "It has a time"};
  multiple.correct_options = {0, 1};
  multiple.explanation = "Urgency is a red flag.";
  multiple.sources = {makeSource("Chain messages", 2020)};
  pack.questions.push_back(multiple);

  Question ordering;
  ordering.id = "q-ordering";
  ordering.type = QuestionType::ordering;
  ordering.prompt = "Put the steps in order.";
  ordering.options = {"Ask", "Hypothesise", "Test", "Analyse", "Share"};
  ordering.explanation = "The method.";
  ordering.techniques = {"hypothesis"};
  ordering.sources = {makeSource("Method", 2019)};
  pack.questions.push_back(ordering);

  Question parts;
  parts.id = "q-hotspot-parts";
  parts.type = QuestionType::hotspot;
  parts.scenario_id = "chart-thefts";
  parts.prompt = "Tap what misleads.";
  parts.regions = {{"axis", "axis", 0, 0, 0, 0, "the value axis"},
                   {"title", "title", 0, 0, 0, 0, ""}};
  parts.correct_regions = {"axis"};
  parts.explanation = "The axis starts at 900.";
  parts.sources = {makeSource("Charts", 2021)};
  pack.questions.push_back(parts);

  Question rectangles;
  rectangles.id = "q-hotspot-image";
  rectangles.type = QuestionType::hotspot;
  rectangles.scenario_id = "image-flood";
  rectangles.prompt = "Tap the fake part.";
  rectangles.regions = {{"fin", "", 0.55f, 0.4f, 0.15f, 0.2f, "the shark fin"},
                        {"car", "", 0.1f, 0.6f, 0.3f, 0.3f, "the car"}};
  rectangles.correct_regions = {"fin", "car"};
  rectangles.explanation = "The fin was pasted in.";
  rectangles.sources = {makeSource("Storm hoaxes", 2018)};
  pack.questions.push_back(rectangles);

  Question quote_question = single;
  quote_question.id = "q-quote";
  quote_question.scenario_id = "quote-einstein";
  quote_question.form = "";
  quote_question.correct_option = 2;
  pack.questions.push_back(quote_question);
  return pack;
}

std::string readFile(const std::filesystem::path& path) {
  std::ifstream stream(path, std::ios::binary);
  std::ostringstream contents;
  contents << stream.rdbuf();
  return contents.str();
}

}  // namespace

TEST_CASE("a pack using every field loads back equal after writing") {
  const Pack pack = makeCompletePack();
  const std::string text = writePackText(pack);
  const PackLoadResult loaded = loadText(text);
  INFO(describeProblems(loaded.problems));
  INFO(text);
  REQUIRE(loaded.usable());
  for (const Problem& problem : loaded.problems) {
    // The writer never produces a field the loader does not know.
    CHECK(problem.message.find("does not know") == std::string::npos);
  }
  checkPacksEqual(pack, *loaded.pack);
}

TEST_CASE("writing a loaded pack again gives the same text") {
  const std::string text = writePackText(makeCompletePack());
  const PackLoadResult loaded = loadText(text);
  REQUIRE(loaded.usable());
  CHECK(writePackText(*loaded.pack) == text);
}

TEST_CASE("pack.json is written in the documented key order with two-space indent") {
  const std::string text = writePackText(makeCompletePack());
  CHECK(
      text.starts_with("{\n  \"esprit_pack\": 1,\n  \"id\": \"test.complete-pack\",\n"
                       "  \"version\": \"2.1.0\",\n  \"title\": \"Every field\",\n"));
  CHECK(text.ends_with("}\n"));
  CHECK(text.find("\"language\"") < text.find("\"scenarios\""));
  CHECK(text.find("\"scenarios\"") < text.find("\"questions\""));
  // Options are counted from 1 and text stays UTF-8, not \u escapes.
  CHECK(text.find("\"answer\": 2,") != std::string::npos);
  CHECK(text.find("« guillemets », émojis 🙂") != std::string::npos);
  // Floats keep the digits the teacher typed.
  CHECK(text.find("\"x\": 0.55,") != std::string::npos);
  CHECK(text.find("931.5") != std::string::npos);
  CHECK(text.find("912.0") == std::string::npos);
}

TEST_CASE("defaults and empty optional fields are left out of pack.json") {
  Pack pack;
  pack.metadata = {"test.small", "1.0.0", "Small", "en", "", {}, "", 0, 0};
  Question question;
  question.id = "q";
  question.type = QuestionType::single_choice;
  question.prompt = "?";
  question.options = {"a", "b"};
  pack.questions.push_back(question);
  const auto json = nlohmann::json::parse(writePackText(pack));
  CHECK_FALSE(json.contains("description"));
  CHECK_FALSE(json.contains("authors"));
  CHECK_FALSE(json.contains("scenarios"));
  CHECK_FALSE(json.contains("min_age"));
  CHECK(json["questions"][0].size() == 5);  // id, type, prompt, options, answer
  CHECK(json["questions"][0]["answer"] == 1);
}

TEST_CASE("every shipped pack loads back equal after writing") {
  const std::filesystem::path shipped = esprit::testing::sourceRoot() / "questions";
  std::size_t packs = 0;
  for (const auto& entry : std::filesystem::directory_iterator(shipped)) {
    const std::filesystem::path file = entry.path() / "pack.json";
    if (!std::filesystem::exists(file)) continue;
    INFO(file.string());
    const PackLoadResult original = loadText(readFile(file), entry.path());
    if (!original.usable()) continue;  // a pack being written right now
    ++packs;
    const std::string text = writePackText(*original.pack);
    const PackLoadResult again = loadText(text, entry.path());
    INFO(describeProblems(again.problems));
    REQUIRE(again.usable());
    CHECK(again.problems.size() <= original.problems.size());
    checkPacksEqual(*original.pack, *again.pack);
  }
  CHECK(packs > 0);
}

TEST_CASE("saving a pack replaces pack.json atomically and leaves no temporary file") {
  const std::filesystem::path folder =
      std::filesystem::temp_directory_path() / ("esprit-writer-test-" + std::to_string(::getpid()));
  std::filesystem::remove_all(folder);
  const Pack pack = makeCompletePack();
  REQUIRE(savePack(pack, folder).ok());
  Pack changed = pack;
  changed.metadata.title = "Changed";
  REQUIRE(savePack(changed, folder).ok());
  CHECK(readFile(folder / "pack.json") == writePackText(changed));
  std::size_t files = 0;
  for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(folder)) ++files;
  CHECK(files == 1);
  std::filesystem::remove_all(folder);
}

TEST_CASE("saving into a folder that cannot be made is reported, not thrown") {
  const Status saved = savePack(makeCompletePack(), "/proc/esprit-cannot-be-here");
  REQUIRE_FALSE(saved.ok());
  CHECK(saved.error().message.find("/proc/esprit-cannot-be-here") != std::string::npos);
}
