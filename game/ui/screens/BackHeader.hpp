// The top line of the player, history, resume and report screens: a Back
// button (Escape too) and the screen's heading beside it.
#pragma once

#include <string>

namespace esprit::ui {

struct Context;

// True when the player asked to go back.
bool backHeader(Context& context, const std::string& title);

}  // namespace esprit::ui
