// The draw list behind every renderer: items in window coordinates, parts and
// the picture's place.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/scenario/Canvas.hpp"

#include "ui/scenario/Shapes.hpp"

#include <algorithm>
#include <cmath>

namespace esprit::ui {
namespace {

// Text drawn at fractions of a pixel is blurred; shapes are not.
sf::Vector2f toWholePixels(sf::Vector2f point) {
  return {std::round(point.x), std::round(point.y)};
}

// Draws positioned runs of text; built only when a canvas draws.
class TextItem : public sf::Drawable {
 public:
  TextItem(const TextBlock& block, sf::Vector2f position) {
    for (const auto& run : block.runs) {
      sf::Text text(run.text, *run.style.font, run.style.size);
      text.setFillColor(run.style.colour);
      text.setPosition(toWholePixels(position + run.position));
      texts_.push_back(std::move(text));
    }
  }

 private:
  void draw(sf::RenderTarget& target, sf::RenderStates states) const override {
    for (const auto& text : texts_) target.draw(text, states);
  }
  std::vector<sf::Text> texts_;
};

template <typename Shape>
class ShapeItem : public sf::Drawable {
 public:
  explicit ShapeItem(Shape shape) : shape_(std::move(shape)) {}

 private:
  void draw(sf::RenderTarget& target, sf::RenderStates states) const override {
    target.draw(shape_, states);
  }
  Shape shape_;
};

template <typename Shape>
std::unique_ptr<sf::Drawable> makeItem(Shape shape) {
  return std::make_unique<ShapeItem<Shape>>(std::move(shape));
}

}  // namespace

sf::FloatRect uniteRectangles(const sf::FloatRect& first, const sf::FloatRect& second) {
  float left = std::min(first.left, second.left);
  float top = std::min(first.top, second.top);
  float right = std::max(first.left + first.width, second.left + second.width);
  float bottom = std::max(first.top + first.height, second.top + second.height);
  return {left, top, right - left, bottom - top};
}

sf::FloatRect Canvas::toWindow(const sf::FloatRect& rectangle) const {
  return {rectangle.left + origin_.x, rectangle.top + origin_.y, rectangle.width, rectangle.height};
}

void Canvas::push(std::unique_ptr<sf::Drawable> item, std::optional<Bookmark> layer) {
  if (layer && *layer <= items_.size()) {
    items_.insert(items_.begin() + static_cast<std::ptrdiff_t>(*layer), std::move(item));
  } else {
    items_.push_back(std::move(item));
  }
}

void Canvas::addRectangle(const sf::FloatRect& rectangle, sf::Color fill, float corner_radius,
                          std::optional<Bookmark> layer) {
  if (!drawing_) return;
  sf::FloatRect placed = toWindow(rectangle);
  if (corner_radius > 0) {
    RoundedRectangle shape({placed.width, placed.height}, corner_radius);
    shape.setPosition(placed.left, placed.top);
    shape.setFillColor(fill);
    push(makeItem(std::move(shape)), layer);
  } else {
    sf::RectangleShape shape({placed.width, placed.height});
    shape.setPosition(placed.left, placed.top);
    shape.setFillColor(fill);
    push(makeItem(std::move(shape)), layer);
  }
}

void Canvas::addOutline(const sf::FloatRect& rectangle, sf::Color colour, float thickness,
                        float corner_radius) {
  if (!drawing_) return;
  sf::FloatRect placed = toWindow(rectangle);
  RoundedRectangle shape({placed.width, placed.height}, corner_radius);
  shape.setPosition(placed.left, placed.top);
  shape.setFillColor(sf::Color::Transparent);
  shape.setOutlineColor(colour);
  shape.setOutlineThickness(-thickness);  // inside the rectangle, so nothing spills out
  push(makeItem(std::move(shape)));
}

void Canvas::addCircle(sf::Vector2f centre, float radius, sf::Color fill,
                       const sf::Texture* texture) {
  if (!drawing_) return;
  sf::CircleShape shape(radius, static_cast<std::size_t>(std::clamp(radius * 1.5f, 24.f, 96.f)));
  shape.setOrigin(radius, radius);
  shape.setPosition(toWindow(centre));
  shape.setFillColor(fill);
  if (texture) {
    // The middle square of the picture, so a portrait or landscape photo fills the circle.
    auto size = texture->getSize();
    int side = static_cast<int>(std::min(size.x, size.y));
    shape.setTexture(texture);
    shape.setTextureRect(
        {static_cast<int>(size.x - side) / 2, static_cast<int>(size.y - side) / 2, side, side});
  }
  push(makeItem(std::move(shape)));
}

void Canvas::addText(const TextBlock& block, sf::Vector2f position) {
  if (!drawing_) return;
  push(std::make_unique<TextItem>(block, toWindow(position)));
}

void Canvas::addPicture(const sf::Texture& texture, const sf::FloatRect& destination) {
  if (!drawing_) return;
  sf::FloatRect placed = toWindow(destination);
  sf::Sprite sprite(texture);
  auto size = texture.getSize();
  sprite.setPosition(placed.left, placed.top);
  sprite.setScale(placed.width / static_cast<float>(size.x),
                  placed.height / static_cast<float>(size.y));
  push(makeItem(std::move(sprite)));
}

void Canvas::addTriangles(const sf::VertexArray& triangles) {
  if (!drawing_) return;
  sf::VertexArray placed(sf::Triangles, triangles.getVertexCount());
  for (std::size_t i = 0; i < triangles.getVertexCount(); ++i) {
    placed[i] = triangles[i];
    placed[i].position = toWindow(triangles[i].position);
  }
  push(makeItem(std::move(placed)));
}

void Canvas::addPart(std::string name, const sf::FloatRect& bounds) {
  parts_.push_back({std::move(name), toWindow(bounds)});
}

void Canvas::setImageBounds(const sf::FloatRect& bounds) { image_bounds_ = toWindow(bounds); }

void Canvas::drawTo(sf::RenderTarget& target) const {
  for (const auto& item : items_) target.draw(*item);
}

ScenarioLayout Canvas::layout(float width, float height) const {
  return {{origin_.x, origin_.y, width, height}, parts_, image_bounds_};
}

}  // namespace esprit::ui
