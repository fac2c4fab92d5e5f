// Chooses the composer for a scenario's kind, places it in the window,
// outlines answered hotspot parts, and maps hotspot regions to the screen.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/scenario/ScenarioRenderer.hpp"

#include "ui/scenario/Icons.hpp"
#include "ui/scenario/Palette.hpp"
#include "ui/scenario/ScenarioComposers.hpp"
#include "ui/scenario/ScenarioMetrics.hpp"

#include <algorithm>
#include <variant>

namespace esprit::ui {
namespace {

template <typename... Handlers>
struct Overloaded : Handlers... {
  using Handlers::operator()...;
};

// NaN fails the comparison too, so a broken width draws a 1-pixel card.
float usableWidth(float width) {
  constexpr float kWidestCard = 100'000.f;
  return width >= 1.f ? std::min(width, kWidestCard) : 1.f;
}

float compose(Canvas& canvas, const Scenario& scenario, float width, const ScenarioStyle& style,
              MediaCache& media) {
  width = usableWidth(width);
  return std::visit(
      Overloaded{
          [&](const PostScenario& post) { return composePost(canvas, post, width, style, media); },
          [&](const ArticleScenario& article) {
            return composeArticle(canvas, article, width, style, media);
          },
          [&](const ChatScenario& chat) { return composeChat(canvas, chat, width, style); },
          [&](const ChartScenario& chart) { return composeChart(canvas, chart, width, style); },
          [&](const ImageScenario& image) {
            return composeImage(canvas, image, width, style, media);
          },
          [&](const QuoteScenario& quote) {
            return composeQuote(canvas, quote, width, style, media);
          },
      },
      scenario.content);
}

// The rectangle a part name or a rectangle region's id stands for.
std::optional<sf::FloatRect> boundsOfName(const ScenarioLayout& layout, const ScenarioStyle& style,
                                          const std::string& name) {
  for (const auto& region : style.regions) {
    if (region.id == name) return regionBounds(layout, region);
  }
  for (const auto& part : layout.parts) {
    if (part.name == name) return part.bounds;
  }
  return std::nullopt;
}

// A thick outline around the part, a light tint inside it, and a round badge
// on its top-left corner holding a check mark or a cross, so that the answer
// never relies on colour alone. The outline hugs the part and the badge sits
// where lines leave blank space: parts sit close together (a name above a
// handle) and must stay readable.
void outlinePart(sf::RenderTarget& target, const sf::FloatRect& part, bool correct,
                 const ScenarioMetrics& metrics, const sf::FloatRect& area) {
  sf::Color colour = correct ? palette::kCorrect : palette::kWrong;
  float thickness = std::max(2.f, metrics.base * 0.13f);
  float margin = thickness + metrics.base * 0.08f;
  float corner = metrics.base * 0.25f;
  // Grow the outline around the part, but keep it on the scenario.
  float left = std::max(part.left - margin, area.left);
  float top = std::max(part.top - margin, area.top);
  float right = std::min(part.left + part.width + margin, area.left + area.width);
  float bottom = std::min(part.top + part.height + margin, area.top + area.height);
  Canvas canvas({0, 0}, true);
  sf::FloatRect ring{left, top, std::max(right - left, 1.f), std::max(bottom - top, 1.f)};
  sf::Color tint = colour;
  tint.a = 36;  // light enough to read the part through it
  canvas.addRectangle(ring, tint, corner);
  canvas.addOutline(ring, colour, thickness, corner);

  float badge = metrics.base * 0.95f;
  sf::Vector2f centre{std::clamp(left, area.left + badge / 2, area.left + area.width - badge / 2),
                      std::clamp(top, area.top + badge / 2, area.top + area.height - badge / 2)};
  // A white rim keeps the badge visible on any background, dark bars included.
  canvas.addCircle(centre, badge / 2 + thickness * 0.7f, palette::kOnColour);
  canvas.addCircle(centre, badge / 2, colour);
  sf::VertexArray mark(sf::Triangles);
  sf::FloatRect mark_box{centre.x - badge / 2, centre.y - badge / 2, badge, badge};
  if (correct) {
    icons::appendCheckMark(mark, mark_box, palette::kOnColour, badge * 0.14f);
  } else {
    icons::appendCross(mark, mark_box, palette::kOnColour, badge * 0.14f);
  }
  canvas.addTriangles(mark);
  canvas.drawTo(target);
}

void outlineAnsweredParts(sf::RenderTarget& target, const ScenarioLayout& layout,
                          const ScenarioStyle& style) {
  ScenarioMetrics metrics(style);
  for (const auto& name : style.correct_parts) {
    if (auto bounds = boundsOfName(layout, style, name)) {
      outlinePart(target, *bounds, true, metrics, layout.bounds);
    }
  }
  bool tapped_wrong = !style.tapped_part.empty() &&
                      std::find(style.correct_parts.begin(), style.correct_parts.end(),
                                style.tapped_part) == style.correct_parts.end();
  if (tapped_wrong) {
    if (auto bounds = boundsOfName(layout, style, style.tapped_part)) {
      outlinePart(target, *bounds, false, metrics, layout.bounds);
    }
  }
}

float area(const sf::FloatRect& rectangle) { return rectangle.width * rectangle.height; }

}  // namespace

float measureScenarioHeight(const Scenario& scenario, float width, const ScenarioStyle& style,
                            MediaCache& media) {
  Canvas canvas({0, 0}, false);
  return compose(canvas, scenario, width, style, media);
}

ScenarioLayout layoutScenario(const Scenario& scenario, const sf::FloatRect& area,
                              const ScenarioStyle& style, MediaCache& media) {
  Canvas canvas({area.left, area.top}, false);
  float height = compose(canvas, scenario, area.width, style, media);
  return canvas.layout(usableWidth(area.width), height);
}

ScenarioLayout drawScenario(sf::RenderTarget& target, const Scenario& scenario,
                            const sf::FloatRect& area, const ScenarioStyle& style,
                            MediaCache& media) {
  Canvas canvas({area.left, area.top}, true);
  float height = compose(canvas, scenario, area.width, style, media);
  canvas.drawTo(target);
  ScenarioLayout layout = canvas.layout(usableWidth(area.width), height);
  outlineAnsweredParts(target, layout, style);
  return layout;
}

std::optional<sf::FloatRect> regionBounds(const ScenarioLayout& layout,
                                          const HotspotRegion& region) {
  if (region.isRectangle()) {
    if (!layout.image_bounds) return std::nullopt;
    const sf::FloatRect& picture = *layout.image_bounds;
    return sf::FloatRect{picture.left + region.x * picture.width,
                         picture.top + region.y * picture.height, region.width * picture.width,
                         region.height * picture.height};
  }
  for (const auto& part : layout.parts) {
    if (part.name == region.part) return part.bounds;
  }
  return std::nullopt;
}

const HotspotRegion* regionAt(const ScenarioLayout& layout,
                              const std::vector<HotspotRegion>& regions, sf::Vector2f point) {
  const HotspotRegion* found = nullptr;
  float found_area = 0;
  for (const auto& region : regions) {
    auto bounds = regionBounds(layout, region);
    if (!bounds || !bounds->contains(point)) continue;
    if (found == nullptr || area(*bounds) < found_area) {
      found = &region;
      found_area = area(*bounds);
    }
  }
  return found;
}

std::vector<std::string> scenarioPartNames(const Scenario& scenario) {
  std::vector<std::string> names;
  auto addIf = [&names](bool present, const char* name) {
    if (present) names.emplace_back(name);
  };
  std::visit(Overloaded{
                 [&](const PostScenario& post) {
                   names = {"avatar", "name", "handle", "verified", "time", "text"};
                   addIf(!post.image.empty(), "image");
                   names.emplace_back("counts");
                 },
                 [&](const ArticleScenario& article) {
                   names = {"outlet", "address"};
                   addIf(!article.headline.empty(), "headline");
                   addIf(!article.lede.empty(), "lede");
                   addIf(!article.date.empty(), "date");
                   addIf(!article.byline.empty(), "byline");
                   addIf(!article.image.empty(), "image");
                 },
                 [&](const ChatScenario& chat) {
                   names = {"title"};
                   for (std::size_t i = 1; i <= chat.messages.size(); ++i) {
                     names.push_back("message:" + std::to_string(i));
                   }
                 },
                 [&](const ChartScenario& chart) {
                   names = {"title"};
                   addIf(!chart.labels.empty(), "axis");
                   addIf(!chart.labels.empty(), chart.chart == ChartKind::line ? "line" : "bars");
                   addIf(!chart.source.empty(), "source");
                 },
                 [&](const ImageScenario&) {},  // hotspots on a picture are rectangles
                 [&](const QuoteScenario& quote) {
                   names = {"text", "speaker"};
                   addIf(!quote.context.empty() || !quote.date.empty(), "context");
                 },
             },
             scenario.content);
  return names;
}

void addCard(Canvas& canvas, sf::Vector2f size, const ScenarioMetrics& metrics,
             Canvas::Bookmark behind) {
  const float border = metrics.hairline();
  const float radius = metrics.cornerRadius();
  canvas.addRectangle({0, 0, size.x, size.y}, palette::kHairline, radius, behind);
  canvas.addRectangle({border, border, size.x - 2 * border, size.y - 2 * border}, palette::kCard,
                      radius - border, behind + 1);
}

}  // namespace esprit::ui
