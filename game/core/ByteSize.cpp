// Human-readable byte sizes, precise enough that a file just over a limit
// never reads as equal to it.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ByteSize.hpp"

#include <cmath>
#include <cstdio>

namespace esprit {

std::string describeByteSize(std::uintmax_t bytes) {
  constexpr std::uintmax_t kKibibyte = 1024, kMebibyte = 1024 * 1024;
  char text[48];
  auto describe = [&](std::uintmax_t unit, const char* name) {
    if (bytes % unit == 0) {
      std::snprintf(text, sizeof text, "%ju %s", bytes / unit, name);
    } else {
      // Rounded up, so a file just over a limit never reads as equal to it.
      const double hundredths =
          std::ceil(static_cast<double>(bytes) * 100 / static_cast<double>(unit));
      std::snprintf(text, sizeof text, "%.2f %s", hundredths / 100, name);
    }
    return std::string(text);
  };
  if (bytes >= kMebibyte) return describe(kMebibyte, "MiB");
  if (bytes >= kKibibyte) return describe(kKibibyte, "KiB");
  std::snprintf(text, sizeof text, "%ju bytes", bytes);
  return text;
}

}  // namespace esprit
