// The rounds that come from a player's records: carrying on an unfinished
// round, and a "weak spots" practice round. They are rules, so they live
// here; the screens only decide what to show.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.hpp"
#include "core/play/PackLibrary.hpp"
#include "core/play/PlayerRecords.hpp"
#include "core/play/Round.hpp"
#include "core/review/ReviewSchedule.hpp"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace esprit::play {

// An unfinished round the player may carry on, with its pack.
struct ResumeOffer {
  storage::SessionSummary session;
  std::shared_ptr<const PackEntry> pack;
};

// The player's newest unfinished round whose pack is still here and loads;
// nothing without a player or a store.
std::optional<ResumeOffer> newestResumeOffer(PlayerRecords& records, const PackLibrary& packs);
// The player's unfinished round on this pack and form ("" for a normal
// round), if any.
std::optional<ResumeOffer> resumeOfferOn(PlayerRecords& records,
                                         std::shared_ptr<const PackEntry> pack,
                                         const std::string& form);

// Rebuilds the offered round where it stopped, recording into `records`. A
// round whose every question was answered is marked finished.
Result<Round> resumeRound(PlayerRecords& records, const ResumeOffer& offer);

// A practice round of kWeakSpotRoundLength questions of `pack`, from the
// techniques this player misses most (see storage/WeakSpots.hpp).
Result<Round> startWeakSpotRound(PlayerRecords& records, std::shared_ptr<const PackEntry> pack,
                                 std::uint64_t seed, bool ask_confidence);

// A booster review the player is due (see review/ReviewSchedule.hpp): the
// techniques due today and the pack, in the player's language when one has
// questions on them, that reviews the most of them.
struct ReviewOffer {
  std::vector<review::TechniqueReview> due;
  std::shared_ptr<const PackEntry> pack;
};
std::optional<ReviewOffer> reviewOfferFor(PlayerRecords& records, const PackLibrary& packs,
                                          std::string_view language, review::Day day);
// A review round of kReviewRoundLength questions on the offer's techniques.
Result<Round> startReviewRound(PlayerRecords& records, const ReviewOffer& offer, review::Day day,
                               std::uint64_t seed, bool ask_confidence);

}  // namespace esprit::play
