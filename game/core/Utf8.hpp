// UTF-8 read and written in one place: the JSON parser, imported files and
// the renderers' text layout all use these, so the rules of RFC 3629 (no
// overlong forms, no surrogates, nothing past U+10FFFF) are written once.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>

namespace esprit {

// Stands in for bytes that are not UTF-8 and for values that are not characters.
inline constexpr char32_t kReplacementCharacter = 0xFFFD;

struct Utf8Character {
  char32_t code_point = 0;
  std::size_t length = 0;  // in bytes, 1 to 4
};

// The character whose encoding starts at `index`; nullopt where the bytes
// there are not a whole, shortest, valid UTF-8 sequence.
inline std::optional<Utf8Character> readUtf8(std::string_view text, std::size_t index) {
  const auto lead = static_cast<unsigned char>(text[index]);
  if (lead < 0x80) return Utf8Character{lead, 1};
  const std::size_t length = (lead & 0xE0) == 0xC0   ? 2
                             : (lead & 0xF0) == 0xE0 ? 3
                             : (lead & 0xF8) == 0xF0 ? 4
                                                     : 0;
  if (length == 0 || index + length > text.size()) return std::nullopt;
  char32_t code_point = lead & (0x7F >> length);
  for (std::size_t offset = 1; offset < length; ++offset) {
    const auto next = static_cast<unsigned char>(text[index + offset]);
    if ((next & 0xC0) != 0x80) return std::nullopt;
    code_point = (code_point << 6) | (next & 0x3F);
  }
  constexpr char32_t kSmallestOfLength[] = {0, 0, 0x80, 0x800, 0x10000};
  if (code_point < kSmallestOfLength[length] || code_point > 0x10FFFF ||
      (code_point >= 0xD800 && code_point <= 0xDFFF)) {
    return std::nullopt;
  }
  return Utf8Character{code_point, length};
}

// Characters, not bytes: "Zoé" is three. For text already known to be UTF-8.
inline std::size_t countCharacters(std::string_view text) {
  // Every byte that does not continue a UTF-8 sequence (10xxxxxx) starts a
  // character. Eight bytes at a time: the validator measures every option of
  // a 10,000-question pack, and a byte loop showed in the benchmark.
  constexpr std::uint64_t kHighBits = 0x8080808080808080ull;
  std::size_t continuations = 0;
  std::size_t index = 0;
  for (; index + sizeof(std::uint64_t) <= text.size(); index += sizeof(std::uint64_t)) {
    std::uint64_t word;
    std::memcpy(&word, text.data() + index, sizeof word);
    // Bit 7 set and bit 6 (shifted into bit 7's place) clear, in each byte.
    continuations += static_cast<std::size_t>(std::popcount(word & kHighBits & ~(word << 1)));
  }
  for (; index < text.size(); ++index) {
    if ((static_cast<unsigned char>(text[index]) & 0xC0) == 0x80) ++continuations;
  }
  return text.size() - continuations;
}

inline bool isValidUtf8(std::string_view text) {
  for (std::size_t index = 0; index < text.size();) {
    const auto character = readUtf8(text, index);
    if (!character) return false;
    index += character->length;
  }
  return true;
}

// Every byte that starts no valid sequence becomes one replacement character,
// so broken text still shows, and shows where it is broken.
inline std::u32string decodeUtf8(std::string_view text) {
  std::u32string decoded;
  decoded.reserve(text.size());
  for (std::size_t index = 0; index < text.size();) {
    const auto character = readUtf8(text, index);
    decoded.push_back(character ? character->code_point : kReplacementCharacter);
    index += character ? character->length : 1;
  }
  return decoded;
}

// A surrogate or a value past U+10FFFF is written as the replacement character.
inline void appendUtf8(std::string& text, char32_t code_point) {
  if (code_point > 0x10FFFF || (code_point >= 0xD800 && code_point <= 0xDFFF)) {
    code_point = kReplacementCharacter;
  }
  if (code_point < 0x80) {
    text += static_cast<char>(code_point);
  } else if (code_point < 0x800) {
    text += static_cast<char>(0xC0 | (code_point >> 6));
    text += static_cast<char>(0x80 | (code_point & 0x3F));
  } else if (code_point < 0x10000) {
    text += static_cast<char>(0xE0 | (code_point >> 12));
    text += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
    text += static_cast<char>(0x80 | (code_point & 0x3F));
  } else {
    text += static_cast<char>(0xF0 | (code_point >> 18));
    text += static_cast<char>(0x80 | ((code_point >> 12) & 0x3F));
    text += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
    text += static_cast<char>(0x80 | (code_point & 0x3F));
  }
}

inline std::string encodeUtf8(std::u32string_view text) {
  std::string encoded;
  encoded.reserve(text.size());
  for (const char32_t code_point : text) appendUtf8(encoded, code_point);
  return encoded;
}

}  // namespace esprit
