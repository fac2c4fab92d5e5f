// Every kind of scenario: measured height is the drawn height, every named
// part is on the card, hotspot regions map to the screen, nothing crashes.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExampleScenarios.hpp"
#include "TestFonts.hpp"
#include "ui/scenario/MediaCache.hpp"
#include "ui/scenario/ScenarioPicture.hpp"
#include "ui/scenario/ScenarioRenderer.hpp"
#include "ui/scenario/TextLayout.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <limits>
#include <random>

using namespace esprit;
using namespace esprit::ui;

namespace {

sf::RenderTexture& target() {
  static sf::RenderTexture texture;
  static bool created = texture.create(64, 64);
  REQUIRE(created);
  return texture;
}

const Scenario& example(const std::string& id) {
  static const std::vector<Scenario> scenarios = test::exampleScenarios();
  for (const auto& scenario : scenarios) {
    if (scenario.id == id) return scenario;
  }
  FAIL("no example scenario " << id);
  return scenarios.front();
}

bool contains(const sf::FloatRect& outer, const sf::FloatRect& inner) {
  constexpr float kRounding = 0.01f;
  return inner.left >= outer.left - kRounding && inner.top >= outer.top - kRounding &&
         inner.left + inner.width <= outer.left + outer.width + kRounding &&
         inner.top + inner.height <= outer.top + outer.height + kRounding;
}

const ScenarioPart* findPart(const ScenarioLayout& layout, const std::string& name) {
  for (const auto& part : layout.parts) {
    if (part.name == name) return &part;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("the measured height is exactly the drawn height, for every kind, width and text size") {
  MediaCache media(test::galleryPackFolder());
  for (const auto& scenario : test::exampleScenarios()) {
    for (float width : {180.f, 600.f, 1100.f}) {
      for (float text_size : {22.f, 33.f, 55.f}) {
        INFO(scenario.id << " at width " << width << " and text size " << text_size);
        ScenarioStyle style = test::testStyle(text_size);
        float measured = measureScenarioHeight(scenario, width, style, media);
        ScenarioLayout drawn =
            drawScenario(target(), scenario, {10, 20, width, measured}, style, media);
        CHECK(measured > 0);
        CHECK(drawn.bounds.height == measured);
        CHECK(drawn.bounds.width == width);
        CHECK(layoutScenario(scenario, {10, 20, width, measured}, style, media).parts.size() ==
              drawn.parts.size());
      }
    }
  }
}

TEST_CASE("larger text makes every scenario taller, never clipped") {
  MediaCache media(test::galleryPackFolder());
  for (const auto& scenario : test::exampleScenarios()) {
    INFO(scenario.id);
    CHECK(measureScenarioHeight(scenario, 600, test::testStyle(44), media) >
          measureScenarioHeight(scenario, 600, test::testStyle(22), media));
  }
}

TEST_CASE("every named part of every kind has bounds on the card") {
  MediaCache media(test::galleryPackFolder());
  for (const auto& scenario : test::exampleScenarios()) {
    for (float width : {200.f, 600.f, 1100.f}) {
      for (float text_size : {22.f, 44.f}) {
        ScenarioStyle style = test::testStyle(text_size);
        float height = measureScenarioHeight(scenario, width, style, media);
        sf::FloatRect area{5, 7, width, height};
        ScenarioLayout layout = drawScenario(target(), scenario, area, style, media);
        for (const auto& name : scenarioPartNames(scenario)) {
          INFO(scenario.id << " part " << name << " at width " << width << ", text " << text_size);
          const ScenarioPart* part = findPart(layout, name);
          REQUIRE(part != nullptr);
          CHECK(part->bounds.width > 0);
          CHECK(part->bounds.height > 0);
          CHECK(contains(area, part->bounds));
        }
      }
    }
  }
}

TEST_CASE("each kind offers the parts the pack format names") {
  auto names = [](const std::string& id) { return scenarioPartNames(example(id)); };
  CHECK(names("post-museum") == std::vector<std::string>{"avatar", "name", "handle", "verified",
                                                         "time", "text", "image", "counts"});
  CHECK(names("article-school-phones") == std::vector<std::string>{"outlet", "address", "headline",
                                                                   "lede", "date", "byline",
                                                                   "image"});
  CHECK(names("chat-family-5g") ==
        std::vector<std::string>{"title", "message:1", "message:2", "message:3", "message:4"});
  CHECK(names("chart-truncated") == std::vector<std::string>{"title", "axis", "bars", "source"});
  CHECK(names("chart-dual-axis") == std::vector<std::string>{"title", "axis", "line", "source"});
  CHECK(names("quote-einstein") == std::vector<std::string>{"text", "speaker", "context"});
}

TEST_CASE("a named region is found where its part was drawn") {
  MediaCache media(test::galleryPackFolder());
  ScenarioStyle style = test::testStyle();
  const Scenario& post = example("post-miracle-lemon");
  ScenarioLayout layout = drawScenario(target(), post, {0, 0, 600, 2000}, style, media);
  std::vector<HotspotRegion> regions{{"h", "handle", 0, 0, 0, 0, "the handle"},
                                     {"t", "text", 0, 0, 0, 0, "the text"},
                                     {"x", "no-such-part", 0, 0, 0, 0, "nothing"}};
  auto handle = regionBounds(layout, regions[0]);
  REQUIRE(handle);
  sf::Vector2f middle{handle->left + handle->width / 2, handle->top + handle->height / 2};
  REQUIRE(regionAt(layout, regions, middle) != nullptr);
  CHECK(regionAt(layout, regions, middle)->id == "h");
  CHECK_FALSE(regionBounds(layout, regions[2]));
  CHECK(regionAt(layout, regions, {-5, -5}) == nullptr);
}

TEST_CASE("regionAt finds a rectangle region on an image") {
  MediaCache media(test::galleryPackFolder());
  ScenarioStyle style = test::testStyle();
  ScenarioLayout layout =
      drawScenario(target(), example("image-flood"), {100, 50, 800, 2000}, style, media);
  REQUIRE(layout.image_bounds);
  const sf::FloatRect& picture = *layout.image_bounds;
  CHECK(picture.width > 700);
  CHECK(picture.height / picture.width == doctest::Approx(600.0 / 960.0).epsilon(0.01));

  std::vector<HotspotRegion> regions{{"fin", "", 0.30f, 0.64f, 0.10f, 0.15f, "the shark fin"},
                                     {"car", "", 0.58f, 0.57f, 0.24f, 0.17f, "the car"}};
  sf::Vector2f on_fin{picture.left + 0.35f * picture.width, picture.top + 0.7f * picture.height};
  sf::Vector2f on_car{picture.left + 0.7f * picture.width, picture.top + 0.65f * picture.height};
  sf::Vector2f on_sky{picture.left + 0.5f * picture.width, picture.top + 0.05f * picture.height};
  REQUIRE(regionAt(layout, regions, on_fin) != nullptr);
  CHECK(regionAt(layout, regions, on_fin)->id == "fin");
  CHECK(regionAt(layout, regions, on_car)->id == "car");
  CHECK(regionAt(layout, regions, on_sky) == nullptr);
  auto fin = regionBounds(layout, regions[0]);
  REQUIRE(fin);
  CHECK(fin->left == doctest::Approx(picture.left + 0.30f * picture.width));
}

TEST_CASE("when regions overlap, the smaller one under the tap wins") {
  MediaCache media(test::galleryPackFolder());
  ScenarioLayout layout =
      drawScenario(target(), example("image-flood"), {0, 0, 800, 2000}, test::testStyle(), media);
  std::vector<HotspotRegion> regions{{"street", "", 0, 0.5f, 1, 0.5f, "the street"},
                                     {"fin", "", 0.30f, 0.64f, 0.10f, 0.15f, "the fin"}};
  const sf::FloatRect& picture = *layout.image_bounds;
  sf::Vector2f on_fin{picture.left + 0.35f * picture.width, picture.top + 0.7f * picture.height};
  CHECK(regionAt(layout, regions, on_fin)->id == "fin");
}

TEST_CASE("a missing picture gives the labelled placeholder, not a crash") {
  MediaCache media(test::galleryPackFolder());
  ScenarioStyle style = test::testStyle();
  const Scenario& missing = example("image-missing");
  float height = measureScenarioHeight(missing, 600, style, media);
  ScenarioLayout layout = drawScenario(target(), missing, {0, 0, 600, height}, style, media);
  REQUIRE(layout.image_bounds);  // rectangle regions still map onto the placeholder
  CHECK(layout.image_bounds->width > 0);
  CHECK(layout.image_bounds->height > 0);
  CHECK(layout.bounds.height == height);

  MediaCache no_pack;  // a cache that was never told the pack folder
  CHECK(measureScenarioHeight(example("post-museum"), 600, style, no_pack) > 0);
}

TEST_CASE("outlining answered parts draws over the scenario without changing its layout") {
  MediaCache media(test::galleryPackFolder());
  ScenarioStyle style = test::testStyle();
  const Scenario& post = example("post-miracle-lemon");
  ScenarioLayout plain = drawScenario(target(), post, {0, 0, 600, 900}, style, media);
  style.correct_parts = {"handle"};
  style.tapped_part = "counts";
  style.regions = {{"fin", "", 0.3f, 0.6f, 0.1f, 0.1f, "fin"}};
  ScenarioLayout answered = drawScenario(target(), post, {0, 0, 600, 900}, style, media);
  CHECK(answered.bounds == plain.bounds);
  CHECK(answered.parts.size() == plain.parts.size());

  style.correct_parts = {"fin"};  // a rectangle region id on the picture
  style.tapped_part = "fin";
  drawScenario(target(), example("image-flood"), {0, 0, 600, 900}, style, media);
}

TEST_CASE("hostile or empty scenarios are drawn without crashing") {
  MediaCache media(test::galleryPackFolder());
  ScenarioStyle style = test::testStyle();
  std::vector<Scenario> scenarios;
  scenarios.push_back({"empty-post", PostScenario{}});
  scenarios.push_back({"empty-article", ArticleScenario{}});
  scenarios.push_back({"empty-chat", ChatScenario{}});
  scenarios.push_back({"empty-chart", ChartScenario{}});
  scenarios.push_back({"empty-image", ImageScenario{}});
  scenarios.push_back({"empty-quote", QuoteScenario{}});

  PostScenario huge;
  huge.author.name = std::string(3000, 'W');
  huge.text = std::string(5000, '#') + " \xFF\xFE broken";
  huge.likes = std::numeric_limits<std::int64_t>::max();
  huge.shares = std::numeric_limits<std::int64_t>::min();
  huge.image = "../../etc/passwd";
  huge.author.avatar = "/etc/passwd";
  scenarios.push_back({"huge-post", huge});

  ChatScenario long_chat;
  for (int i = 0; i < 100; ++i)
    long_chat.messages.push_back({"Someone", "Hello", "10:00", i % 2 == 0, i % 3 == 0});
  scenarios.push_back({"long-chat", long_chat});

  ChartScenario strange;
  strange.labels = {"a", "b", "c"};
  strange.series = {
      {"short", {1}, ChartAxis::left},
      {"odd", {std::numeric_limits<double>::quiet_NaN(), -5, 1e300}, ChartAxis::right}};
  strange.misleading.axis_from = 1e9;
  strange.misleading.range = std::pair<std::size_t, std::size_t>{7, 2};
  strange.misleading.dual_axis = true;
  strange.misleading.area_scaling = true;
  scenarios.push_back({"strange-chart", strange});

  for (const auto& scenario : scenarios) {
    for (float width : {1.f, 50.f, 600.f}) {
      INFO(scenario.id << " at width " << width);
      float height = measureScenarioHeight(scenario, width, style, media);
      ScenarioLayout layout = drawScenario(target(), scenario, {0, 0, width, height}, style, media);
      CHECK(layout.bounds.height == height);
    }
  }

  ScenarioStyle no_fonts;  // a screen that forgot its fonts gets shapes, not a crash
  CHECK(measureScenarioHeight(example("post-museum"), 600, no_fonts, media) > 0);
  drawScenario(target(), example("chart-dual-axis"), {0, 0, 600, 600}, no_fonts, media);
}

TEST_CASE("a scenario picture is drawn once and reused until the scenario or style changes") {
  MediaCache media(test::galleryPackFolder());
  ScenarioStyle style = test::testStyle();
  const Scenario& post = example("post-museum");
  sf::FloatRect area{40, 30, 600, 900};
  ScenarioLayout direct = layoutScenario(post, area, style, media);

  ScenarioPicture picture;
  ScenarioLayout first = picture.draw(target(), post, area, style, media);
  CHECK_FALSE(picture.reusedLastTime());
  ScenarioLayout second = picture.draw(target(), post, area, style, media);
  CHECK(picture.reusedLastTime());
  REQUIRE(second.parts.size() == direct.parts.size());
  for (std::size_t i = 0; i < direct.parts.size(); ++i) {
    CHECK(second.parts[i].name == direct.parts[i].name);
    CHECK(second.parts[i].bounds == direct.parts[i].bounds);
  }
  CHECK(first.image_bounds == direct.image_bounds);

  picture.draw(target(), post, {100, 200, 600, 900}, style, media);  // moved only
  CHECK(picture.reusedLastTime());
  style.correct_parts = {"handle"};
  picture.draw(target(), post, {100, 200, 600, 900}, style, media);
  CHECK_FALSE(picture.reusedLastTime());
  picture.draw(target(), example("chat-family-5g"), {100, 200, 600, 900}, style, media);
  CHECK_FALSE(picture.reusedLastTime());
}

TEST_CASE("random bytes in every field never crash a renderer and never change the height") {
  MediaCache media(test::galleryPackFolder());
  std::mt19937 random(20261124);  // fixed, so a failure can be replayed
  auto text = [&random] {
    std::string bytes(random() % 60, '\0');
    for (auto& byte : bytes) {
      // Mostly letters and spaces, sometimes anything at all.
      byte = random() % 4 ? static_cast<char>("ab #@/:.« »\n"[random() % 12])
                          : static_cast<char>(random() % 256);
    }
    return bytes;
  };
  for (int round = 0; round < 60; ++round) {
    PostScenario post{text(), {text(), text(), random() % 2 == 0, text()}, text(), text(), text(),
                      text(), static_cast<std::int64_t>(random()),         0,      -1};
    ArticleScenario article{text(), text(), text(), text(), text(), text(), text(), text()};
    ChatScenario chat{text(), {{text(), text(), text(), true, true}, {text(), text(), text()}}};
    ChartScenario chart;
    chart.chart = random() % 2 ? ChartKind::bar : ChartKind::line;
    chart.title = text();
    chart.unit = text();
    for (unsigned i = random() % 6; i > 0; --i) chart.labels.push_back(text());
    chart.series = {{text(), {1, -2, 3e6, 0.001}, ChartAxis::left},
                    {text(), {5, 5}, ChartAxis::right}};
    chart.misleading.dual_axis = random() % 2 == 0;
    chart.misleading.area_scaling = random() % 2 == 0;
    QuoteScenario quote{text(), text(), text(), text(), text(), text()};
    ImageScenario image{text(), text(), text(), text()};
    std::vector<Scenario> scenarios{{"post", post},   {"article", article}, {"chat", chat},
                                    {"chart", chart}, {"quote", quote},     {"image", image}};
    float width = 100.f + static_cast<float>(random() % 1000);
    ScenarioStyle style = test::testStyle(16.f + static_cast<float>(random() % 40));
    for (const auto& scenario : scenarios) {
      INFO(scenario.id << " in round " << round);
      float height = measureScenarioHeight(scenario, width, style, media);
      CHECK(drawScenario(target(), scenario, {0, 0, width, height}, style, media).bounds.height ==
            height);
    }
  }
}

TEST_CASE("an honest chart's bars stand on zero; a truncated one's fill the plot") {
  MediaCache media(test::galleryPackFolder());
  ScenarioStyle style = test::testStyle();
  auto barsOverPlot = [&](const std::string& id) {
    ScenarioLayout layout = drawScenario(target(), example(id), {0, 0, 600, 2000}, style, media);
    const ScenarioPart* axis = findPart(layout, "axis");
    const ScenarioPart* bars = findPart(layout, "bars");
    REQUIRE(axis != nullptr);
    REQUIRE(bars != nullptr);
    // The axis part reaches half a tick label above and below the plot.
    float tick_line =
        lineHeight({style.regular, static_cast<unsigned>(std::round(22 * 0.86f)), {}});
    float plot_height = axis->bounds.height - tick_line;
    CHECK(bars->bounds.top + bars->bounds.height ==
          doctest::Approx(axis->bounds.top + axis->bounds.height - tick_line / 2).epsilon(0.01));
    return bars->bounds.height / plot_height;
  };
  CHECK(barsOverPlot("chart-honest") == doctest::Approx(940.0 / 1000.0).epsilon(0.01));
  CHECK(barsOverPlot("chart-truncated") == doctest::Approx(1.0).epsilon(0.01));
}

TEST_CASE("a broken width or text size from a screen still gives a finite drawing") {
  MediaCache media(test::galleryPackFolder());
  const float broken[] = {0.f, -5.f, std::numeric_limits<float>::quiet_NaN(),
                          std::numeric_limits<float>::infinity()};
  for (float value : broken) {
    ScenarioStyle style = test::testStyle(value);
    float height = measureScenarioHeight(example("post-miracle-lemon"), value, style, media);
    CHECK(std::isfinite(height));
    CHECK(height > 0);
    ScenarioLayout layout = drawScenario(target(), example("chart-honest"), {0, 0, value, 100},
                                         test::testStyle(), media);
    CHECK(std::isfinite(layout.bounds.width));
  }
}
