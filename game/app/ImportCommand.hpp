// `esprit import FILE -o DIR [--format csv|gift|opentdb] [--language TAG]
// [--title TEXT] [--force]`: turns a spreadsheet CSV, a Moodle GIFT file or an
// Open Trivia DB download into a pack folder, reporting line by line whatever
// could not be converted. Exit 0 converted cleanly, 1 something could not be
// converted (what could is still written), 2 usage error.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string_view>
#include <vector>

namespace esprit::app {

int runImportCommand(const std::vector<std::string_view>& arguments);

}  // namespace esprit::app
