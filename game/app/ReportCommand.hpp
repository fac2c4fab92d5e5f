// `esprit report`: teacher reports from the results database, as CSV (one row
// per answer, or per player × question) or as a printable HTML page.
// Exit codes: 0 written, 1 the database or the output file failed, 2 usage.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <ctime>
#include <string_view>
#include <vector>

namespace esprit::app {

// `arguments` are those after the word "report".
int runReportCommand(std::vector<std::string_view> arguments);
// The same at a fixed time (printed in HTML reports), for tests.
int runReportCommand(std::vector<std::string_view> arguments, std::time_t now);

}  // namespace esprit::app
