// `esprit report --kiosk-usage -o FILE.csv`: a library kiosk's anonymous
// daily usage figures (kiosk-usage.sqlite in the kiosk's data folder) as a
// CSV for a spreadsheet. Kept apart from the teacher reports of
// ReportCommand, which only hands these arguments over.
// Exit codes: 0 written, 1 no figures or the file could not be written, 2 usage.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string_view>
#include <vector>

namespace esprit::app {

// `arguments` are those after "report", without "--kiosk-usage".
int runKioskUsageReport(const std::vector<std::string_view>& arguments);

inline constexpr const char* kKioskUsageHelp =
    "  --kiosk-usage            a library kiosk's anonymous daily usage figures as CSV\n"
    "                           (with -o, --separator, --data-dir; --kiosk-config FILE finds\n"
    "                           the kiosk's data folder as the kiosk does)\n";

}  // namespace esprit::app
