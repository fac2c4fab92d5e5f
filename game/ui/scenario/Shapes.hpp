// Shapes SFML 2.5 does not have: rounded rectangles, thick lines and filled
// outlines, built as triangles so icons can be drawn without image files.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <SFML/Graphics.hpp>

#include <vector>

namespace esprit::ui {

class RoundedRectangle : public sf::Shape {
 public:
  RoundedRectangle(sf::Vector2f size, float corner_radius);
  std::size_t getPointCount() const override;
  sf::Vector2f getPoint(std::size_t index) const override;

 private:
  sf::Vector2f size_;
  float corner_radius_;
};

// Appends triangles to a sf::Triangles vertex array.
void appendPolyline(sf::VertexArray& triangles, const std::vector<sf::Vector2f>& points,
                    float thickness, sf::Color colour, bool closed = false);
void appendDisc(sf::VertexArray& triangles, sf::Vector2f centre, float radius, sf::Color colour);
// A filled polygon that every point of which can be seen from `centre`.
void appendFan(sf::VertexArray& triangles, sf::Vector2f centre,
               const std::vector<sf::Vector2f>& outline, sf::Color colour);
void appendRectangle(sf::VertexArray& triangles, const sf::FloatRect& rectangle, sf::Color colour);
// Points along a circular arc, angles in radians, y pointing down.
std::vector<sf::Vector2f> arcPoints(sf::Vector2f centre, float radius, float from_angle,
                                    float to_angle);

}  // namespace esprit::ui
