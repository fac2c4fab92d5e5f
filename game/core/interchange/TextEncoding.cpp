// UTF-8 checks and the Windows-1252 fallback for imported files.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/interchange/TextEncoding.hpp"

#include <array>

namespace esprit::interchange {
namespace {

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

// Windows-1252 differs from Latin-1 only in 0x80..0x9F; undefined bytes map to
// U+FFFD so nothing is silently lost.
constexpr std::array<char32_t, 32> kWindows1252High = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};

}  // namespace

DecodedText decodeImportedText(std::string_view bytes) {
  DecodedText decoded;
  if (bytes.starts_with(kByteOrderMark)) {
    bytes.remove_prefix(kByteOrderMark.size());
    decoded.had_byte_order_mark = true;
  }
  if (isValidUtf8(bytes)) {
    decoded.text = std::string(bytes);
    return decoded;
  }
  decoded.was_windows_1252 = true;
  decoded.text.reserve(bytes.size() + bytes.size() / 8);
  for (const char byte : bytes) {
    const auto value = static_cast<unsigned char>(byte);
    if (value >= 0x80 && value < 0xA0) {
      appendUtf8(decoded.text, kWindows1252High[value - 0x80]);
    } else {
      appendUtf8(decoded.text, value);
    }
  }
  return decoded;
}

}  // namespace esprit::interchange
