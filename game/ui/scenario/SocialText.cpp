// Finds hashtags, mentions and web addresses in a post's text.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/scenario/SocialText.hpp"

#include <algorithm>
#include <cwctype>

namespace esprit::ui {
namespace {

constexpr std::size_t kLongestShownAddress = 30;

bool isSpace(char32_t character) {
  return character == U' ' || character == U'\n' || character == U'\t' || character == 0xA0 ||
         character == 0x202F || character == 0x3000;
}

// Letters and digits of any script; punctuation, symbols and emoji end a tag.
bool isWordCharacter(char32_t character) {
  if (character < 0x80) {
    return (character >= U'a' && character <= U'z') || (character >= U'A' && character <= U'Z') ||
           (character >= U'0' && character <= U'9') || character == U'_';
  }
  bool punctuation_or_symbol = character <= 0xBF || character == 0xD7 || character == 0xF7 ||
                               (character >= 0x2000 && character <= 0x2BFF) ||
                               (character >= 0x3000 && character <= 0x303F) ||
                               (character >= 0xFE00 && character <= 0xFE0F) || character >= 0x1F000;
  return !punctuation_or_symbol;
}

bool startsWithIgnoringCase(std::u32string_view text, std::size_t at, std::u32string_view prefix) {
  if (text.size() - at < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    char32_t character = text[at + i];
    if (character >= U'A' && character <= U'Z') character += U'a' - U'A';
    if (character != prefix[i]) return false;
  }
  return true;
}

// Where a web address starting at `at` ends; `at` itself when none starts there.
std::size_t addressEnd(std::u32string_view text, std::size_t at) {
  if (!startsWithIgnoringCase(text, at, U"https://") &&
      !startsWithIgnoringCase(text, at, U"http://") && !startsWithIgnoringCase(text, at, U"www.")) {
    return at;
  }
  std::size_t end = at;
  while (end < text.size() && !isSpace(text[end])) ++end;
  // A sentence's full stop or closing bracket is not part of the address.
  static constexpr std::u32string_view kTrailing = U".,!?;:)]'\"»…";
  while (end > at && kTrailing.find(text[end - 1]) != std::u32string_view::npos) --end;
  return end;
}

// Where a #tag or @mention starting at `at` ends; `at` when none starts there.
std::size_t tagEnd(std::u32string_view text, std::size_t at) {
  if (text[at] != U'#' && text[at] != U'@') return at;
  std::size_t end = at + 1;
  while (end < text.size() && isWordCharacter(text[end])) ++end;
  return end > at + 1 ? end : at;
}

}  // namespace

std::u32string shortenAddress(std::u32string_view address) {
  for (std::u32string_view scheme : {U"https://", U"http://"}) {
    if (startsWithIgnoringCase(address, 0, scheme)) {
      address.remove_prefix(scheme.size());
      break;
    }
  }
  std::u32string shown(address);
  if (shown.size() > kLongestShownAddress) {
    // Never cut inside the site's name: that is what a reader needs to judge.
    std::size_t site_end = std::min(shown.find(U'/'), shown.size());
    std::size_t keep = std::max(kLongestShownAddress - 1, site_end);
    if (keep < shown.size()) shown = shown.substr(0, keep) + U"…";
  }
  return shown;
}

std::vector<StyledText> styleSocialText(std::string_view utf8, const TextStyle& plain,
                                        const TextStyle& highlighted) {
  std::u32string text = decodeUtf8(utf8);
  std::vector<StyledText> pieces;
  auto append = [&pieces](std::u32string piece, const TextStyle& style) {
    if (piece.empty()) return;
    if (!pieces.empty() && pieces.back().style.colour == style.colour &&
        pieces.back().style.font == style.font) {
      pieces.back().text += piece;
    } else {
      pieces.push_back({std::move(piece), style});
    }
  };

  std::size_t plain_begin = 0;
  std::size_t index = 0;
  while (index < text.size()) {
    bool at_word_start = index == 0 || !isWordCharacter(text[index - 1]);
    std::size_t address_end = at_word_start ? addressEnd(text, index) : index;
    std::size_t tag_end = at_word_start ? tagEnd(text, index) : index;
    if (address_end == index && tag_end == index) {
      ++index;
      continue;
    }
    append(text.substr(plain_begin, index - plain_begin), plain);
    if (address_end > index) {
      append(shortenAddress(std::u32string_view(text).substr(index, address_end - index)),
             highlighted);
      index = address_end;
    } else {
      append(text.substr(index, tag_end - index), highlighted);
      index = tag_end;
    }
    plain_begin = index;
  }
  append(text.substr(plain_begin), plain);
  return pieces;
}

}  // namespace esprit::ui
