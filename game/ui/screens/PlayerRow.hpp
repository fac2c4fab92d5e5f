// The title screen's line about who is playing, with "Change player" and
// "My progress", under the main buttons so those never move.
#pragma once

#include "core/storage/StoredRecords.hpp"

#include <string>

namespace esprit::ui {

struct Context;
class ScreenStack;

// Builds the row centred in `width`; nothing when results cannot be kept.
void buildPlayerRow(Context& context, ScreenStack& stack, float width);
// "Léa (2B)", or just "Léa" without a class code.
std::string playerLabel(const storage::Player& player);

}  // namespace esprit::ui
