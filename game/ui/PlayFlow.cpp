// The screens on the way into a round.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/PlayFlow.hpp"

#include "core/play/PlayerRounds.hpp"
#include "ui/Context.hpp"
#include "ui/ScreenStack.hpp"

namespace esprit::ui {

void goToPackChooser(Context& context, ScreenStack& stack) {
  if (context.records.available() && !context.records.player()) {
    context.after_player.open_chooser = true;
    stack.push(ScreenId::players);
    return;
  }
  stack.push(ScreenId::pack_chooser);
}

void playPack(Context& context, ScreenStack& stack, std::shared_ptr<const play::PackEntry> entry) {
  if (!entry || !entry->result.usable()) return;
  if (context.records.available() && !context.records.player()) {
    context.after_player.play_pack = std::move(entry);
    stack.push(ScreenId::players);
    return;
  }
  if (auto offer = play::resumeOfferOn(context.records, entry, context.round_choice.form)) {
    context.resume_offer = std::move(offer);
    stack.push(ScreenId::resume);
    return;
  }
  if (context.startRound(std::move(entry))) stack.push(ScreenId::play);
}

bool offerResume(Context& context, ScreenStack& stack) {
  if (!context.packs) return false;
  auto offer = play::newestResumeOffer(context.records, *context.packs);
  if (!offer) return false;
  context.resume_offer = std::move(offer);
  stack.push(ScreenId::resume);
  return true;
}

bool resumeOffered(Context& context) {
  if (!context.resume_offer) return false;
  auto resumed = play::resumeRound(context.records, *context.resume_offer);
  context.resume_offer.reset();
  if (!resumed) return false;
  context.playRound(std::move(resumed).value());
  return true;
}

bool startWeakSpotRound(Context& context, std::shared_ptr<const play::PackEntry> entry) {
  auto round = play::startWeakSpotRound(context.records, std::move(entry), context.takeSeed(),
                                        context.settings.confidence);
  if (!round) return false;
  context.playRound(std::move(round).value());
  return true;
}

bool startReviewRound(Context& context, const play::ReviewOffer& offer) {
  auto round = play::startReviewRound(context.records, offer, review::today(), context.takeSeed(),
                                      context.settings.confidence);
  if (!round) return false;
  context.playRound(std::move(round).value());
  return true;
}

}  // namespace esprit::ui
