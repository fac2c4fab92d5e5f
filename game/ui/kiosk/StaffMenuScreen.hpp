// The staff menu, behind the PIN: quit Esprit, reload the packs, and the
// usage figures (today and every day kept), with anything that went wrong:
// a kiosk.json with mistakes, packs it names that are missing, and figures
// that could not be saved (a full disk, a damaged file).
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/KioskUsageStore.hpp"
#include "ui/Screen.hpp"

#include <optional>
#include <string>

namespace esprit::ui {

class StaffMenuScreen : public ScreenWithId<ScreenId::kiosk_staff_menu> {
 public:
  StaffMenuScreen(ScreenStack& stack, Context& context);
  void buildInterface() override;

 private:
  void readFigures();
  void buildFigures(float width);
  void buildHealth(float width);

  std::optional<storage::KioskUsage> usage_;
  std::string figures_problem_;
  std::string reloaded_;  // what the last reload found, in words
};

}  // namespace esprit::ui
