// For teachers: pick a class (or everyone), write the class report (a
// printable HTML page and a CSV for spreadsheets) into a folder, and open it.
#pragma once

#include "ui/ClassReportWriter.hpp"
#include "ui/Screen.hpp"

#include <optional>
#include <string>
#include <vector>

namespace esprit::ui {

class ClassReportScreen : public Screen {
 public:
  ClassReportScreen(ScreenStack& stack, Context& context);
  void buildInterface() override;

 private:
  void write();

  std::vector<std::string> class_codes_;  // every class code with players, sorted
  std::optional<std::string> chosen_class_;
  std::optional<WrittenReport> written_;
  std::string message_;
};

}  // namespace esprit::ui
