// Reads a picture's pixel size from its PNG or JPEG header without decoding
// it, so that a small file that would decode into gigabytes is refused
// first: by the validator (a pack that validates always draws) and by the
// renderer's picture cache.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace esprit {

struct ImageSize {
  unsigned width = 0;
  unsigned height = 0;
};

// The size written in a PNG or JPEG file's header; empty for any other
// format or a header that is cut short.
std::optional<ImageSize> readImageSize(std::string_view bytes);

}  // namespace esprit
