// A measurement hook for bench/run-rounds, off unless asked for with
// --autoplay-rounds N: the game plays N whole rounds by itself, through the
// same calls its screens make (start a round, answer, record, move on), and
// prints its resident memory along the way, so that memory kept by mistake
// over a long day at a kiosk or in a class shows as growth.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

namespace esprit::ui {

struct Context;
class ScreenStack;

class RoundAutoplay {
 public:
  explicit RoundAutoplay(int rounds) : rounds_(rounds) {}

  bool active() const { return rounds_ > 0; }
  // Plays the next round: opens the play screen, draws each question with
  // `draw_frame`, answers it and records the answer, then closes it. Prints "autoplay round=R rss_kib=K" after rounds 1, 100,
  // every 1000th and the last. False once every round was played.
  bool playNextRound(Context& context, ScreenStack& stack,
                     const std::function<void()>& draw_frame);

 private:
  int rounds_ = 0;
  int played_ = 0;
  std::size_t next_pack_ = 0;
};

}  // namespace esprit::ui
