// Small icons drawn from shapes (no image files): the like, reply and repost
// buttons of a post, the padlock of an address bar, the verified badge, the
// forwarded arrow, answer marks and the missing-picture sign. Each fills the
// square `box` it is given, in triangles for Canvas::addTriangles.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <SFML/Graphics.hpp>

namespace esprit::ui::icons {

// A line icon: adds to `triangles` the strokes that draw it in the square
// `box`, `stroke` pixels thick, in `colour`.
using LineIcon = void(sf::VertexArray& triangles, const sf::FloatRect& box, sf::Color colour,
                      float stroke);

LineIcon appendHeart;
LineIcon appendReplyBubble;
LineIcon appendShare;
LineIcon appendRepost;
LineIcon appendPadlock;
LineIcon appendForwardArrow;
LineIcon appendBackArrow;
LineIcon appendReload;
LineIcon appendCheckMark;
LineIcon appendCross;
LineIcon appendPictureSign;

// The verified badge is filled, in `badge`, with its tick in `tick`.
void appendVerifiedBadge(sf::VertexArray& triangles, const sf::FloatRect& box, sf::Color badge,
                         sf::Color tick);
void appendMoreDots(sf::VertexArray& triangles, const sf::FloatRect& box, sf::Color colour);

}  // namespace esprit::ui::icons
