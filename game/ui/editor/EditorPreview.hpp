// The live preview: the scenario drawn by the game's own scenario renderer,
// redrawn whenever the pack changes, with the question below it as the
// player will see it. On a picture, hotspot rectangles are drawn and can be
// drawn anew by dragging the mouse (or a finger) over the picture.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Pack.hpp"
#include "ui/Context.hpp"
#include "ui/scenario/ScenarioRenderer.hpp"

#include <SFML/Graphics/RenderTexture.hpp>

#include <imgui.h>

#include <memory>
#include <optional>

namespace esprit::ui::editor {

class EditorPreview {
 public:
  // Shows `question` (may be null) and its scenario, or `scenario` alone.
  // Returns true when a drawn rectangle changed the question's regions.
  bool show(Context& context, const Scenario* scenario, Question* question, unsigned revision,
            int drawn_region);

 private:
  void render(Context& context, const Scenario& scenario, const Question* question, float width);
  bool drawRegions(Question& question, ImVec2 origin, int drawn_region);
  void showQuestion(const Context& context, const Question& question);

  std::unique_ptr<sf::RenderTexture> texture_;
  ScenarioLayout layout_;
  unsigned drawn_revision_ = ~0u;
  const Scenario* drawn_scenario_ = nullptr;
  int drawn_width_ = 0;
  float drawn_text_size_ = 0;
  // A rectangle being dragged out, in fractions of the picture.
  bool dragging_ = false;
  ImVec2 drag_start_{0, 0};
  std::optional<ImVec2> first_corner_;  // a tapped corner waiting for the opposite one
};

}  // namespace esprit::ui::editor
