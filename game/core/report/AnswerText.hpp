// An answer as a teacher reads it in a report: the option texts the player
// chose ("Other sources"), "fake (80% sure)", the steps in the order given,
// rather than the option numbers the database keeps.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportLanguage.hpp"

#include "core/storage/StoredRecords.hpp"

#include <string>

namespace esprit::report {

std::string describeAnswer(const storage::ReportAnswerRow& row, const ReportLanguage& language);

}  // namespace esprit::report
