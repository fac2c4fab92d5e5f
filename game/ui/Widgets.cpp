// Touch-sized buttons, answer cards, cards and verdict icons.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/Widgets.hpp"

#include "ui/Theme.hpp"

#include <imgui_internal.h>

#include <algorithm>
#include <cfloat>
#include <memory>
#include <vector>

namespace esprit::ui::widgets {
namespace {

// Each card splits the draw list in two (content on top, card behind) with
// its own splitter, so cards may hold tables and other cards.
struct CardFrame {
  ImVec2 start;
  float width;
  ImVec4 fill, border;
  std::unique_ptr<ImDrawListSplitter> splitter;
};

std::vector<CardFrame>& openCards() {
  static std::vector<CardFrame> cards;
  return cards;
}

ImFont* heading_font = nullptr;
ImFont* bold_font = nullptr;

// Wrapped text in `font`, or in the current font before the fonts are set.
void wrappedTextIn(ImFont* font, std::string_view text) {
  ImGui::PushFont(font ? font : ImGui::GetFont());
  wrappedText(text);
  ImGui::PopFont();
}

bool keyboardFocusVisible() { return ImGui::GetIO().NavVisible; }

}  // namespace

void beginScreen(const char* name) {
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->Pos);
  ImGui::SetNextWindowSize(viewport->Size);
  constexpr ImGuiWindowFlags kFlags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                      ImGuiWindowFlags_NoSavedSettings |
                                      ImGuiWindowFlags_NoBringToFrontOnFocus;
  ImGui::Begin(name, nullptr, kFlags);
}

void endScreen() { ImGui::End(); }

float buttonWidth(const std::string& label) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const float text = ImGui::CalcTextSize(label.c_str(), nullptr, true).x;
  return std::max(text + style.FramePadding.x * 3.f, metrics().touchTarget() * 1.6f);
}

bool button(const std::string& label, ButtonKind kind, float width) {
  const Palette& colours = palette();
  const Metrics measure = metrics();
  const bool primary = kind == ButtonKind::primary;
  if (primary) {
    ImGui::PushStyleColor(ImGuiCol_Button, colours.primary);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, colours.primary_hovered);
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, colours.primary_active);
    ImGui::PushStyleColor(ImGuiCol_Text, colours.on_primary);
  }
  const float used_width = width > 0 ? width : buttonWidth(label);
  const bool pressed = ImGui::Button(label.c_str(), ImVec2(used_width, measure.touchTarget()));
  if (primary) ImGui::PopStyleColor(4);
  handCursorForLastItem();
  focusRingForLastItem();
  return pressed;
}

bool buttonIf(bool enabled, const std::string& label, ButtonKind kind, float width) {
  if (enabled) return button(label, kind, width);
  const Palette& colours = palette();
  ImGui::PushStyleColor(ImGuiCol_Button, colours.disabled_background);
  ImGui::PushStyleColor(ImGuiCol_ButtonHovered, colours.disabled_background);
  ImGui::PushStyleColor(ImGuiCol_ButtonActive, colours.disabled_background);
  ImGui::PushStyleColor(ImGuiCol_Text, colours.disabled_text);
  ImGui::PushItemFlag(ImGuiItemFlags_Disabled, true);
  const float used_width = width > 0 ? width : buttonWidth(label);
  ImGui::Button(label.c_str(), ImVec2(used_width, metrics().touchTarget()));
  ImGui::PopItemFlag();
  ImGui::PopStyleColor(4);
  return false;
}

void hideKeyboardFocus() {
  if (ImGuiContext* context = ImGui::GetCurrentContext()) context->NavDisableHighlight = true;
}

void focusRingForLastItem() {
  if (!keyboardFocusVisible() || !ImGui::IsItemFocused()) return;
  const Metrics measure = metrics();
  // Standard: a ring just apart from the item. High contrast: a thicker ring
  // touching it, so no half-dark seam shows between ring and item.
  const float inset =
      highContrastInUse() ? -measure.focusThickness() * 0.5f : -measure.focusThickness();
  ImVec2 min = ImGui::GetItemRectMin();
  ImVec2 max = ImGui::GetItemRectMax();
  min.x += inset;
  min.y += inset;
  max.x -= inset;
  max.y -= inset;
  ImGui::GetWindowDrawList()->AddRect(min, max, toU32(palette().focus), measure.rounding() * 1.3f,
                                      0, measure.focusThickness());
}

void handCursorForLastItem() {
  if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
}

