// Scenario rendering for the editor, the question below it, and hotspot drawing.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/EditorPreview.hpp"

#include "core/Vocabulary.hpp"
#include "ui/Theme.hpp"
#include "ui/Widgets.hpp"

#include <algorithm>
#include <cmath>

namespace esprit::ui::editor {
namespace {

constexpr float kSmallestRectangle = 0.02f;  // a click without a drag draws nothing

}  // namespace

void EditorPreview::render(Context& context, const Scenario& scenario, const Question* question,
                           float width) {
  ScenarioStyle style = context.scenarioStyle(question);
  if (question != nullptr && question->type == QuestionType::hotspot) {
    // The preview outlines the right regions, as the feedback will.
    style.correct_parts = question->correct_regions;
  }
  const auto maximum = static_cast<float>(sf::Texture::getMaximumSize());
  const float used_width = std::clamp(std::floor(width), 1.f, maximum);
  const float height = std::clamp(
      std::ceil(measureScenarioHeight(scenario, used_width, style, context.media)), 1.f, maximum);
  const sf::Vector2u size(static_cast<unsigned>(used_width), static_cast<unsigned>(height));
  if (!texture_ || texture_->getSize() != size) {
    texture_ = std::make_unique<sf::RenderTexture>();
    if (!texture_->create(size.x, size.y)) {
      texture_.reset();
      layout_ = {};
      return;
    }
  }
  texture_->clear(toSfml(palette().background));
  layout_ = drawScenario(*texture_, scenario, sf::FloatRect(0, 0, used_width, height), style,
                         context.media);
  texture_->display();
}

bool EditorPreview::show(Context& context, const Scenario* scenario, Question* question,
                         unsigned revision, int drawn_region) {
  bool changed = false;
  const float width = std::min(ImGui::GetContentRegionAvail().x, metrics().readingWidth());
  if (scenario != nullptr) {
    const int whole_width = static_cast<int>(std::floor(width));
    if (!texture_ || revision != drawn_revision_ || scenario != drawn_scenario_ ||
        whole_width != drawn_width_ || context.fonts.pixelSize() != drawn_text_size_) {
      render(context, *scenario, question, width);
      drawn_revision_ = revision;
      drawn_scenario_ = scenario;
      drawn_width_ = whole_width;
      drawn_text_size_ = context.fonts.pixelSize();
    }
    if (texture_) {
      const ImVec2 origin = ImGui::GetCursorScreenPos();
      const auto pixels = texture_->getSize();
      const auto handle = static_cast<std::intptr_t>(texture_->getTexture().getNativeHandle());
      // Render textures are upside down in OpenGL terms.
      ImGui::Image(reinterpret_cast<ImTextureID>(handle),
                   ImVec2(static_cast<float>(pixels.x), static_cast<float>(pixels.y)), ImVec2(0, 1),
                   ImVec2(1, 0));
      if (question != nullptr && question->type == QuestionType::hotspot) {
        changed = drawRegions(*question, origin, drawn_region);
      }
    }
  }
  if (question != nullptr) showQuestion(context, *question);
  return changed;
}

bool EditorPreview::drawRegions(Question& question, ImVec2 origin, int drawn_region) {
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const float thickness = metrics().focusThickness();
  // Named parts and rectangles alike, labelled with their ids.
  for (std::size_t index = 0; index < question.regions.size(); ++index) {
    const auto bounds = regionBounds(layout_, question.regions[index]);
    if (!bounds) continue;
    const ImVec2 min(origin.x + bounds->left, origin.y + bounds->top);
    const ImVec2 max(min.x + bounds->width, min.y + bounds->height);
    const bool active = static_cast<int>(index) == drawn_region;
    draw->AddRect(min, max, toU32(active ? palette().focus : palette().accent), 0, 0,
                  active ? thickness * 2 : thickness);
    // The id on a small card, readable over any picture.
    const char* name = question.regions[index].id.c_str();
    const ImVec2 name_at(min.x + thickness * 2, min.y + thickness * 2);
    const ImVec2 name_size = ImGui::CalcTextSize(name);
    draw->AddRectFilled(ImVec2(name_at.x - thickness, name_at.y),
                        ImVec2(name_at.x + name_size.x + thickness, name_at.y + name_size.y),
                        toU32(palette().card), thickness);
    draw->AddText(name_at, toU32(palette().text), name);
  }
  if (!layout_.image_bounds || drawn_region < 0 ||
      drawn_region >= static_cast<int>(question.regions.size()) ||
      !question.regions[drawn_region].isRectangle()) {
    dragging_ = false;
    first_corner_.reset();
    return false;
  }
  const sf::FloatRect picture = *layout_.image_bounds;
  const ImVec2 picture_min(origin.x + picture.left, origin.y + picture.top);
  const ImVec2 mouse = ImGui::GetIO().MousePos;
  auto fraction = [&](ImVec2 point) {
    return ImVec2(std::clamp((point.x - picture_min.x) / picture.width, 0.f, 1.f),
                  std::clamp((point.y - picture_min.y) / picture.height, 0.f, 1.f));
  };
  const bool over_picture = mouse.x >= picture_min.x && mouse.y >= picture_min.y &&
                            mouse.x <= picture_min.x + picture.width &&
                            mouse.y <= picture_min.y + picture.height;
  if (over_picture && ImGui::IsWindowHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  if (!dragging_ && over_picture && ImGui::IsWindowHovered() && ImGui::IsMouseClicked(0)) {
    dragging_ = true;
    drag_start_ = fraction(mouse);
  }
  if (first_corner_) {
    const ImVec2 corner(picture_min.x + first_corner_->x * picture.width,
                        picture_min.y + first_corner_->y * picture.height);
    draw->AddCircleFilled(corner, thickness * 3, toU32(palette().focus));
  }
  if (!dragging_) return false;
  const ImVec2 end = fraction(mouse);
  const ImVec2 low(std::min(drag_start_.x, end.x), std::min(drag_start_.y, end.y));
  const ImVec2 high(std::max(drag_start_.x, end.x), std::max(drag_start_.y, end.y));
  draw->AddRectFilled(
      ImVec2(picture_min.x + low.x * picture.width, picture_min.y + low.y * picture.height),
      ImVec2(picture_min.x + high.x * picture.width, picture_min.y + high.y * picture.height),
      toU32(ImVec4(palette().focus.x, palette().focus.y, palette().focus.z, 0.3f)));
  if (ImGui::IsMouseDown(0)) return false;
  dragging_ = false;
  ImVec2 first = drag_start_, second = end;
  if (high.x - low.x < kSmallestRectangle || high.y - low.y < kSmallestRectangle) {
    // A tap without a drag marks one corner; the next tap marks the opposite
    // one, so a finger (or a script) can draw without dragging.
    if (!first_corner_) {
      first_corner_ = end;
      return false;
    }
    first = *first_corner_;
    first_corner_.reset();
  }
  const ImVec2 low_corner(std::min(first.x, second.x), std::min(first.y, second.y));
  const ImVec2 high_corner(std::max(first.x, second.x), std::max(first.y, second.y));
  if (high_corner.x - low_corner.x < kSmallestRectangle ||
      high_corner.y - low_corner.y < kSmallestRectangle) {
    return false;
  }
  HotspotRegion& region = question.regions[drawn_region];
  region.x = low_corner.x;
  region.y = low_corner.y;
  region.width = high_corner.x - low_corner.x;
  region.height = high_corner.y - low_corner.y;
  return true;
}

void EditorPreview::showQuestion(const Context& context, const Question& question) {
  const float width = std::min(ImGui::GetContentRegionAvail().x, metrics().readingWidth());
  ImGui::Dummy(ImVec2(0, metrics().gap()));
  ImGui::PushFont(context.fonts.bold());
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
  ImGui::TextUnformatted(question.prompt.c_str());
  ImGui::PopTextWrapPos();
  ImGui::PopFont();
  switch (question.type) {
    case QuestionType::single_choice:
    case QuestionType::multiple_choice:
    case QuestionType::ordering: {
      const bool multiple = question.type == QuestionType::multiple_choice;
      for (std::size_t option = 0; option < question.options.size(); ++option) {
        const bool right =
            question.type == QuestionType::ordering ||
            (multiple ? std::find(question.correct_options.begin(), question.correct_options.end(),
                                  option) != question.correct_options.end()
                      : question.correct_option == option);
        const std::string id = "##preview-option" + std::to_string(option);
        const widgets::Marker marker = question.type == QuestionType::ordering
                                           ? widgets::Marker::none
                                       : multiple ? widgets::Marker::checkbox
                                                  : widgets::Marker::radio;
        widgets::choiceCard(id.c_str(), std::to_string(option + 1), question.options[option],
                            right && question.type != QuestionType::ordering, marker, width);
      }
      break;
    }
    case QuestionType::true_false:
      widgets::choiceCard("##preview-real", "1",
                          context.text(binaryAnswerKey(question.wording, true)), question.is_real,
                          widgets::Marker::radio, width);
      widgets::choiceCard("##preview-fake", "2",
                          context.text(binaryAnswerKey(question.wording, false)), !question.is_real,
                          widgets::Marker::radio, width);
      break;
    case QuestionType::hotspot:
      widgets::mutedText(context.text("editor.preview.hotspot"));
      break;
  }
  widgets::mutedText(context.text("editor.preview.marked"));
}

}  // namespace esprit::ui::editor
