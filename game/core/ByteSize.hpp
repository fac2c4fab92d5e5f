// Sizes in words a teacher reads: "1.5 MiB", "300 KiB", "812 bytes".
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>

namespace esprit {

std::string describeByteSize(std::uintmax_t bytes);

}  // namespace esprit
