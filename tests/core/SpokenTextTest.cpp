// Read-aloud text: every scenario kind is spoken from its fields, and a
// question is spoken with its options and their numbers, in both languages.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/SpokenText.hpp"

#include <doctest/doctest.h>

#include <filesystem>

using namespace esprit;

namespace {

Translations words(const char* language) {
  return Translations::load(std::filesystem::path(ESPRIT_SOURCE_ROOT) / "assets" / "i18n",
                            language);
}

bool says(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

}  // namespace

TEST_CASE("a post is read with its network, author, handle, text, picture and counts") {
  PostScenario post;
  post.platform = "Chirper";
  post.author = {"Daily Facts", "@dailyfacts", true, ""};
  post.time = "3 h";
  post.text = "Drinking coffee cures colds";
  post.image = "cup.png";
  post.image_alt = "A steaming cup of coffee";
  post.likes = 1200;
  post.shares = 45;
  post.comments = 7;
  const auto text = spokenScenario(Scenario{"s", post}, words("en"));
  CHECK(says(text, "A post on Chirper by Daily Facts."));
  CHECK(says(text, "Account @dailyfacts."));
  CHECK(says(text, "verified"));
  CHECK(says(text, "Drinking coffee cures colds."));
  CHECK(says(text, "Picture: A steaming cup of coffee."));
  CHECK(says(text, "1200 likes, 45 shares, 7 comments."));
}

TEST_CASE("an article is read with its outlet, address, headline and lede") {
  ArticleScenario article;
  article.outlet = "The Courier";
  article.address = "thecourier.example/health";
  article.headline = "New study on sleep";
  article.lede = "Researchers followed 2,000 pupils.";
  article.byline = "Ana Silva";
  article.date = "4 May 2024";
  const auto text = spokenScenario(Scenario{"s", article}, words("en"));
  CHECK(says(text, "An article from The Courier."));
  CHECK(says(text, "Web address: thecourier.example/health."));
  CHECK(says(text, "Headline: New study on sleep."));
  CHECK(says(text, "Researchers followed 2,000 pupils."));
  CHECK(says(text, "Ana Silva"));
}

TEST_CASE("a chat is read message by message, with who wrote each and the forwarded mark") {
  ChatScenario chat;
  chat.title = "Class 3B";
  chat.messages = {{"Lea", "Did you see this?", "18:02", false, true},
                   {"Me", "Where is it from", "18:03", true, false}};
  const auto en = spokenScenario(Scenario{"s", chat}, words("en"));
  CHECK(says(en, "A chat: Class 3B."));
  CHECK(says(en, "Forwarded message. Lea, at 18:02: Did you see this?"));
  CHECK(says(en, "You, at 18:03: Where is it from."));
  const auto fr = spokenScenario(Scenario{"s", chat}, words("fr"));
  CHECK(says(fr, "Une conversation : Class 3B."));
  CHECK(says(fr, "Toi, à 18:03 : Where is it from."));
}

TEST_CASE("a chart is read with its title, what its axis shows, and only the values drawn") {
  ChartScenario chart;
  chart.chart = ChartKind::bar;
  chart.title = "Bike sales";
  chart.labels = {"2019", "2020", "2021", "2022"};
  chart.series = {{"Bikes", {10.5, 12, 13.25, 30}, ChartAxis::left}};
  chart.unit = "k";
  chart.misleading.axis_from = 9.5;
  chart.misleading.range = std::make_pair(std::size_t{1}, std::size_t{2});
  const auto en = spokenScenario(Scenario{"s", chart}, words("en"));
  CHECK(says(en, "A bar chart: Bike sales."));
  CHECK(says(en, "The value axis starts at 9.5."));
  CHECK(says(en, "Bikes: 2020: 12 k; 2021: 13.25 k."));
  // Labels the chart leaves out are not read either.
  CHECK_FALSE(says(en, "2019"));
  CHECK_FALSE(says(en, "30"));
  const auto fr = spokenScenario(Scenario{"s", chart}, words("fr"));
  CHECK(says(fr, "13,25 k"));
}

TEST_CASE("a picture is read from its description, caption and credit") {
  ImageScenario image{"flood.jpg", "A street under water", "Brussels, yesterday", "Photo: AP"};
  const auto text = spokenScenario(Scenario{"s", image}, words("en"));
  CHECK(says(text, "Picture: A street under water."));
  CHECK(says(text, "Caption: Brussels, yesterday."));
  CHECK(says(text, "Credit: Photo: AP."));
}

TEST_CASE("a quote is read with who said it") {
  QuoteScenario quote{"We only use 10 % of our brain", "A. Einstein", "physicist", "", "", ""};
  const auto text = spokenScenario(Scenario{"s", quote}, words("en"));
  CHECK(says(text, "A quote: We only use 10 % of our brain."));
  CHECK(says(text, "Said by A. Einstein, physicist."));
}

TEST_CASE("a question is read with its number, prompt, scenario and numbered options as shown") {
  Question question;
  question.type = QuestionType::single_choice;
  question.prompt = "Which detail gives it away?";
  question.options = {"The date", "The handle", "The picture"};
  ImageScenario image{"x.png", "A cat", "", ""};
  const Scenario scenario{"s", image};
  SpokenQuestionParts parts;
  parts.number = 2;
  parts.total = 8;
  parts.shown_order = {2, 0, 1};
  const auto text = spokenQuestion(question, &scenario, parts, words("en"));
  CHECK(text.starts_with("Question 2 of 8. Which detail gives it away? Picture: A cat."));
  CHECK(says(text, "1: The picture. 2: The date. 3: The handle."));
}

TEST_CASE("a real-or-fake question is read with its two numbered buttons and the confidence step") {
  Question question;
  question.type = QuestionType::true_false;
  question.wording = BinaryWording::reliable_unreliable;
  question.prompt = "Is this source reliable?";
  SpokenQuestionParts parts;
  parts.asks_confidence = true;
  const auto text = spokenQuestion(question, nullptr, parts, words("fr"));
  CHECK(says(text, "1 : Fiable. 2 : Pas fiable."));
  CHECK(says(text, "Puis dis à quel point tu en es sûr."));
}

TEST_CASE("a hotspot question reads the parts to choose from, by number") {
  Question question;
  question.type = QuestionType::hotspot;
  question.prompt = "Tap what is suspicious.";
  question.regions = {{"a", "handle", 0, 0, 0, 0, "the handle"}, {"b", "text", 0, 0, 0, 0, ""}};
  const auto text = spokenQuestion(question, nullptr, {}, words("en"));
  CHECK(says(text, "1: the handle. 2: text."));
}