bool choiceCard(const char* id, std::string_view badge, std::string_view text, bool selected,
                Marker marker, float width) {
  const Palette& colours = palette();
  const Metrics measure = metrics();
  const ImGuiStyle& style = ImGui::GetStyle();
  const float padding = measure.em * 0.7f;
  const float badge_size = measure.em * 1.7f;
  const float marker_size = marker == Marker::none ? 0.f : measure.em * 1.1f;
  const float text_left = padding + badge_size + style.ItemInnerSpacing.x * 2.f;
  const float text_right =
      padding + (marker_size > 0 ? marker_size + style.ItemInnerSpacing.x * 2.f : 0.f);
  const float wrap_width = std::max(measure.em * 4.f, width - text_left - text_right);
  const ImVec2 text_size =
      ImGui::CalcTextSize(text.data(), text.data() + text.size(), false, wrap_width);
  const float height = std::max(measure.touchTarget(), text_size.y + padding * 2.f);

  const ImVec2 top_left = ImGui::GetCursorScreenPos();
  const bool pressed = ImGui::InvisibleButton(id, ImVec2(width, height));
  const bool hovered = ImGui::IsItemHovered();
  const bool held = ImGui::IsItemActive();
  handCursorForLastItem();

  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec2 bottom_right(top_left.x + width, top_left.y + height);
  ImVec4 fill = selected ? colours.selected : colours.card;
  if (held)
    fill = colours.secondary_active;
  else if (hovered && !selected)
    fill = colours.secondary;
  draw->AddRectFilled(top_left, bottom_right, toU32(fill), measure.rounding());
  const float border = selected ? measure.focusThickness() : std::max(1.f, measure.em * 0.07f);
  draw->AddRect(top_left, bottom_right, toU32(selected ? colours.primary : colours.card_border),
                measure.rounding(), 0, border);

  // Badge: the number key that picks this option.
  const ImVec2 badge_min(top_left.x + padding, top_left.y + (height - badge_size) * 0.5f);
  const ImVec2 badge_max(badge_min.x + badge_size, badge_min.y + badge_size);
  draw->AddRectFilled(badge_min, badge_max, toU32(selected ? colours.primary : colours.secondary),
                      measure.rounding());
  const ImVec2 badge_text = ImGui::CalcTextSize(badge.data(), badge.data() + badge.size());
  draw->AddText(ImVec2(badge_min.x + (badge_size - badge_text.x) * 0.5f,
                       badge_min.y + (badge_size - badge_text.y) * 0.5f),
                toU32(selected ? colours.on_primary : colours.text), badge.data(),
                badge.data() + badge.size());

  draw->AddText(ImGui::GetFont(), ImGui::GetFontSize(),
                ImVec2(top_left.x + text_left, top_left.y + (height - text_size.y) * 0.5f),
                toU32(colours.text), text.data(), text.data() + text.size(), wrap_width);

  // The marker repeats the selection as a shape: a dot in a ring, a tick in a box.
  if (marker != Marker::none) {
    const ImVec2 centre(bottom_right.x - padding - marker_size * 0.5f, top_left.y + height * 0.5f);
    const float radius = marker_size * 0.5f;
    const float line = std::max(1.5f, measure.em * 0.1f);
    const ImU32 ink = toU32(selected ? colours.primary : colours.muted_text);
    if (marker == Marker::radio) {
      draw->AddCircle(centre, radius, ink, 0, line);
      if (selected) draw->AddCircleFilled(centre, radius * 0.55f, ink);
    } else {
      const ImVec2 box_min(centre.x - radius, centre.y - radius);
      const ImVec2 box_max(centre.x + radius, centre.y + radius);
      if (selected) {
        draw->AddRectFilled(box_min, box_max, ink, radius * 0.3f);
        const ImVec2 tick[] = {ImVec2(centre.x - radius * 0.55f, centre.y),
                               ImVec2(centre.x - radius * 0.15f, centre.y + radius * 0.45f),
                               ImVec2(centre.x + radius * 0.6f, centre.y - radius * 0.5f)};
        draw->AddPolyline(tick, 3, toU32(colours.on_primary), 0, line * 1.4f);
      } else {
        draw->AddRect(box_min, box_max, ink, radius * 0.3f, 0, line);
      }
    }
  }
  focusRingForLastItem();
  return pressed;
}

void setTextFonts(ImFont* heading, ImFont* bold) {
  heading_font = heading;
  bold_font = bold;
}

