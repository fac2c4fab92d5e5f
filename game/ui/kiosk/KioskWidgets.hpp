// The kiosk's buttons: the game's own look (widgets::button), but never
// shorter than the kiosk's minimum (12 mm on its screen), so every target
// suits a standing visitor's finger.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/Widgets.hpp"

#include <string>

namespace esprit::ui {

struct Context;

namespace kiosk_widgets {

// The height of every kiosk button on this screen.
float buttonHeight(const Context& context);
bool button(const Context& context, const std::string& label, widgets::ButtonKind kind,
            float width = 0);

}  // namespace kiosk_widgets
}  // namespace esprit::ui
