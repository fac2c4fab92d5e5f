// Writes the teacher's class report from inside the game: the printable HTML
// page and the CSV of every answer, built by the report library from the
// results store (no SQL here), into one folder the teacher can open.
#pragma once

#include "core/Taxonomy.hpp"
#include "core/storage/ResultStore.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <variant>

namespace esprit::ui {

struct WrittenReport {
  std::filesystem::path html;
  std::filesystem::path csv;
  int players = 0;
  int answers = 0;
};

// `class_code` empty means every player. `language` is the UI language
// ("fr" gets French words and a semicolon CSV for French spreadsheets).
// Returns the files written, or a sentence saying what went wrong.
std::variant<WrittenReport, std::string> writeClassReport(
    storage::ResultStore& store, const Taxonomy& taxonomy, const std::filesystem::path& folder,
    const std::optional<std::string>& class_code, const std::string& language);

// Where the game puts reports: "reports" in the user's data folder.
std::filesystem::path reportFolder();

}  // namespace esprit::ui
