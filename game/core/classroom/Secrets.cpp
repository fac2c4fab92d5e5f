// Codes and tokens from getrandom(2).
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/classroom/Secrets.hpp"

#include "core/classroom/Protocol.hpp"

#include <sys/random.h>

#include <array>
#include <cstdio>
#include <random>

namespace esprit::classroom {
namespace {

void fillRandom(unsigned char* bytes, std::size_t size) {
  std::size_t done = 0;
  while (done < size) {
    const ssize_t got = getrandom(bytes + done, size - done, 0);
    if (got <= 0) break;
    done += static_cast<std::size_t>(got);
  }
  // getrandom only fails on kernels older than 3.17; random_device still
  // reads the kernel's pool there.
  if (done < size) {
    std::random_device device;
    for (; done < size; ++done) bytes[done] = static_cast<unsigned char>(device());
  }
}

}  // namespace

std::string newJoinCode() {
  std::array<unsigned char, 8> bytes{};
  fillRandom(bytes.data(), bytes.size());
  std::uint64_t value = 0;
  for (const auto byte : bytes) value = (value << 8) | byte;
  char text[kJoinCodeDigits + 1];
  std::snprintf(text, sizeof text, "%06llu", static_cast<unsigned long long>(value % 1000000));
  return text;
}

std::string newToken() {
  std::array<unsigned char, kTokenCharacters / 2> bytes{};
  fillRandom(bytes.data(), bytes.size());
  static constexpr char kHex[] = "0123456789abcdef";
  std::string token;
  for (const auto byte : bytes) {
    token += kHex[byte >> 4];
    token += kHex[byte & 0x0F];
  }
  return token;
}

std::uint64_t newSeed() {
  std::array<unsigned char, 8> bytes{};
  fillRandom(bytes.data(), bytes.size());
  std::uint64_t value = 0;
  for (const auto byte : bytes) value = (value << 8) | byte;
  // Kept below 2^53 so it survives any JSON reader and SQLite integer unchanged.
  value >>= 11;
  return value == 0 ? 1 : value;
}

}  // namespace esprit::classroom
