// The command line: subcommands (validate, ...), --help and --version, and
// everything else handed to the game. Exit codes: 0 success, 1 the input was
// found wanting (an invalid pack), 2 a usage error.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace esprit::app {

inline constexpr int kExitSuccess = 0;
inline constexpr int kExitInvalidInput = 1;
inline constexpr int kExitUsage = 2;

int runCommandLine(int argc, char** argv);

}  // namespace esprit::app
