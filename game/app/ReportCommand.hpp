// `esprit report`: teacher reports from the results database, as CSV (one row
// per answer, or per player × question) or as a printable HTML page.
// Exit codes: 0 written, 1 the database or the output file failed, 2 usage.
#pragma once

#include <string_view>
#include <vector>

namespace esprit::app {

// `arguments` are those after the word "report".
int runReportCommand(std::vector<std::string_view> arguments);

}  // namespace esprit::app
