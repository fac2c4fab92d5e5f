// Writes the teacher's class report as the game does: the printable HTML
// page and the CSV of every answer, built by core/report's one builder (the
// same bytes as `esprit report`), into one folder the teacher can open.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Taxonomy.hpp"
#include "core/report/ClassReport.hpp"
#include "core/storage/ResultStore.hpp"

#include <ctime>
#include <filesystem>
#include <optional>
#include <string>
#include <variant>

namespace esprit::report {

struct WrittenReport {
  std::filesystem::path html;
  std::filesystem::path csv;
  int players = 0;
  int answers = 0;
};

// `class_code` empty means every player. `language` is the UI language: its
// report words when there is a file for it, else English. `now` names the
// files and is printed in the report. Returns the files written; the error
// says what went wrong in a sentence.
Result<WrittenReport> writeClassReport(
    storage::ResultStore& store, const Taxonomy& taxonomy, const std::filesystem::path& folder,
    const std::optional<std::string>& class_code, const std::string& language,
    std::time_t now = std::time(nullptr));

// Where the game puts reports: "reports" in the user's data folder.
std::filesystem::path reportFolder();

}  // namespace esprit::report
