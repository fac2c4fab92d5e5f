// Shows a scenario inside the ImGui layout: the scenario renderer draws it
// once into an offscreen texture at the column's width, and ImGui shows that
// texture as an image, so it scrolls and reflows with the rest of the screen.
// Redrawn only when the scenario, the width or the outlined parts change.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Pack.hpp"
#include "ui/scenario/ScenarioRenderer.hpp"

#include <SFML/Graphics/RenderTexture.hpp>

#include <imgui.h>
#include <imgui_internal.h>

#include <memory>
#include <string>
#include <vector>

namespace esprit::ui {

// The pack's own pictures shown this frame, in screen pixels. Screenshots
// taken for tests list them beside the PNG, so that text-contrast checks
// leave the pictures out: they are the pack's content, not the theme's text.
const std::vector<ImRect>& picturesShownThisFrame();
void forgetPicturesShown();

class ScenarioView {
 public:
  // Makes sure the texture shows `scenario` at `width` pixels in `style`.
  void prepare(const Scenario& scenario, float width, const ScenarioStyle& style,
               MediaCache& media);
  // Adds the image at the ImGui cursor; returns its top-left corner on screen.
  ImVec2 show();

  ImVec2 size() const;
  const ScenarioLayout& layout() const { return layout_; }
  // Screen rectangle of a hotspot region as last shown, if the scenario has it.
  std::optional<ImRect> regionOnScreen(const HotspotRegion& region) const;
  // The region under a screen point, through the renderer's own hit test.
  const HotspotRegion* regionAtScreenPoint(const std::vector<HotspotRegion>& regions,
                                           ImVec2 point) const;

 private:
  struct Key {
    const Scenario* scenario = nullptr;
    int width = 0;
    float text_size = 0;
    std::string language;
    std::vector<std::string> correct_parts;
    std::string tapped_part;
    unsigned appearance = 0;  // theme and fonts (Theme.hpp's appearanceGeneration)
    bool operator==(const Key&) const = default;
  };

  Key drawn_;
  std::unique_ptr<sf::RenderTexture> texture_;
  ScenarioLayout layout_;
  ImVec2 shown_at_{0, 0};
};

}  // namespace esprit::ui
