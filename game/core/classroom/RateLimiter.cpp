// The token bucket behind RateLimiter.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/classroom/RateLimiter.hpp"

#include <algorithm>

namespace esprit::classroom {
namespace {

// Past this many addresses, full buckets are forgotten: a spoofing flood
// cannot grow the table without bound.
constexpr std::size_t kMaxAddresses = 4096;

}  // namespace

bool RateLimiter::allow(const std::string& address, Clock::time_point now) {
  if (limit_.per_second <= 0) return true;
  std::lock_guard lock(mutex_);
  if (buckets_.size() > kMaxAddresses) {
    for (auto item = buckets_.begin(); item != buckets_.end();) {
      const double seconds = std::chrono::duration<double>(now - item->second.updated).count();
      item = item->second.tokens + seconds * limit_.per_second >= limit_.burst
                 ? buckets_.erase(item)
                 : std::next(item);
    }
  }
  auto [found, inserted] = buckets_.try_emplace(address, Bucket{limit_.burst, now});
  Bucket& bucket = found->second;
  if (!inserted) {
    const double seconds = std::chrono::duration<double>(now - bucket.updated).count();
    bucket.tokens =
        std::min(limit_.burst, bucket.tokens + std::max(0.0, seconds) * limit_.per_second);
    bucket.updated = now;
  }
  if (bucket.tokens < 1) return false;
  bucket.tokens -= 1;
  return true;
}

}  // namespace esprit::classroom
