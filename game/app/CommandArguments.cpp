// Option parsing shared by the subcommands that take options.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/CommandArguments.hpp"

#include "app/CommandLine.hpp"

#include <algorithm>
#include <cstdio>

namespace esprit::app {
namespace {

bool contains(const std::vector<std::string_view>& names, std::string_view name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

}  // namespace

std::optional<std::string> ParsedArguments::option(std::string_view name) const {
  for (const auto& [option_name, value] : options) {
    if (option_name == name) return value;
  }
  return std::nullopt;
}

bool ParsedArguments::hasFlag(std::string_view name) const {
  return std::find(flags.begin(), flags.end(), name) != flags.end();
}

bool ParsedArguments::wantsHelp() const { return hasFlag("help") || hasFlag("h"); }

std::optional<std::string> ParsedArguments::output() const {
  auto value = option("o");
  return value ? value : option("output");
}

int printUsageError(std::string_view command, const std::string& message, std::string_view help) {
  std::fprintf(stderr, "esprit %.*s: %s\n%.*s", static_cast<int>(command.size()), command.data(),
               message.c_str(), static_cast<int>(help.size()), help.data());
  return kExitUsage;
}

std::optional<int> checkConversionArguments(const ParsedArguments& parsed,
                                            const ConversionCommand& command) {
  if (parsed.wantsHelp()) {
    std::fwrite(command.usage.data(), 1, command.usage.size(), stdout);
    return kExitSuccess;
  }
  const auto usageError = [&command](const std::string& message) {
    return printUsageError(command.name, message, command.usage);
  };
  if (!parsed.error.empty()) return usageError(parsed.error + ".");
  if (parsed.positional.size() != 1) return usageError(std::string(command.one_input));
  const std::optional<std::string> output = parsed.output();
  if (!output || output->empty()) return usageError(std::string(command.needs_output));
  return std::nullopt;
}

ParsedArguments parseArguments(const std::vector<std::string_view>& arguments,
                               const std::vector<std::string_view>& valued,
                               const std::vector<std::string_view>& flags) {
  ParsedArguments parsed;
  for (std::size_t index = 0; index < arguments.size(); ++index) {
    const std::string_view argument = arguments[index];
    if (argument == "-" || !argument.starts_with('-')) {
      parsed.positional.emplace_back(argument);
      continue;
    }
    std::string_view name = argument.substr(argument.starts_with("--") ? 2 : 1);
    std::optional<std::string> value;
    if (const std::size_t equals = name.find('='); equals != std::string_view::npos) {
      value = std::string(name.substr(equals + 1));
      name = name.substr(0, equals);
    }
    if (contains(flags, name) && !value) {
      parsed.flags.emplace_back(name);
      continue;
    }
    if (!contains(valued, name)) {
      parsed.error = "unknown option " + std::string(argument);
      return parsed;
    }
    if (!value) {
      if (index + 1 >= arguments.size()) {
        parsed.error = "option " + std::string(argument) + " needs a value";
        return parsed;
      }
      value = std::string(arguments[++index]);
    }
    if (parsed.option(name)) {
      parsed.error = "option " + std::string(argument) + " is given twice";
      return parsed;
    }
    parsed.options.emplace_back(std::string(name), *value);
  }
  return parsed;
}

}  // namespace esprit::app
