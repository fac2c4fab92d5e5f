// The game's own ImGui widgets: big buttons and answer cards sized for touch,
// with a strong keyboard focus ring, vector verdict icons (crisp at any
// size), and a full-window screen frame. Sizes come from the text size.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <imgui.h>

#include <cfloat>

#include <string>
#include <string_view>

namespace esprit::ui::widgets {

// A see-through window covering the whole display, holding one screen.
void beginScreen(const char* name);
void endScreen();

enum class ButtonKind { primary, secondary };

// A button at least one touch target tall; width 0 fits the label.
bool button(const std::string& label, ButtonKind kind = ButtonKind::secondary, float width = 0);
// Like button() but greyed out and inert when `enabled` is false.
bool buttonIf(bool enabled, const std::string& label, ButtonKind kind, float width = 0);
float buttonWidth(const std::string& label);

enum class Marker { none, radio, checkbox };

// A tappable card with a small badge ("1"), wrapped text, and a marker that
// shows selection by shape, not only by colour. Returns true when tapped.
bool choiceCard(const char* id, std::string_view badge, std::string_view text, bool selected,
                Marker marker, float width);

// Hides the keyboard focus ring until the player next uses Tab or the
// arrows, so Enter on a fresh screen confirms instead of pressing whatever
// button happened to get focus first.
void hideKeyboardFocus();
// A whole-row switch: a bold title, a line of help, and a tick box that
// shows the state by shape. Returns true when tapped (the value is flipped).
bool toggleCard(const char* id, std::string_view title, std::string_view help, bool& value,
                float width, ImFont* title_font);

// Draws the keyboard focus ring around the last item when the keyboard is in use.
void focusRingForLastItem();
// Shows the hand cursor over the last item when hovered.
void handCursorForLastItem();

// The fonts heading() and boldText() use; set after every atlas rebuild.
void setTextFonts(ImFont* heading, ImFont* bold);
void heading(std::string_view text);
// Wrapped text in the bold font: the label over a group of choices.
void boldText(std::string_view text);
void wrappedText(std::string_view text);
void mutedText(std::string_view text);
void coloredWrappedText(const ImVec4& colour, std::string_view text);

enum class Verdict { right, partly, wrong };
// A filled circle with a tick, a cross or a half mark, drawn as shapes.
void verdictIcon(ImDrawList* draw_list, ImVec2 centre, float radius, Verdict verdict,
                 float appear = 1.f);

// A rounded card behind the content drawn between begin and end (uses the
// draw-list channels so the card is drawn first).
void beginCard(float width, const ImVec4& fill, const ImVec4& border);
void endCard();

// Centres the next item of `width` on the current line.
void centreNext(float width);
// Text wrapped at `max_width` (or the space left) with each line centred:
// an invitation or a tagline under a title.
void centredText(std::string_view text, const ImVec4& colour, float max_width = FLT_MAX);

}  // namespace esprit::ui::widgets
