// Layout rules shared by the screens: when to use two columns, how wide
// reading text may be, and the header bar of a round. All sizes come from
// the text size and the window, so the layout reflows at every text size.
#pragma once

#include "ui/Context.hpp"

#include <imgui.h>

namespace esprit::ui {

struct ColumnLayout {
  bool two_columns = false;
  float left_width = 0;   // the scenario column, when there are two
  float right_width = 0;  // the question column (the only one otherwise)
};

// Splits the space left in the current window between a scenario and the
// question beside it, or stacks them when the text is too big for two.
ColumnLayout splitColumns(bool has_scenario);

// The round's top bar: pack title, progress, score, a Stop button that asks
// before leaving, and the speaker button (`read_pressed` tells when it was
// pressed). Returns true when the player chose to stop.
bool roundHeader(Context& context, bool asked_to_stop, bool* read_pressed = nullptr);

// Lets the current scrolling panel move with Page Up / Page Down and with a
// finger dragged over it (ImGui 1.86 scrolls only with the wheel and the
// scrollbar). Call right after BeginChild.
void scrollWithKeysAndTouch(const Context& context, bool use_page_keys = true);

// Height of the bottom action bar (one touch-sized button and a gap).
float actionBarHeight();

// The translated "{value} %" as a printf format for an ImGui slider ("%d %%").
std::string percentFormat(const Context& context);

// A language tag shown as a name ("fr-BE" → "Français"), from the UI words.
std::string languageName(const Context& context, const std::string& tag);

}  // namespace esprit::ui
