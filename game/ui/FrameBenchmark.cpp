// CPU time per frame from CLOCK_PROCESS_CPUTIME_ID: what the game costs the
// machine, whatever the wall clock does under a busy Xvfb.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/FrameBenchmark.hpp"

#include <algorithm>
#include <cstdio>
#include <ctime>

namespace esprit::ui {
namespace {

double secondsOf(clockid_t clock) {
  timespec now{};
  clock_gettime(clock, &now);
  return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) / 1e9;
}

}  // namespace

FrameBenchmark::FrameBenchmark(bool report_first_frame, std::optional<int> frames)
    : report_first_frame_(report_first_frame), frames_(frames) {}

bool FrameBenchmark::afterFrame() {
  if (!active() || done_) return false;
  const double cpu = secondsOf(CLOCK_PROCESS_CPUTIME_ID);
  if (!first_frame_seen_) {
    first_frame_seen_ = true;
    if (report_first_frame_) {
      std::printf("first-frame %.6f\n", secondsOf(CLOCK_MONOTONIC));
      std::fflush(stdout);
    }
    last_cpu_seconds_ = cpu;
    return false;
  }
  if (!frames_) return false;
  frame_cpu_seconds_.push_back(cpu - last_cpu_seconds_);
  last_cpu_seconds_ = cpu;
  if (static_cast<int>(frame_cpu_seconds_.size()) < *frames_) return false;
  std::sort(frame_cpu_seconds_.begin(), frame_cpu_seconds_.end());
  std::printf("frame-cpu-ms %.3f\n", frame_cpu_seconds_[frame_cpu_seconds_.size() / 2] * 1000);
  std::fflush(stdout);
  done_ = true;
  return true;
}

}  // namespace esprit::ui
