// Small icons drawn from shapes (no image files): the like, reply and repost
// buttons of a post, the padlock of an address bar, the verified badge, the
// forwarded arrow, answer marks and the missing-picture sign. Each fills the
// square `box` it is given, in triangles for Canvas::addTriangles.
#pragma once

#include <SFML/Graphics.hpp>

namespace esprit::ui::icons {

void appendHeart(sf::VertexArray& triangles, const sf::FloatRect& box, sf::Color colour,
                 float stroke);
void appendReplyBubble(sf::VertexArray& triangles, const sf::FloatRect& box, sf::Color colour,
                       float stroke);
void appendShare(sf::VertexArray& triangles, const sf::FloatRect& box, sf::Color colour,
                 float stroke);
void appendRepost(sf::VertexArray& triangles, const sf::FloatRect& box, sf::Color colour,
                  float stroke);
void appendPadlock(sf::VertexArray& triangles, const sf::FloatRect& box, sf::Color colour,
                   float stroke);
void appendVerifiedBadge(sf::VertexArray& triangles, const sf::FloatRect& box, sf::Color badge,
                         sf::Color tick);
void appendForwardArrow(sf::VertexArray& triangles, const sf::FloatRect& box, sf::Color colour,
                        float stroke);
void appendBackArrow(sf::VertexArray& triangles, const sf::FloatRect& box, sf::Color colour,
                     float stroke);
void appendReload(sf::VertexArray& triangles, const sf::FloatRect& box, sf::Color colour,
                  float stroke);
void appendMoreDots(sf::VertexArray& triangles, const sf::FloatRect& box, sf::Color colour);
void appendCheckMark(sf::VertexArray& triangles, const sf::FloatRect& box, sf::Color colour,
                     float stroke);
void appendCross(sf::VertexArray& triangles, const sf::FloatRect& box, sf::Color colour,
                 float stroke);
void appendPictureSign(sf::VertexArray& triangles, const sf::FloatRect& box, sf::Color colour,
                       float stroke);

}  // namespace esprit::ui::icons
