// Reads a picture's pixel size from its PNG or JPEG header without decoding it.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ImageHeader.hpp"

#include <cstdint>

namespace esprit {
namespace {

unsigned readBigEndian(std::string_view bytes, std::size_t at, std::size_t count) {
  unsigned value = 0;
  for (std::size_t i = 0; i < count; ++i) {
    value = (value << 8) | static_cast<unsigned char>(bytes[at + i]);
  }
  return value;
}

std::optional<ImageSize> readPngSize(std::string_view bytes) {
  // Signature (8 bytes), then the IHDR chunk: length, type, width, height.
  constexpr std::size_t kIhdrTypeAt = 12;
  constexpr std::size_t kWidthAt = 16;
  constexpr std::size_t kHeightAt = 20;
  if (bytes.size() < kHeightAt + 4 || bytes.substr(kIhdrTypeAt, 4) != "IHDR") return std::nullopt;
  return ImageSize{readBigEndian(bytes, kWidthAt, 4), readBigEndian(bytes, kHeightAt, 4)};
}

bool isStartOfFrame(unsigned char marker) {
  // SOF0..SOF15, except DHT (C4), JPG (C8) and DAC (CC), which share the range.
  return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
}

std::optional<ImageSize> readJpegSize(std::string_view bytes) {
  std::size_t at = 2;
  while (at + 4 <= bytes.size()) {
    if (static_cast<unsigned char>(bytes[at]) != 0xFF) return std::nullopt;
    auto marker = static_cast<unsigned char>(bytes[at + 1]);
    if (marker == 0xFF) {  // fill byte
      ++at;
      continue;
    }
    bool stands_alone = marker == 0x01 || (marker >= 0xD0 && marker <= 0xD9);
    if (stands_alone) {
      at += 2;
      continue;
    }
    std::size_t segment_length = readBigEndian(bytes, at + 2, 2);
    if (segment_length < 2) return std::nullopt;
    if (isStartOfFrame(marker)) {
      // Segment: length (2), precision (1), height (2), width (2).
      if (at + 9 > bytes.size()) return std::nullopt;
      return ImageSize{readBigEndian(bytes, at + 7, 2), readBigEndian(bytes, at + 5, 2)};
    }
    at += 2 + segment_length;
  }
  return std::nullopt;
}

}  // namespace

std::optional<ImageSize> readImageSize(std::string_view bytes) {
  static constexpr std::string_view kPngSignature{"\x89PNG\r\n\x1a\n", 8};
  if (bytes.substr(0, kPngSignature.size()) == kPngSignature) return readPngSize(bytes);
  if (bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0xFF &&
      static_cast<unsigned char>(bytes[1]) == 0xD8) {
    return readJpegSize(bytes);
  }
  return std::nullopt;
}

}  // namespace esprit
