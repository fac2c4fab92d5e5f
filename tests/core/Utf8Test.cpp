// core/Utf8.hpp: the one UTF-8 reader and writer, on good text and on bytes
// that only look like UTF-8.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Utf8.hpp"

#include <doctest/doctest.h>

using namespace esprit;

TEST_CASE("UTF-8 text decodes character by character and encodes back to the same bytes") {
  const std::string text = "Léa ❤ 🍋";
  CHECK(isValidUtf8(text));
  const std::u32string decoded = decodeUtf8(text);
  CHECK(decoded == U"Léa ❤ 🍋");
  CHECK(encodeUtf8(decoded) == text);
  const auto lemon = readUtf8(text, text.size() - 4);
  REQUIRE(lemon.has_value());
  CHECK(lemon->code_point == U'🍋');
  CHECK(lemon->length == 4);
}

TEST_CASE("characters are counted, not bytes, in short and long text alike") {
  CHECK(countCharacters("") == 0);
  CHECK(countCharacters("Zoé") == 3);
  // Longer than one eight-byte step, with a character across the step's edge.
  CHECK(countCharacters("abcdefgé ❤ 🍋 and more") == 21);
}

TEST_CASE("overlong forms, surrogates and cut-off sequences are not UTF-8, byte by byte") {
  CHECK_FALSE(isValidUtf8("\xC0\xAF"));          // overlong "/"
  CHECK_FALSE(isValidUtf8("\xED\xA0\x80"));      // a surrogate
  CHECK_FALSE(isValidUtf8("\xF4\x90\x80\x80"));  // past U+10FFFF
  CHECK_FALSE(isValidUtf8("end \xE2\x82"));      // cut off
  CHECK_FALSE(readUtf8("\xE2\x82", 0).has_value());
  // Each byte that starts no valid sequence stands for one replacement character.
  CHECK(decodeUtf8("\xC0\xAF") == std::u32string(2, kReplacementCharacter));
  CHECK(decodeUtf8("ok \xFF!") == U"ok \uFFFD!");
}

TEST_CASE("a surrogate or a value past U+10FFFF is written as the replacement character") {
  std::string text;
  appendUtf8(text, 0xD800);
  appendUtf8(text, 0x110000);
  appendUtf8(text, U'é');
  CHECK(text == "\uFFFD\uFFFDé");
}
