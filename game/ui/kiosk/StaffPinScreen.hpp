// The staff PIN pad, opened by the staff chord or the corner hold: big
// digit keys (typed digits work too), the PIN shown as dots, and the wait
// after too many wrong PINs. The right PIN opens the staff menu; Cancel, or
// the idle timeout, goes back to where the kiosk was.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/Screen.hpp"

#include <string>

namespace esprit::ui {

class StaffPinScreen : public ScreenWithId<ScreenId::kiosk_staff_pin> {
 public:
  using ScreenWithId::ScreenWithId;
  bool update() override;
  void buildInterface() override;

 private:
  void submit();
  void buildPad(float key_width, float key_height);

  std::string typed_;
  bool wrong_ = false;
  int shown_wait_ = -1;  // whole seconds of the wait last drawn
};

}  // namespace esprit::ui
