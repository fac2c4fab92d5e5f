// Hashing and checking the staff PIN with libcrypt (see StaffPin.hpp).
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/kiosk/StaffPin.hpp"

#include <crypt.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <memory>

namespace esprit::kiosk {
namespace {

// yescrypt's prefix; libcrypt picks its default cost (about a tenth of a
// second here), which makes guessing a 4-digit PIN from a stolen hash slow.
constexpr const char* kHashPrefix = "$y$";

bool allDigits(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(),
                                      [](unsigned char each) { return std::isdigit(each) != 0; });
}

}  // namespace

std::optional<std::string> pinProblem(std::string_view pin) {
  if (!allDigits(pin) || pin.size() < kMinimumPinDigits || pin.size() > kMaximumPinDigits) {
    return "A staff PIN is " + std::to_string(kMinimumPinDigits) + " to " +
           std::to_string(kMaximumPinDigits) +
           " digits (0 to 9), so it can be typed on the "
           "kiosk's PIN pad.";
  }
  return std::nullopt;
}

Result<std::string> hashStaffPin(std::string_view pin) {
  if (auto problem = pinProblem(pin)) return Error{ErrorKind::invalid_input, *problem, 0};
  char setting[CRYPT_GENSALT_OUTPUT_SIZE];
  // Null random bytes: libcrypt reads the salt from the system's random source.
  if (crypt_gensalt_rn(kHashPrefix, 0, nullptr, 0, setting, sizeof setting) == nullptr) {
    return Error{
        ErrorKind::internal,
        "libcrypt could not make a salt for the PIN (" + std::string(std::strerror(errno)) + ").",
        0};
  }
  auto data = std::make_unique<crypt_data>();
  const std::string text(pin);
  const char* hashed = crypt_rn(text.c_str(), setting, data.get(), sizeof(crypt_data));
  if (hashed == nullptr || hashed[0] == '*') {
    return Error{ErrorKind::internal, "libcrypt could not hash the PIN.", 0};
  }
  std::string result(hashed);
  std::memset(data.get(), 0, sizeof(crypt_data));  // no copy of the PIN left in memory
  return result;
}

std::optional<std::string> pinHashProblem(std::string_view hash) {
  if (allDigits(hash)) {
    return std::string(
        "This looks like a PIN written in clear. Never put the PIN itself in kiosk.json: run "
        "`esprit kiosk-pin` and paste the line it prints.");
  }
  const std::string text(hash);
  const int verdict = crypt_checksalt(text.c_str());
  // A whole hash, given back to crypt as its own setting, yields a hash of
  // the same shape: same method and salt, same length. A bare "$y$" does not.
  bool whole = false;
  if (!hash.empty() && hash[0] == '$' &&
      (verdict == CRYPT_SALT_OK || verdict == CRYPT_SALT_METHOD_LEGACY)) {
    auto data = std::make_unique<crypt_data>();
    const char* again = crypt_rn("0000", text.c_str(), data.get(), sizeof(crypt_data));
    const auto salt_end = hash.rfind('$');
    whole = again != nullptr && again[0] != '*' && std::string_view(again).size() == hash.size() &&
            salt_end != std::string_view::npos && salt_end + 1 < hash.size() &&
            std::string_view(again).substr(0, salt_end) == hash.substr(0, salt_end);
  }
  if (!whole) {
    return std::string(
        "This is not a PIN hash Esprit can check. Run `esprit kiosk-pin` and paste the line it "
        "prints.");
  }
  return std::nullopt;
}

bool staffPinMatches(std::string_view pin, std::string_view hash) {
  if (hash.empty() || pinHashProblem(hash) || pin.size() > kMaximumPinDigits) return false;
  auto data = std::make_unique<crypt_data>();
  const std::string text(pin), setting(hash);
  const char* hashed = crypt_rn(text.c_str(), setting.c_str(), data.get(), sizeof(crypt_data));
  if (hashed == nullptr || hashed[0] == '*') return false;
  const std::string_view computed(hashed);
  bool same = computed.size() == hash.size();
  // Every byte is compared, whatever the first difference, so the time
  // taken tells nothing about how much of a guess was right.
  unsigned char difference = 0;
  for (std::size_t index = 0; index < std::min(computed.size(), hash.size()); ++index) {
    difference |= static_cast<unsigned char>(computed[index] ^ hash[index]);
  }
  std::memset(data.get(), 0, sizeof(crypt_data));
  return same && difference == 0;
}

}  // namespace esprit::kiosk
