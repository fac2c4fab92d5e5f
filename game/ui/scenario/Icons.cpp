// Icons drawn from lines and discs, in coordinates from 0 to 1 across a box.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/scenario/Icons.hpp"

#include "ui/scenario/Shapes.hpp"

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <numbers>

namespace esprit::ui::icons {
namespace {

constexpr float kPi = std::numbers::pi_v<float>;

// A point given in fractions of the box.
sf::Vector2f at(const sf::FloatRect& box, float across, float down) {
  return {box.left + box.width * across, box.top + box.height * down};
}

std::vector<sf::Vector2f> path(const sf::FloatRect& box,
                               std::initializer_list<std::pair<float, float>> fractions) {
  std::vector<sf::Vector2f> points;
  for (auto [across, down] : fractions) points.push_back(at(box, across, down));
  return points;
}

// Straight strokes through points given in fractions of the box: most icons
// are a few of these.
void appendStrokes(sf::VertexArray& triangles, const sf::FloatRect& box, sf::Color colour,
                   float stroke,
                   std::initializer_list<std::initializer_list<std::pair<float, float>>> strokes) {
  for (const auto& points : strokes) appendPolyline(triangles, path(box, points), stroke, colour);
}

// Scales points to fill the box, keeping their proportions, inside a margin.
std::vector<sf::Vector2f> fitToBox(std::vector<sf::Vector2f> points, const sf::FloatRect& box,
                                   float margin) {
  auto [min_x, max_x] =
      std::minmax_element(points.begin(), points.end(), [](auto a, auto b) { return a.x < b.x; });
  auto [min_y, max_y] =
      std::minmax_element(points.begin(), points.end(), [](auto a, auto b) { return a.y < b.y; });
  sf::Vector2f low{min_x->x, min_y->y};
  sf::Vector2f span{max_x->x - min_x->x, max_y->y - min_y->y};
  float scale = std::min((box.width - 2 * margin) / span.x, (box.height - 2 * margin) / span.y);
  sf::Vector2f offset{box.left + (box.width - span.x * scale) / 2,
                      box.top + (box.height - span.y * scale) / 2};
  for (auto& point : points) point = offset + (point - low) * scale;
  return points;
}

std::vector<sf::Vector2f> roundedRectanglePath(const sf::FloatRect& rectangle, float radius) {
  std::vector<sf::Vector2f> points;
  float right = rectangle.left + rectangle.width;
  float bottom = rectangle.top + rectangle.height;
  auto addCorner = [&](sf::Vector2f centre, float from) {
    auto corner = arcPoints(centre, radius, from, from + kPi / 2);
    points.insert(points.end(), corner.begin(), corner.end());
  };
  addCorner({right - radius, rectangle.top + radius}, -kPi / 2);
  addCorner({right - radius, bottom - radius}, 0);
  addCorner({rectangle.left + radius, bottom - radius}, kPi / 2);
  addCorner({rectangle.left + radius, rectangle.top + radius}, kPi);
  return points;
}

}  // namespace

void appendHeart(sf::VertexArray& triangles, const sf::FloatRect& box, sf::Color colour,
                 float stroke) {
  // The classic heart curve, traced with enough points to look smooth.
  constexpr int kSteps = 48;
  std::vector<sf::Vector2f> points;
  for (int step = 0; step < kSteps; ++step) {
    float t = 2 * kPi * static_cast<float>(step) / kSteps;
    float x = 16 * std::pow(std::sin(t), 3.f);
    float y = -(13 * std::cos(t) - 5 * std::cos(2 * t) - 2 * std::cos(3 * t) - std::cos(4 * t));
    points.push_back({x, y});
  }
  appendPolyline(triangles, fitToBox(points, box, stroke), stroke, colour, true);
}

void appendReplyBubble(sf::VertexArray& triangles, const sf::FloatRect& box, sf::Color colour,
                       float stroke) {
  sf::FloatRect bubble{at(box, 0.1f, 0.14f), {box.width * 0.8f, box.height * 0.56f}};
  appendPolyline(triangles, roundedRectanglePath(bubble, box.height * 0.22f), stroke, colour, true);
  appendPolyline(triangles, path(box, {{0.32f, 0.7f}, {0.26f, 0.9f}, {0.52f, 0.7f}}), stroke,
                 colour);
}

void appendRepost(sf::VertexArray& triangles, const sf::FloatRect& box, sf::Color colour,
                  float stroke) {
  appendStrokes(triangles, box, colour, stroke,
                {{{0.25f, 0.72f}, {0.25f, 0.26f}, {0.66f, 0.26f}},
                 {{0.1f, 0.42f}, {0.25f, 0.24f}, {0.4f, 0.42f}},
                 {{0.75f, 0.28f}, {0.75f, 0.74f}, {0.34f, 0.74f}},
                 {{0.6f, 0.58f}, {0.75f, 0.76f}, {0.9f, 0.58f}}});
}

void appendShare(sf::VertexArray& triangles, const sf::FloatRect& box, sf::Color colour,
                 float stroke) {
  appendStrokes(triangles, box, colour, stroke,
                {{{0.5f, 0.64f}, {0.5f, 0.12f}},
                 {{0.3f, 0.32f}, {0.5f, 0.12f}, {0.7f, 0.32f}},
                 {{0.16f, 0.55f}, {0.16f, 0.88f}, {0.84f, 0.88f}, {0.84f, 0.55f}}});
}

void appendPadlock(sf::VertexArray& triangles, const sf::FloatRect& box, sf::Color colour,
                   float stroke) {
  sf::FloatRect body{at(box, 0.2f, 0.45f), {box.width * 0.6f, box.height * 0.45f}};
  appendFan(triangles, {body.left + body.width / 2, body.top + body.height / 2},
            roundedRectanglePath(body, box.height * 0.08f), colour);
  auto shackle = arcPoints(at(box, 0.5f, 0.34f), box.width * 0.19f, kPi, 2 * kPi);
  shackle.insert(shackle.begin(), at(box, 0.31f, 0.47f));
  shackle.push_back(at(box, 0.69f, 0.47f));
  appendPolyline(triangles, shackle, stroke, colour);
}

void appendVerifiedBadge(sf::VertexArray& triangles, const sf::FloatRect& box, sf::Color badge,
                         sf::Color tick) {
  // A rosette: a circle with a wavy edge, as networks draw their check badge.
  constexpr int kBumps = 8;
  constexpr int kPointsPerBump = 6;
  sf::Vector2f centre = at(box, 0.5f, 0.5f);
  float radius = box.width / 2;
  std::vector<sf::Vector2f> outline;
  for (int i = 0; i < kBumps * kPointsPerBump; ++i) {
    float angle = 2 * kPi * static_cast<float>(i) / (kBumps * kPointsPerBump);
    float wave = 0.9f + 0.1f * std::cos(angle * kBumps);
    outline.push_back(centre + sf::Vector2f(std::cos(angle), std::sin(angle)) * radius * wave);
  }
  appendFan(triangles, centre, outline, badge);
  appendPolyline(triangles, path(box, {{0.3f, 0.52f}, {0.44f, 0.66f}, {0.71f, 0.37f}}),
                 box.width * 0.11f, tick);
}

void appendForwardArrow(sf::VertexArray& triangles, const sf::FloatRect& box, sf::Color colour,
                        float stroke) {
  appendStrokes(triangles, box, colour, stroke,
                {{{0.12f, 0.85f},
                  {0.15f, 0.66f},
                  {0.25f, 0.52f},
                  {0.4f, 0.44f},
                  {0.55f, 0.42f},
                  {0.84f, 0.42f}},
                 {{0.64f, 0.2f}, {0.86f, 0.42f}, {0.64f, 0.64f}}});
}

void appendBackArrow(sf::VertexArray& triangles, const sf::FloatRect& box, sf::Color colour,
                     float stroke) {
  appendStrokes(triangles, box, colour, stroke,
                {{{0.86f, 0.5f}, {0.16f, 0.5f}}, {{0.46f, 0.2f}, {0.16f, 0.5f}, {0.46f, 0.8f}}});
}

void appendReload(sf::VertexArray& triangles, const sf::FloatRect& box, sf::Color colour,
                  float stroke) {
  // Most of a circle, open at the top right, with an arrowhead along its end.
  sf::Vector2f centre = at(box, 0.5f, 0.5f);
  float radius = box.width * 0.32f;
  float end_angle = -kPi * 0.3f;
  auto arc = arcPoints(centre, radius, end_angle - kPi * 1.6f, end_angle);
  appendPolyline(triangles, arc, stroke, colour);
  sf::Vector2f tip = arc.back();
  sf::Vector2f along{-std::sin(end_angle), std::cos(end_angle)};  // direction of travel
  sf::Vector2f outward{std::cos(end_angle), std::sin(end_angle)};
  float head = box.width * 0.2f;
  appendPolyline(
      triangles,
      {tip - along * head + outward * head * 0.7f, tip, tip - along * head - outward * head * 0.7f},
      stroke, colour);
}

void appendMoreDots(sf::VertexArray& triangles, const sf::FloatRect& box, sf::Color colour) {
  for (float across : {0.2f, 0.5f, 0.8f}) {
    appendDisc(triangles, at(box, across, 0.5f), box.width * 0.09f, colour);
  }
}

void appendCheckMark(sf::VertexArray& triangles, const sf::FloatRect& box, sf::Color colour,
                     float stroke) {
  appendStrokes(triangles, box, colour, stroke, {{{0.2f, 0.53f}, {0.41f, 0.74f}, {0.8f, 0.3f}}});
}

void appendCross(sf::VertexArray& triangles, const sf::FloatRect& box, sf::Color colour,
                 float stroke) {
  appendStrokes(triangles, box, colour, stroke,
                {{{0.27f, 0.27f}, {0.73f, 0.73f}}, {{0.73f, 0.27f}, {0.27f, 0.73f}}});
}

void appendPictureSign(sf::VertexArray& triangles, const sf::FloatRect& box, sf::Color colour,
                       float stroke) {
  sf::FloatRect frame{at(box, 0.06f, 0.14f), {box.width * 0.88f, box.height * 0.72f}};
  appendPolyline(triangles, roundedRectanglePath(frame, box.height * 0.08f), stroke, colour, true);
  appendPolyline(
      triangles,
      path(box, {{0.14f, 0.76f}, {0.38f, 0.46f}, {0.56f, 0.66f}, {0.68f, 0.54f}, {0.86f, 0.76f}}),
      stroke, colour);
  appendDisc(triangles, at(box, 0.7f, 0.34f), box.width * 0.08f, colour);
}

}  // namespace esprit::ui::icons
