// Measurement hooks for bench/run-game, off unless asked for on the command
// line: print the moment the first interactive frame is on screen, and time
// the CPU cost of drawing the current screen over and over.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <vector>

namespace esprit::ui {

class FrameBenchmark {
 public:
  // `report_first_frame`: print "first-frame <CLOCK_MONOTONIC seconds>" once.
  // `frames`: then draw this many frames back to back, print the median CPU
  // time of one, and ask the game to quit.
  FrameBenchmark(bool report_first_frame, std::optional<int> frames);

  bool active() const { return report_first_frame_ || frames_.has_value(); }
  // True while frames are being timed: the game must draw even when idle.
  bool wantsFrames() const { return frames_.has_value() && !done_; }
  // Called after each displayed frame; returns true when the game should quit.
  bool afterFrame();

 private:
  bool report_first_frame_;
  std::optional<int> frames_;
  bool first_frame_seen_ = false;
  bool done_ = false;
  double last_cpu_seconds_ = 0;
  std::vector<double> frame_cpu_seconds_;
};

}  // namespace esprit::ui
