// The kiosk's usage figures as one CSV a library opens in a spreadsheet:
// a row per day, per day and pack, per day and technique, each with its
// counts and the share answered right. Same conventions as the teacher
// reports (report/CsvReport.hpp): UTF-8 with a byte-order mark, CRLF, and
// with the semicolon separator, decimal commas.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/KioskUsageStore.hpp"

#include <string>

namespace esprit::kiosk {

std::string usageCsv(const storage::KioskUsage& usage, char separator = ',');

// Totals over every day kept, for the staff menu.
struct UsageTotals {
  std::int64_t rounds_started = 0;
  std::int64_t rounds_finished = 0;
  std::int64_t questions_answered = 0;
  std::int64_t answered_right = 0;
};
UsageTotals totalUsage(const storage::KioskUsage& usage);

}  // namespace esprit::kiosk
