// For teachers: pick a class (or everyone), see which questions work (the
// item analysis, with the same figures and words as the printed report),
// write the class report (a printable HTML page and a CSV for spreadsheets)
// into a folder, and open it.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/report/ClassReport.hpp"
#include "core/report/ClassReportFiles.hpp"
#include "ui/Screen.hpp"

#include <optional>
#include <string>
#include <vector>

namespace esprit::ui {

class ClassReportScreen : public ScreenWithId<ScreenId::class_report> {
 public:
  ClassReportScreen(ScreenStack& stack, Context& context);
  void buildInterface() override;

 private:
  void write();
  // Reads the chosen class's answers again when the choice changed.
  void refreshItems();
  void buildItemTable(float width);

  std::vector<std::string> class_codes_;  // every class code with players, sorted
  std::optional<std::string> chosen_class_;
  std::optional<report::ReportLanguage> words_;  // the report's, in the UI language
  std::optional<report::ClassReportData> data_;
  std::optional<std::optional<std::string>> data_class_;  // the class data_ was read for
  std::optional<report::WrittenReport> written_;
  std::string message_;
};

}  // namespace esprit::ui
