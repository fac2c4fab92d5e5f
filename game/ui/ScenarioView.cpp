// Offscreen drawing of scenarios and their placement in the ImGui layout.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ScenarioView.hpp"

#include "ui/Theme.hpp"

#include <imgui_internal.h>

#include <algorithm>
#include <cmath>

namespace esprit::ui {
namespace {

std::vector<ImRect> pictures_shown;

}  // namespace

const std::vector<ImRect>& picturesShownThisFrame() { return pictures_shown; }
void forgetPicturesShown() { pictures_shown.clear(); }

void ScenarioView::prepare(const Scenario& scenario, float width, const ScenarioStyle& style,
                           MediaCache& media) {
  Key wanted{&scenario,
             static_cast<int>(std::floor(width)),
             style.text_size,
             style.language,
             style.correct_parts,
             style.tapped_part,
             appearanceGeneration()};
  if (texture_ && wanted == drawn_) return;

  const auto maximum = static_cast<float>(sf::Texture::getMaximumSize());
  const float used_width = std::clamp(static_cast<float>(wanted.width), 1.f, maximum);
  // Never clip: the texture is as tall as the renderer says it needs, up to
  // what the graphics driver allows.
  const float height = std::clamp(
      std::ceil(measureScenarioHeight(scenario, used_width, style, media)), 1.f, maximum);
  const auto texture_width = static_cast<unsigned>(used_width);
  const auto texture_height = static_cast<unsigned>(height);
  if (!texture_ || texture_->getSize() != sf::Vector2u(texture_width, texture_height)) {
    texture_ = std::make_unique<sf::RenderTexture>();
    if (!texture_->create(texture_width, texture_height)) {
      texture_.reset();
      layout_ = {};
      return;
    }
    texture_->setSmooth(false);
  }
  texture_->clear(toSfml(palette().background));
  layout_ =
      drawScenario(*texture_, scenario, sf::FloatRect(0, 0, used_width, height), style, media);
  texture_->display();
  drawn_ = std::move(wanted);
}

ImVec2 ScenarioView::size() const {
  if (!texture_) return {0, 0};
  const auto pixels = texture_->getSize();
  return {static_cast<float>(pixels.x), static_cast<float>(pixels.y)};
}

ImVec2 ScenarioView::show() {
  shown_at_ = ImGui::GetCursorScreenPos();
  if (!texture_) {
    ImGui::Dummy(ImVec2(1, 1));
    return shown_at_;
  }
  const auto handle = static_cast<std::intptr_t>(texture_->getTexture().getNativeHandle());
  // An SFML render texture is stored upside down in OpenGL terms, so the
  // image is shown with its vertical texture coordinates swapped.
  ImGui::Image(reinterpret_cast<ImTextureID>(handle), size(), ImVec2(0, 1), ImVec2(1, 0));
  if (layout_.image_bounds) {
    const auto& picture = *layout_.image_bounds;
    pictures_shown.emplace_back(ImVec2(shown_at_.x + picture.left, shown_at_.y + picture.top),
                                ImVec2(shown_at_.x + picture.left + picture.width,
                                       shown_at_.y + picture.top + picture.height));
  }
  return shown_at_;
}

std::optional<ImRect> ScenarioView::regionOnScreen(const HotspotRegion& region) const {
  const auto bounds = regionBounds(layout_, region);
  if (!bounds) return std::nullopt;
  const ImVec2 min(shown_at_.x + bounds->left, shown_at_.y + bounds->top);
  return ImRect(min, ImVec2(min.x + bounds->width, min.y + bounds->height));
}

const HotspotRegion* ScenarioView::regionAtScreenPoint(const std::vector<HotspotRegion>& regions,
                                                       ImVec2 point) const {
  return regionAt(layout_, regions, sf::Vector2f(point.x - shown_at_.x, point.y - shown_at_.y));
}

}  // namespace esprit::ui
