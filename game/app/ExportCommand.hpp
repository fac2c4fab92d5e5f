// `esprit export PACK --format csv|gift -o FILE [--separator comma|semicolon]`:
// writes a pack as a spreadsheet CSV or a Moodle GIFT file, reporting what the
// format cannot hold. Exit 0 everything exported, 1 something left out or the
// pack is not valid, 2 usage error.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string_view>
#include <vector>

namespace esprit::app {

int runExportCommand(const std::vector<std::string_view>& arguments);

}  // namespace esprit::app
