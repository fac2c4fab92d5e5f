// Reads "--name value", "--name=value" and "-o value" options for the
// subcommands that take them, so each command only lists its own options.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace esprit::app {

struct ParsedArguments {
  std::vector<std::string> positional;
  std::vector<std::pair<std::string, std::string>> options;  // name without dashes, value
  std::vector<std::string> flags;                            // name without dashes
  std::string error;  // set when the arguments cannot be read

  std::optional<std::string> option(std::string_view name) const;
  bool hasFlag(std::string_view name) const;
  // -h or --help.
  bool wantsHelp() const;
  // The value of -o, or else of --output.
  std::optional<std::string> output() const;
};

// `valued` lists the options that take a value (long names; "o" for -o),
// `flags` those that do not. Anything else starting with '-' is an error.
// Prints "esprit COMMAND: MESSAGE" and then `help` (the usage, or where to
// find it) on standard error; returns the exit status of a wrong command line.
// Where `esprit report` and `esprit report --kiosk-usage` send a wrong command line.
inline constexpr std::string_view kReportHelpHint = "Try 'esprit report --help' for the options.\n";

int printUsageError(std::string_view command, const std::string& message, std::string_view help);

// What a converting command (export, import) says when its first checks fail.
struct ConversionCommand {
  std::string_view name;          // "export"
  std::string_view usage;         // printed for --help and after a usage error
  std::string_view one_input;     // "name exactly one pack to export."
  std::string_view needs_output;  // "say where to write with -o FILE."
};

// The checks a converting command starts with: -h or --help prints the usage
// and ends it; a wrong option, other than one input, or no -o is a usage error.
// The exit status when the command ends there; nullopt when it goes on.
std::optional<int> checkConversionArguments(const ParsedArguments& parsed,
                                            const ConversionCommand& command);

ParsedArguments parseArguments(const std::vector<std::string_view>& arguments,
                               const std::vector<std::string_view>& valued,
                               const std::vector<std::string_view>& flags);

}  // namespace esprit::app
