// The top line of a screen: a Back button (Escape too) and the screen's
// heading beside it, whole or, for a screen with its own Escape rule, in parts.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

namespace esprit::ui {

struct Context;

// True when the player asked to go back.
bool backHeader(Context& context, const std::string& title);

// The Back button alone, for a screen with its own rule for the back key;
// true when tapped.
bool backButton(const Context& context);
// The screen's heading on the line of the button before it, centred on the
// button's height by the heading font's own size.
void headingBesideButton(const Context& context, const std::string& title);

}  // namespace esprit::ui
