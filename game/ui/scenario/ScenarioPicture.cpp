// Draws a scenario once into a texture and reuses it until something changes.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/scenario/ScenarioPicture.hpp"

#include <cmath>
#include <sstream>

namespace esprit::ui {
namespace {

sf::FloatRect moved(sf::FloatRect rectangle, sf::Vector2f offset) {
  rectangle.left += offset.x;
  rectangle.top += offset.y;
  return rectangle;
}

ScenarioLayout movedLayout(ScenarioLayout layout, sf::Vector2f offset) {
  layout.bounds = moved(layout.bounds, offset);
  for (auto& part : layout.parts) part.bounds = moved(part.bounds, offset);
  if (layout.image_bounds) layout.image_bounds = moved(*layout.image_bounds, offset);
  return layout;
}

}  // namespace

std::string ScenarioPicture::keyOf(const Scenario& scenario, float width,
                                   const ScenarioStyle& style) const {
  // Everything that changes the drawing: the scenario itself is compared by
  // address and id, since screens keep their pack alive while it is shown.
  std::ostringstream key;
  key << &scenario << '\n'
      << scenario.id << '\n'
      << width << '\n'
      << style.text_size << '\n'
      << style.regular << style.bold << style.fallback << style.serif_bold << '\n'
      << style.language << '\n'
      << style.tapped_part << '\n';
  for (const auto& name : style.correct_parts) key << name << '\n';
  for (const auto& region : style.regions) {
    key << region.id << ' ' << region.part << ' ' << region.x << ' ' << region.y << ' '
        << region.width << ' ' << region.height << '\n';
  }
  return key.str();
}

ScenarioLayout ScenarioPicture::draw(sf::RenderTarget& target, const Scenario& scenario,
                                     const sf::FloatRect& area, const ScenarioStyle& style,
                                     MediaCache& media) {
  // Whole pixels: a picture drawn between pixels would blur the text in it.
  sf::Vector2f corner{std::round(area.left), std::round(area.top)};
  float width = std::round(area.width);
  if (!(width >= 1.f && width <= static_cast<float>(sf::Texture::getMaximumSize()))) {
    return drawScenario(target, scenario, area, style, media);  // nothing sensible to keep
  }
  std::string key = keyOf(scenario, width, style);
  reused_ = key == key_ && texture_ != nullptr;
  if (!reused_) {
    key_.clear();
    float height = std::ceil(measureScenarioHeight(scenario, width, style, media));
    auto texture_width = static_cast<unsigned>(std::max(width, 1.f));
    auto texture_height = static_cast<unsigned>(std::max(height, 1.f));
    unsigned largest = sf::Texture::getMaximumSize();
    if (texture_width > largest || texture_height > largest) {
      texture_.reset();
      return drawScenario(target, scenario, area, style, media);
    }
    if (!texture_ || texture_->getSize() != sf::Vector2u(texture_width, texture_height)) {
      texture_ = std::make_unique<sf::RenderTexture>();
      // Smooth edges when the driver offers them, plain ones otherwise.
      if (!texture_->create(texture_width, texture_height, sf::ContextSettings(0, 0, 4)) &&
          !texture_->create(texture_width, texture_height)) {
        texture_.reset();
        return drawScenario(target, scenario, area, style, media);
      }
    }
    texture_->clear(sf::Color::Transparent);
    layout_ = drawScenario(*texture_, scenario, {0, 0, width, height}, style, media);
    texture_->display();
    key_ = key;
  }
  sf::Sprite sprite(texture_->getTexture());
  sprite.setPosition(corner);
  // The card was drawn onto transparent pixels, which leaves its colours
  // multiplied by their coverage at the round edges: blend it as such.
  sf::RenderStates states(sf::BlendMode(sf::BlendMode::One, sf::BlendMode::OneMinusSrcAlpha));
  target.draw(sprite, states);
  return movedLayout(layout_, corner);
}

}  // namespace esprit::ui