bool toggleCard(const char* id, std::string_view title, std::string_view help, bool& value,
                float width, ImFont* title_font) {
  const Palette& colours = palette();
  const Metrics measure = metrics();
  const float padding = measure.em * 0.7f;
  const float box = measure.em * 1.3f;
  const float text_width = std::max(measure.em * 4.f, width - padding * 3.f - box);
  ImFont* font = title_font ? title_font : ImGui::GetFont();
  const ImVec2 title_size = font->CalcTextSizeA(ImGui::GetFontSize(), FLT_MAX, text_width,
                                                title.data(), title.data() + title.size());
  const ImVec2 help_size =
      ImGui::CalcTextSize(help.data(), help.data() + help.size(), false, text_width);
  const float gap = measure.em * 0.2f;
  const float height =
      std::max(measure.touchTarget(), title_size.y + gap + help_size.y + padding * 2.f);

  const ImVec2 top_left = ImGui::GetCursorScreenPos();
  const bool pressed = ImGui::InvisibleButton(id, ImVec2(width, height));
  if (pressed) value = !value;
  const bool hovered = ImGui::IsItemHovered();
  handCursorForLastItem();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec2 bottom_right(top_left.x + width, top_left.y + height);
  draw->AddRectFilled(top_left, bottom_right,
                      toU32(value     ? colours.selected
                            : hovered ? colours.secondary
                                      : colours.card),
                      measure.rounding());
  draw->AddRect(top_left, bottom_right, toU32(value ? colours.primary : colours.card_border),
                measure.rounding(), 0,
                value ? measure.focusThickness() : std::max(1.f, measure.em * 0.07f));
  const float text_top = top_left.y + (height - title_size.y - gap - help_size.y) * 0.5f;
  draw->AddText(font, ImGui::GetFontSize(), ImVec2(top_left.x + padding, text_top),
                toU32(colours.text), title.data(), title.data() + title.size(), text_width);
  draw->AddText(ImGui::GetFont(), ImGui::GetFontSize(),
                ImVec2(top_left.x + padding, text_top + title_size.y + gap),
                toU32(colours.muted_text), help.data(), help.data() + help.size(), text_width);

  const ImVec2 box_min(bottom_right.x - padding - box, top_left.y + (height - box) * 0.5f);
  const ImVec2 box_max(box_min.x + box, box_min.y + box);
  const float line = std::max(1.5f, measure.em * 0.1f);
  if (value) {
    draw->AddRectFilled(box_min, box_max, toU32(colours.primary), box * 0.2f);
    const ImVec2 tick[] = {ImVec2(box_min.x + box * 0.22f, box_min.y + box * 0.52f),
                           ImVec2(box_min.x + box * 0.42f, box_min.y + box * 0.72f),
                           ImVec2(box_min.x + box * 0.8f, box_min.y + box * 0.28f)};
    draw->AddPolyline(tick, 3, toU32(colours.on_primary), 0, line * 1.4f);
  } else {
    draw->AddRect(box_min, box_max, toU32(colours.muted_text), box * 0.2f, 0, line);
  }
  focusRingForLastItem();
  return pressed;
}

void heading(std::string_view text) { wrappedTextIn(heading_font, text); }

void boldText(std::string_view text) { wrappedTextIn(bold_font, text); }

void wrappedText(std::string_view text) {
  // Keep a wrap width the caller chose; otherwise wrap at the window's edge.
  const bool choose_wrap = ImGui::GetCurrentWindow()->DC.TextWrapPos < 0.f;
  if (choose_wrap) ImGui::PushTextWrapPos(0.f);
  ImGui::TextUnformatted(text.data(), text.data() + text.size());
  if (choose_wrap) ImGui::PopTextWrapPos();
}

void mutedText(std::string_view text) { coloredWrappedText(palette().muted_text, text); }

void coloredWrappedText(const ImVec4& colour, std::string_view text) {
  ImGui::PushStyleColor(ImGuiCol_Text, colour);
  wrappedText(text);
  ImGui::PopStyleColor();
}

