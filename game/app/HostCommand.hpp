// `esprit host PACK [options]`: the teacher's PC hosts a live class game.
// Students join from a browser on the local network; the projector window
// (or nothing, with --headless) follows the game. See docs/classroom.md.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string_view>
#include <vector>

namespace esprit::app {

int runHostCommand(const std::vector<std::string_view>& arguments);

}  // namespace esprit::app
