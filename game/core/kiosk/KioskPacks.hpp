// Which packs a kiosk offers in a language, the round a visitor's tap
// starts, and the example scenarios the attract screen shows. Rules, so they
// live here; the kiosk screens only show what these choose.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/kiosk/KioskConfig.hpp"
#include "core/play/PackLibrary.hpp"
#include "core/play/Round.hpp"

#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

namespace esprit::kiosk {

using PackList = std::vector<std::shared_ptr<const play::PackEntry>>;

// "fr-BE" and "fr" both speak "fr".
bool speaks(std::string_view pack_language, std::string_view ui_language);

// The configured packs (every usable pack without assessment forms when the
// list is empty) that are written in `language`; all of them when none is,
// so a visitor always gets a round. Assessment packs are never offered: a
// form is measured whole, which a five-question round is not.
PackList offeredPacks(const play::PackLibrary& library, const KioskConfig& config,
                      std::string_view language);

// Configured pack ids that the library does not have (for the staff menu).
std::vector<std::string> missingPacks(const play::PackLibrary& library, const KioskConfig& config);

// A kiosk round on one of `packs`, picked with `seed`: RoundKind::kiosk,
// the configured length, no confidence slider (a standing visitor gets the
// plainest questions). An error when there is nothing to play.
Result<play::Round> startKioskRound(const PackList& packs, const KioskConfig& config,
                                    std::uint64_t seed);

// An example scenario for the attract screen.
struct AttractExample {
  std::shared_ptr<const play::PackEntry> pack;
  std::size_t scenario = 0;  // index into pack's scenarios
};

// Up to `count` drawn scenarios from `packs`, spread over the packs and
// shuffled by `seed`. Pictures are left out: they may be missing or large,
// and drawn posts, articles, chats and charts show the game best.
std::vector<AttractExample> attractExamples(const PackList& packs, std::size_t count,
                                            std::uint64_t seed);

}  // namespace esprit::kiosk
