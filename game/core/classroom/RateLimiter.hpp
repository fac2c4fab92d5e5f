// Requests per network address, as a token bucket: a burst is fine (a class
// joining at once from a shared address), a flood gets 429 and leaves the
// other players' requests untouched. Thread-safe.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>
#include <cstddef>
#include <mutex>
#include <string>
#include <unordered_map>

namespace esprit::classroom {

struct RateLimit {
  double per_second = 20;  // 0 turns limiting off
  double burst = 60;
};

class RateLimiter {
 public:
  using Clock = std::chrono::steady_clock;
  explicit RateLimiter(RateLimit limit = {}) : limit_(limit) {}

  // True when a request from `address` may go ahead now.
  bool allow(const std::string& address, Clock::time_point now = Clock::now());

 private:
  struct Bucket {
    double tokens = 0;
    Clock::time_point updated;
  };
  RateLimit limit_;
  std::mutex mutex_;
  std::unordered_map<std::string, Bucket> buckets_;
};

}  // namespace esprit::classroom
