// The random parts of a class game: the six-digit join code students type,
// and the tokens that stand for a player or for the teacher. They come from
// the kernel's random source, so no token can be guessed from another.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>

namespace esprit::classroom {

std::string newJoinCode();  // "042917": six digits, leading zeros kept
std::string newToken();     // 32 lower-case hex digits (128 bits)
std::uint64_t newSeed();

}  // namespace esprit::classroom
