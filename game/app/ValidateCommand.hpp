// `esprit validate [--json] PACK...`: checks packs with the shared validator
// and prints every problem with its file, line, column and field.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string_view>
#include <vector>

namespace esprit::app {

int runValidateCommand(const std::vector<std::string_view>& arguments);

}  // namespace esprit::app
