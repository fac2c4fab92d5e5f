// Layout shared by the screens: when to use two columns, scrolling panels
// and text columns of reading width, a round's body and header bar, headed
// cards, centred dialogs and the corner speaker button. All sizes come from
// the text size and the window, so the layout reflows at every text size.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/Context.hpp"

#include <imgui.h>

#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace esprit::ui {

class ScenarioView;

struct ColumnLayout {
  bool has_scenario = false;
  bool two_columns = false;
  float left_width = 0;   // the scenario column, when there are two
  float right_width = 0;  // the question column (the only one otherwise)
};

// Splits the space left in the current window between a scenario and the
// question beside it, or stacks them when the text is too big for two.
ColumnLayout splitColumns(bool has_scenario);

// The body of a round above its action bar. With two columns, the scenario
// gets a scrolling column of its own on the left, drawn by
// `draw_scenario(width)`; then the main scrolling column `id` begins.
// Returns the width the main column's content may use; close it with
// ImGui::EndChild().
float beginRoundBody(const Context& context, const ColumnLayout& columns, const char* id,
                     const std::function<void(float)>& draw_scenario);

// A round body that reads as text (the feedback, the class host's question):
// beginRoundBody, with the text wrapping at the main column's width, which it
// returns. Close it with endRoundText().
float beginRoundText(const Context& context, const ColumnLayout& columns, const char* id,
                     const std::function<void(float)>& draw_scenario);
// When the columns are stacked, the scenario comes after the text, at reading
// width; then the main column closes.
void endRoundText(const ColumnLayout& columns, float width,
                  const std::function<void(float)>& draw_scenario);

// Shows the round's current scenario `width` wide in `view`, in the player's
// style for the current question; `mark` may outline parts of it first.
// Returns where the image's top-left corner went, or nothing when the
// question has no scenario.
std::optional<ImVec2> showRoundScenario(Context& context, ScenarioView& view, float width,
                                        const std::function<void(ScenarioStyle&)>& mark = {});

// The round's top bar: pack title, progress, score, a Stop button that asks
// before leaving, and the speaker button (`read_pressed` tells when it was
// pressed). Returns true when the player chose to stop.
bool roundHeader(Context& context, bool asked_to_stop, bool* read_pressed = nullptr);

// Lets the current scrolling panel move with Page Up / Page Down and with a
// finger dragged over it (ImGui 1.86 scrolls only with the wheel and the
// scrollbar). Call right after BeginChild.
void scrollWithKeysAndTouch(const Context& context, bool use_page_keys = true);

// Begins a scrolling child panel `id` of `size` (ImGui's rule: 0 fills the
// rest, a negative height leaves that much below) that moves with keys and
// touch. Returns the width its content may use beside the scrollbar; close
// it with ImGui::EndChild().
float beginScrollingPanel(const Context& context, const char* id, ImVec2 size,
                          bool use_page_keys = true);

// A group whose text wraps at `width`, for one column of a page.
void beginTextColumn(float width);
void endTextColumn();

// The body of a form-like screen: a scrolling panel filling the rest of the
// window and, centred in it, one text column of reading width. Returns the
// column's width; close with endReadingColumn().
float beginReadingColumn(const Context& context, const char* id);
void endReadingColumn();

// How a page of cards uses `available` width: two equal columns side by side
// when the window is wide, else one of reading width.
struct PageColumns {
  bool two_columns = false;
  float width = 0;  // of each column
};
PageColumns splitPage(float available);

// A card in the screens' colours with `title` as its heading; close it with
// widgets::endCard().
void beginHeadedCard(float width, std::string_view title);

// The speaker button in the window's top-right corner, for screens in the
// interface's language. Call it last, so it comes last in keyboard order.
// Shows nothing while the read-aloud setting is off; true when pressed.
bool cornerReadAloudButton(Context& context);

// A screen's dialog stays put in the middle and has no title bar.
constexpr ImGuiWindowFlags kDialogFlags = ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoMove |
                                          ImGuiWindowFlags_NoResize |
                                          ImGuiWindowFlags_NoSavedSettings;

// The modal dialog `id`, opened when `open` is true, `size` big (a height of
// 0 fits its content) and centred on the display. Returns true while it
// shows; then build it and end with ImGui::EndPopup().
bool beginDialog(const char* id, bool open, ImVec2 size, ImGuiWindowFlags flags = kDialogFlags);

// Height of the bottom action bar (one touch-sized button and a gap).
float actionBarHeight();

// The translated "{value} %" as a printf format for an ImGui slider ("%d %%").
std::string percentFormat(const Context& context);

// A language tag shown as a name ("fr-BE" → "Français"), from the UI words.
std::string languageName(const Context& context, const std::string& tag);

}  // namespace esprit::ui
