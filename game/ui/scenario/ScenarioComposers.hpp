// One composer per scenario kind. Each lays its scenario out at (0, 0) in the
// given width, adding what it draws and its named parts to the canvas, and
// returns the height it used. The same call measures (a measuring canvas)
// and draws, which is why the two heights always agree.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Pack.hpp"
#include "ui/scenario/Canvas.hpp"
#include "ui/scenario/MediaCache.hpp"
#include "ui/scenario/ScenarioMetrics.hpp"
#include "ui/scenario/ScenarioRenderer.hpp"

#include <algorithm>

namespace esprit::ui {

float composePost(Canvas& canvas, const PostScenario& post, float width, const ScenarioStyle& style,
                  MediaCache& media);
float composeArticle(Canvas& canvas, const ArticleScenario& article, float width,
                     const ScenarioStyle& style, MediaCache& media);
float composeChat(Canvas& canvas, const ChatScenario& chat, float width,
                  const ScenarioStyle& style);
float composeChart(Canvas& canvas, const ChartScenario& chart, float width,
                   const ScenarioStyle& style);
float composeImage(Canvas& canvas, const ImageScenario& image, float width,
                   const ScenarioStyle& style, MediaCache& media);
float composeQuote(Canvas& canvas, const QuoteScenario& quote, float width,
                   const ScenarioStyle& style, MediaCache& media);

// What the composer classes share: the canvas they add to, the width they
// lay out in, the player's style and the sizes derived from it.
class ComposerBase {
 protected:
  ComposerBase(Canvas& canvas, float width, const ScenarioStyle& style)
      : canvas_(canvas), width_(width), style_(style), metrics_(style) {}

  // The width inside the padding on both sides, never nothing.
  float contentWidth() const { return std::max(width_ - 2 * metrics_.padding(), 1.f); }

  Canvas& canvas_;
  float width_;
  const ScenarioStyle& style_;
  ScenarioMetrics metrics_;
};

// The white card with a hairline edge that posts, articles, charts and
// pictures sit on, put in two layers under what `behind` marks, once the
// composer knows its height.
void addCard(Canvas& canvas, sf::Vector2f size, const ScenarioMetrics& metrics,
             Canvas::Bookmark behind);

// Composes a scenario on its card: `content` draws and returns the height it
// reached; the card, a padding taller, goes under it. Returns the card's height.
template <class Content>
float composeOnCard(Canvas& canvas, float width, const ScenarioMetrics& metrics, Content content) {
  const Canvas::Bookmark behind = canvas.bookmark();
  const float height = content() + metrics.padding();
  addCard(canvas, {width, height}, metrics, behind);
  return height;
}

}  // namespace esprit::ui
