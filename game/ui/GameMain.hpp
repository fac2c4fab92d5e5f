// Entry point of the windowed game, called by main() for every command line
// that is not a subcommand (`esprit`, `esprit PATH`, `esprit --script FILE`).
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace esprit::ui {

int runGame(int argc, char** argv);

}  // namespace esprit::ui
