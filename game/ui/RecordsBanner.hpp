// A message over any screen when an answer could not be saved (disk full,
// database busy): the game goes on, and the player knows why.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace esprit::ui {

struct Context;

// Call after the top screen's interface; does nothing while all is well.
void showRecordsBanner(Context& context);

}  // namespace esprit::ui
