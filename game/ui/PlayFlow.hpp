// The steps between "Play" and the first question that involve the player's
// records: choosing a player first, offering to resume an unfinished round,
// and starting a "weak spots" practice round. Screens call these instead of
// Context::startRound so that every way into a round goes through them.
#pragma once

#include "core/storage/StoredRecords.hpp"
#include "ui/PackLibrary.hpp"

#include <memory>
#include <optional>

namespace esprit::ui {

struct Context;
class ScreenStack;

// Where to go once a player has been chosen, and what to offer.
struct PlayFlow {
  bool chooser_after_player = false;                   // Play was pressed with nobody chosen
  std::shared_ptr<const PackEntry> pack_after_player;  // `esprit PACK` with nobody chosen
  std::optional<storage::SessionSummary> resume_offer;
  std::shared_ptr<const PackEntry> resume_pack;  // the pack of the offer
};

// Title's Play: the player screen first when records are kept and nobody is
// chosen, else the pack chooser.
void goToPackChooser(Context& context, ScreenStack& stack);
// A pack was chosen: offer to resume an unfinished round on it, else play.
void playPack(Context& context, ScreenStack& stack, std::shared_ptr<const PackEntry> entry);
// After a player was chosen (or at start-up): offers their newest unfinished
// round whose pack is here; true when the offer screen was pushed.
bool offerResume(Context& context, ScreenStack& stack);
// Continues the offered round where it stopped; false when it cannot be rebuilt.
bool resumeOffered(Context& context);
// A practice round from the techniques this player misses most, on `entry`.
bool startWeakSpotRound(Context& context, std::shared_ptr<const PackEntry> entry);
// The pack with this id and version among the usable ones, if any.
std::shared_ptr<const PackEntry> findPlayablePack(const Context& context, const std::string& id,
                                                  const std::string& version);

}  // namespace esprit::ui
