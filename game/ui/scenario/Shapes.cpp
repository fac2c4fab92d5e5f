// Rounded rectangles and triangle-built lines, discs and polygons.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/scenario/Shapes.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace esprit::ui {
namespace {

constexpr std::size_t kCornerPoints = 10;

// Enough segments that a circle looks round at its size, but no more.
std::size_t segmentsFor(float radius) {
  return static_cast<std::size_t>(std::clamp(radius * 1.5f, 12.f, 64.f));
}

void appendTriangle(sf::VertexArray& triangles, sf::Vector2f a, sf::Vector2f b, sf::Vector2f c,
                    sf::Color colour) {
  triangles.append({a, colour});
  triangles.append({b, colour});
  triangles.append({c, colour});
}

}  // namespace

RoundedRectangle::RoundedRectangle(sf::Vector2f size, float corner_radius)
    : size_(size), corner_radius_(std::min({corner_radius, size.x / 2, size.y / 2})) {
  update();
}

std::size_t RoundedRectangle::getPointCount() const { return kCornerPoints * 4; }

sf::Vector2f RoundedRectangle::getPoint(std::size_t index) const {
  std::size_t corner = index / kCornerPoints;
  float step = static_cast<float>(index % kCornerPoints) / (kCornerPoints - 1);
  // Corners clockwise from the top-right, each sweeping a quarter turn.
  static const sf::Vector2f kCornerSigns[] = {{1, -1}, {1, 1}, {-1, 1}, {-1, -1}};
  float angle = (static_cast<float>(corner) - 1 + step) * std::numbers::pi_v<float> / 2;
  sf::Vector2f centre{kCornerSigns[corner].x > 0 ? size_.x - corner_radius_ : corner_radius_,
                      kCornerSigns[corner].y > 0 ? size_.y - corner_radius_ : corner_radius_};
  return centre + sf::Vector2f(std::cos(angle), std::sin(angle)) * corner_radius_;
}

void appendPolyline(sf::VertexArray& triangles, const std::vector<sf::Vector2f>& points,
                    float thickness, sf::Color colour, bool closed) {
  float half = thickness / 2;
  std::size_t count = points.size();
  std::size_t segments = closed ? count : count - 1;
  for (std::size_t i = 0; count >= 2 && i < segments; ++i) {
    sf::Vector2f start = points[i];
    sf::Vector2f end = points[(i + 1) % count];
    sf::Vector2f direction = end - start;
    float length = std::hypot(direction.x, direction.y);
    if (length <= 0) continue;
    sf::Vector2f normal{-direction.y / length * half, direction.x / length * half};
    appendTriangle(triangles, start + normal, end + normal, end - normal, colour);
    appendTriangle(triangles, start + normal, end - normal, start - normal, colour);
  }
  // Round joins and caps hide the gaps between segments.
  for (const auto& point : points) appendDisc(triangles, point, half, colour);
}

void appendDisc(sf::VertexArray& triangles, sf::Vector2f centre, float radius, sf::Color colour) {
  appendFan(triangles, centre, arcPoints(centre, radius, 0, 2 * std::numbers::pi_v<float>), colour);
}

void appendFan(sf::VertexArray& triangles, sf::Vector2f centre,
               const std::vector<sf::Vector2f>& outline, sf::Color colour) {
  for (std::size_t i = 0; i < outline.size(); ++i) {
    appendTriangle(triangles, centre, outline[i], outline[(i + 1) % outline.size()], colour);
  }
}

void appendRectangle(sf::VertexArray& triangles, const sf::FloatRect& rectangle, sf::Color colour) {
  sf::Vector2f top_left{rectangle.left, rectangle.top};
  sf::Vector2f bottom_right{rectangle.left + rectangle.width, rectangle.top + rectangle.height};
  appendTriangle(triangles, top_left, {bottom_right.x, top_left.y}, bottom_right, colour);
  appendTriangle(triangles, top_left, bottom_right, {top_left.x, bottom_right.y}, colour);
}

std::vector<sf::Vector2f> arcPoints(sf::Vector2f centre, float radius, float from_angle,
                                    float to_angle) {
  float sweep = std::abs(to_angle - from_angle) / (2 * std::numbers::pi_v<float>);
  std::size_t steps = std::max<std::size_t>(
      4, static_cast<std::size_t>(static_cast<float>(segmentsFor(radius)) * sweep));
  std::vector<sf::Vector2f> points;
  for (std::size_t i = 0; i <= steps; ++i) {
    float angle = from_angle + (to_angle - from_angle) * static_cast<float>(i) / steps;
    points.push_back(centre + sf::Vector2f(std::cos(angle), std::sin(angle)) * radius);
  }
  return points;
}

}  // namespace esprit::ui
