// `esprit kiosk-pin`: asks for a staff PIN twice (without showing it) and
// prints the line to put in kiosk.json: "staff_pin_hash": "$y$…". The PIN
// itself is never printed nor written. Read from standard input when it is
// not a terminal, so a set-up script can pipe it in.
// Exit codes: 0 printed, 1 the PIN was refused or the two did not match, 2 usage.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string_view>
#include <vector>

namespace esprit::app {

// `arguments` are those after the word "kiosk-pin".
int runKioskPinCommand(std::vector<std::string_view> arguments);

}  // namespace esprit::app
