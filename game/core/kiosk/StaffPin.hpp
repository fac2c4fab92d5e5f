// The staff PIN: made into a salted, deliberately slow hash (yescrypt, the
// password hash of Debian's own logins, through libcrypt) by `esprit
// kiosk-pin`, kept only as that hash in kiosk.json, and checked against it.
// The PIN itself is never written anywhere.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace esprit::kiosk {

inline constexpr std::size_t kMinimumPinDigits = 4;
inline constexpr std::size_t kMaximumPinDigits = 12;

// Why `pin` cannot be a staff PIN (it must be 4 to 12 digits), or nullopt.
std::optional<std::string> pinProblem(std::string_view pin);

// A new hash with a fresh random salt; two calls on the same PIN differ.
Result<std::string> hashStaffPin(std::string_view pin);

// Whether `pin` matches `hash`, compared in constant time. False for an
// empty or unusable hash.
bool staffPinMatches(std::string_view pin, std::string_view hash);

// Why `hash` is not a usable PIN hash (a PIN written in clear, or text
// libcrypt does not know), or nullopt.
std::optional<std::string> pinHashProblem(std::string_view hash);

}  // namespace esprit::kiosk
