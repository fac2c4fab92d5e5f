// A picture as it was shared: the image scaled to fit with its proportions
// kept, its caption and its credit line. Hotspot rectangles map onto it.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/scenario/Palette.hpp"
#include "ui/scenario/PictureBox.hpp"
#include "ui/scenario/ScenarioComposers.hpp"
#include "ui/scenario/ScenarioMetrics.hpp"

#include <algorithm>

namespace esprit::ui {

float composeImage(Canvas& canvas, const ImageScenario& image, float width,
                   const ScenarioStyle& style, MediaCache& media) {
  ScenarioMetrics metrics(style);
  Canvas::Bookmark behind = canvas.bookmark();
  float padding = metrics.padding();
  // The picture fills the card's width inside its margin (a square picture
  // would poke out of the round corners); a very tall one is held to a
  // square and centred.
  float picture_width = std::max(width - 2 * padding, 1.f);
  PlacedPicture placed = composePicture(canvas, {padding, padding}, picture_width, picture_width,
                                        image.file, image.alt, metrics, style, media);
  canvas.setImageBounds(placed.picture);
  canvas.addPart("image", placed.box);

  float text_width = std::max(width - 2 * padding, 1.f);
  float y = placed.box.top + placed.box.height + padding;
  TextBlock caption =
      layoutText(image.caption, metrics.title(palette::kInk), text_width, metrics.fallback);
  if (caption.line_count) {
    canvas.addText(caption, {padding, y});
    canvas.addPart("caption", {padding, y, caption.width, caption.height()});
    y += caption.height() + metrics.smallGap();
  }
  TextBlock credit =
      layoutText(image.credit, metrics.small(palette::kMutedInk), text_width, metrics.fallback);
  if (credit.line_count) {
    canvas.addText(credit, {padding, y});
    canvas.addPart("credit", {padding, y, credit.width, credit.height()});
    y += credit.height();
  }
  float height = (caption.line_count || credit.line_count)
                     ? y + padding
                     : placed.box.top + placed.box.height + padding;
  addCard(canvas, {width, height}, metrics, behind);
  return height;
}

}  // namespace esprit::ui
