// Fits a pack's picture into a box, or draws the placeholder that replaces it.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/scenario/PictureBox.hpp"

#include "ui/scenario/Icons.hpp"
#include "ui/scenario/Palette.hpp"
#include "ui/scenario/ScenarioWords.hpp"

#include <algorithm>

namespace esprit::ui {
namespace {

constexpr float kPlaceholderAspect = 9.f / 16.f;

PlacedPicture composePlaceholder(Canvas& canvas, sf::Vector2f position, float width,
                                 float max_height, const std::string& media_path,
                                 const std::string& description, const ScenarioMetrics& metrics,
                                 const ScenarioStyle& style) {
  float padding = metrics.padding();
  float text_width = width - 2 * padding;
  float icon_size = metrics.base * 2.2f;
  TextBlock notice = layoutText(scenarioWord(ScenarioWord::picture_missing, style.language),
                                metrics.bodyBold(palette::kInk), text_width, metrics.fallback,
                                TextAlignment::centre);
  TextBlock alt = layoutText(description, metrics.small(palette::kInk), text_width,
                             metrics.fallback, TextAlignment::centre);
  TextBlock file = layoutText(media_path, metrics.small(palette::kMutedInk), text_width,
                              metrics.fallback, TextAlignment::centre);
  float gap = metrics.smallGap();
  float content = icon_size + gap + notice.height() + (alt.line_count ? gap + alt.height() : 0) +
                  (file.line_count ? gap + file.height() : 0);
  float height = std::max(std::min(width * kPlaceholderAspect, max_height), content + 2 * padding);

  sf::FloatRect box{position, {width, height}};
  canvas.addRectangle(box, palette::kPictureWell, metrics.cornerRadius() / 2);
  float y = position.y + (height - content) / 2;
  sf::VertexArray sign(sf::Triangles);
  icons::appendPictureSign(sign, {position.x + (width - icon_size) / 2, y, icon_size, icon_size},
                           palette::kMutedInk, metrics.strokeWidth());
  canvas.addTriangles(sign);
  y += icon_size + gap;
  canvas.addText(notice, {position.x + padding, y});
  y += notice.height();
  for (const TextBlock* block : {&alt, &file}) {
    if (block->line_count == 0) continue;
    y += gap;
    canvas.addText(*block, {position.x + padding, y});
    y += block->height();
  }
  return {box, box, false};
}

}  // namespace

PlacedPicture composePicture(Canvas& canvas, sf::Vector2f position, float width, float max_height,
                             const std::string& media_path, const std::string& description,
                             const ScenarioMetrics& metrics, const ScenarioStyle& style,
                             MediaCache& media) {
  const sf::Texture* texture = media_path.empty() ? nullptr : media.texture(media_path);
  if (texture == nullptr || texture->getSize().x == 0 || texture->getSize().y == 0) {
    return composePlaceholder(canvas, position, width, max_height, media_path, description, metrics,
                              style);
  }
  sf::Vector2f natural(texture->getSize());
  float scale = std::min(width / natural.x, max_height / natural.y);
  sf::Vector2f shown = natural * scale;
  sf::FloatRect box{position, {width, shown.y}};
  sf::FloatRect picture{position.x + (width - shown.x) / 2, position.y, shown.x, shown.y};
  // A tall picture is centred on a grey band, as networks show portrait photos.
  if (shown.x < width) canvas.addRectangle(box, palette::kPictureWell);
  canvas.addPicture(*texture, picture);
  return {box, picture, true};
}

}  // namespace esprit::ui