void verdictIcon(ImDrawList* draw, ImVec2 centre, float radius, Verdict verdict, float appear) {
  const Palette& colours = palette();
  const ImVec4 fill = verdict == Verdict::right   ? colours.right
                      : verdict == Verdict::wrong ? colours.wrong
                                                  : colours.partial;
  const float scaled = radius * (0.6f + 0.4f * appear);
  draw->AddCircleFilled(centre, scaled, toU32(fill));
  const ImU32 ink = toU32(colours.on_primary);
  const float line = scaled * 0.2f;
  switch (verdict) {
    case Verdict::right: {
      const ImVec2 tick[] = {ImVec2(centre.x - scaled * 0.45f, centre.y + scaled * 0.02f),
                             ImVec2(centre.x - scaled * 0.12f, centre.y + scaled * 0.35f),
                             ImVec2(centre.x + scaled * 0.48f, centre.y - scaled * 0.35f)};
      draw->AddPolyline(tick, 3, ink, 0, line);
      break;
    }
    case Verdict::wrong: {
      const float arm = scaled * 0.38f;
      draw->AddLine(ImVec2(centre.x - arm, centre.y - arm), ImVec2(centre.x + arm, centre.y + arm),
                    ink, line);
      draw->AddLine(ImVec2(centre.x - arm, centre.y + arm), ImVec2(centre.x + arm, centre.y - arm),
                    ink, line);
      break;
    }
    case Verdict::partly: {
      // Half a disc: part of the answer was right.
      draw->AddCircle(centre, scaled * 0.5f, ink, 0, line * 0.6f);
      draw->PathArcTo(centre, scaled * 0.5f, IM_PI * 0.5f, IM_PI * 1.5f);
      draw->PathFillConvex(ink);
      break;
    }
  }
}

void beginCard(float width, const ImVec4& fill, const ImVec4& border) {
  ImDrawList* draw = ImGui::GetWindowDrawList();
  auto splitter = std::make_unique<ImDrawListSplitter>();
  splitter->Split(draw, 2);
  splitter->SetCurrentChannel(draw, 1);
  const float padding = metrics().em * 0.9f;
  const ImVec2 start = ImGui::GetCursorScreenPos();
  openCards().push_back({start, width, fill, border, std::move(splitter)});
  ImGui::SetCursorScreenPos(ImVec2(start.x + padding, start.y + padding));
  ImGui::BeginGroup();
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width - padding * 2.f);
}

void endCard() {
  ImGui::PopTextWrapPos();
  ImGui::EndGroup();
  CardFrame frame = std::move(openCards().back());
  openCards().pop_back();
  const Metrics measure = metrics();
  const float padding = measure.em * 0.9f;
  const ImVec2 end(frame.start.x + frame.width, ImGui::GetItemRectMax().y + padding);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  frame.splitter->SetCurrentChannel(draw, 0);
  draw->AddRectFilled(frame.start, end, toU32(frame.fill), measure.rounding());
  draw->AddRect(frame.start, end, toU32(frame.border), measure.rounding(), 0,
                std::max(1.f, measure.em * 0.07f));
  frame.splitter->Merge(draw);
  ImGui::SetCursorScreenPos(frame.start);
  ImGui::Dummy(ImVec2(frame.width, end.y - frame.start.y));
}

void centreNext(float width) {
  const float available = ImGui::GetContentRegionAvail().x;
  if (available > width) ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (available - width) * 0.5f);
}

void centredText(std::string_view text, const ImVec4& colour, float max_width) {
  // Each wrapped line is centred on its own, as a title's subtitle is set:
  // a block of left-aligned lines under a centred title looks misplaced.
  ImFont* font = ImGui::GetFont();
  const float font_size = ImGui::GetFontSize();
  const float region_left = ImGui::GetCursorPosX();
  const float region_width = ImGui::GetContentRegionAvail().x;
  const float wrap_width = std::min(region_width, max_width);
  const char* cursor = text.data();
  const char* const end = cursor + text.size();
  ImGui::PushStyleColor(ImGuiCol_Text, colour);
  // The lines sit as close as one wrapped paragraph's; the usual gap follows the last.
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(ImGui::GetStyle().ItemSpacing.x, 0.f));
  while (cursor < end) {
    const char* line_end =
        font->CalcWordWrapPositionA(font_size / font->FontSize, cursor, end, wrap_width);
    if (line_end == cursor && *cursor != '\n') ++line_end;  // never stand still
    const char* shown_end = line_end;
    while (shown_end > cursor && (shown_end[-1] == ' ' || shown_end[-1] == '\t')) --shown_end;
    const float line_width = font->CalcTextSizeA(font_size, FLT_MAX, 0.f, cursor, shown_end).x;
    ImGui::SetCursorPosX(region_left + std::max(0.f, (region_width - line_width) * 0.5f));
    ImGui::TextUnformatted(cursor, shown_end);
    // As ImGui's own wrapping does: the blanks at the break go, and one line break.
    cursor = line_end;
    while (cursor < end && (*cursor == ' ' || *cursor == '\t')) ++cursor;
    if (cursor < end && *cursor == '\n') ++cursor;
  }
  ImGui::PopStyleVar();
  ImGui::PopStyleColor();
  ImGui::Dummy(ImVec2(0.f, 0.f));
}

}  // namespace esprit::ui::widgets
