// esprit: starts the game, or runs a subcommand such as `esprit validate`.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/CommandLine.hpp"

int main(int argc, char** argv) { return esprit::app::runCommandLine(argc, argv); }
