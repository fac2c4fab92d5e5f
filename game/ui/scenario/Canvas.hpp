// A list of things to draw, built by a renderer in its own coordinates and
// drawn later (or only measured). Because measuring and drawing run the same
// renderer code, a measured height can never differ from the drawn one.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/scenario/ScenarioRenderer.hpp"
#include "ui/scenario/TextLayout.hpp"

#include <SFML/Graphics.hpp>

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace esprit::ui {

class Canvas {
 public:
  // `origin` is where the renderer's (0, 0) lands in the window. A measuring
  // canvas records parts and sizes but builds nothing to draw.
  Canvas(sf::Vector2f origin, bool drawing) : origin_(origin), drawing_(drawing) {}

  bool drawing() const { return drawing_; }

  // Everything below takes the renderer's coordinates. `layer` inserts the
  // item before those added since that bookmark (a card behind its content).
  using Bookmark = std::size_t;
  Bookmark bookmark() const { return items_.size(); }

  void addRectangle(const sf::FloatRect& rectangle, sf::Color fill, float corner_radius = 0,
                    std::optional<Bookmark> layer = std::nullopt);
  void addOutline(const sf::FloatRect& rectangle, sf::Color colour, float thickness,
                  float corner_radius = 0);
  void addCircle(sf::Vector2f centre, float radius, sf::Color fill,
                 const sf::Texture* texture = nullptr);
  void addText(const TextBlock& block, sf::Vector2f position);
  // The picture scaled into `destination` (callers keep its aspect ratio).
  void addPicture(const sf::Texture& texture, const sf::FloatRect& destination);
  // Triangles from Shapes.hpp.
  void addTriangles(const sf::VertexArray& triangles);

  void addPart(std::string name, const sf::FloatRect& bounds);
  void setImageBounds(const sf::FloatRect& bounds);

  void drawTo(sf::RenderTarget& target) const;
  ScenarioLayout layout(float width, float height) const;

 private:
  sf::Vector2f toWindow(sf::Vector2f point) const { return point + origin_; }
  sf::FloatRect toWindow(const sf::FloatRect& rectangle) const;
  void push(std::unique_ptr<sf::Drawable> item, std::optional<Bookmark> layer = std::nullopt);

  sf::Vector2f origin_;
  bool drawing_;
  std::vector<std::unique_ptr<sf::Drawable>> items_;
  std::vector<ScenarioPart> parts_;
  std::optional<sf::FloatRect> image_bounds_;
};

// A rectangle enclosing both.
sf::FloatRect uniteRectangles(const sf::FloatRect& first, const sf::FloatRect& second);

}  // namespace esprit::ui
