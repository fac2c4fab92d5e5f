// The title screen's line about who is playing, with the review that is due,
// "Change player" and "My progress", under the main buttons so those never move.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/StoredRecords.hpp"

#include <string>

namespace esprit::ui {

struct Context;
class ScreenStack;

// Builds the row centred in `width`; nothing when results cannot be kept.
// A non-empty `review` label adds the player's booster review first in the
// row; true when it was pressed.
bool buildPlayerRow(Context& context, ScreenStack& stack, float width,
                    const std::string& review = {});
// "Léa (2B)", or just "Léa" without a class code.
std::string playerLabel(const storage::Player& player);

}  // namespace esprit::ui
