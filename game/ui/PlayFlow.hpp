// Which screen comes next on the way into a round: choosing a player first,
// offering to carry on an unfinished round, starting a practice round. The
// rules themselves are the core's (core/play); these only push screens.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/play/PackLibrary.hpp"
#include "core/play/PlayerRounds.hpp"

#include <memory>

namespace esprit::ui {

struct Context;
class ScreenStack;

// Title's Play: the player screen first when records are kept and nobody is
// chosen, else the pack chooser.
void goToPackChooser(Context& context, ScreenStack& stack);
// A pack was chosen: offer to resume an unfinished round on it, else play.
void playPack(Context& context, ScreenStack& stack, std::shared_ptr<const play::PackEntry> entry);
// After a player was chosen (or at start-up): offers their newest unfinished
// round whose pack is here; true when the offer screen was pushed.
bool offerResume(Context& context, ScreenStack& stack);
// Continues the offered round where it stopped; false when it cannot be rebuilt.
bool resumeOffered(Context& context);
// A practice round from the techniques this player misses most, on `entry`.
bool startWeakSpotRound(Context& context, std::shared_ptr<const play::PackEntry> entry);
// The booster review round of `offer`, today.
bool startReviewRound(Context& context, const play::ReviewOffer& offer);

}  // namespace esprit::ui
