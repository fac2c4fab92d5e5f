// Escapes and text formats of GIFT.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/interchange/GiftText.hpp"

#include "core/TrimmedText.hpp"
#include "core/interchange/TextEncoding.hpp"

#include <array>

namespace esprit::interchange {
namespace {

// The characters a backslash can escape, and the private-use code point
// (U+E000 + position) standing for each while the question is parsed.
constexpr std::string_view kEscapable = ":#={}~\\n";
constexpr char32_t kFirstPrivateUse = 0xE000;

std::string placeholderFor(std::size_t position) {
  std::string text;
  appendUtf8(text, kFirstPrivateUse + static_cast<char32_t>(position));
  return text;
}

// Markdown shown as plain text: emphasis marks and heading hashes go, the
// words and line breaks stay.
std::string markdownToPlain(std::string_view text) {
  std::string result;
  bool at_line_start = true;
  for (std::size_t index = 0; index < text.size(); ++index) {
    const char character = text[index];
    if (at_line_start && character == '#') {
      while (index < text.size() && text[index] == '#') ++index;
      while (index < text.size() && text[index] == ' ') ++index;
      --index;
      at_line_start = false;
      continue;
    }
    if ((character == '*' || character == '_') && index + 1 < text.size() &&
        text[index + 1] == character) {
      ++index;
      continue;
    }
    result += character;
    at_line_start = character == '\n';
  }
  return result;
}

std::string replaceNewLinesWithBreaks(std::string_view text) {
  std::string result;
  for (const char character : text) {
    if (character == '\n') {
      result += "<br>";
    } else {
      result += character;
    }
  }
  return result;
}

}  // namespace

std::string protectGiftEscapes(std::string_view text) {
  std::string result;
  result.reserve(text.size());
  for (std::size_t index = 0; index < text.size(); ++index) {
    if (text[index] == '\\' && index + 1 < text.size()) {
      const std::size_t position = kEscapable.find(text[index + 1]);
      if (position != std::string_view::npos) {
        result += placeholderFor(position);
        ++index;
        continue;
      }
    }
    result += text[index];
  }
  return result;
}

std::string restoreGiftEscapes(std::string_view text) {
  std::array<std::string, kEscapable.size()> placeholders;
  for (std::size_t position = 0; position < kEscapable.size(); ++position) {
    placeholders[position] = placeholderFor(position);
  }
  std::string result;
  result.reserve(text.size());
  for (std::size_t index = 0; index < text.size();) {
    bool replaced = false;
    for (std::size_t position = 0; position < placeholders.size(); ++position) {
      if (text.compare(index, placeholders[position].size(), placeholders[position]) == 0) {
        result += kEscapable[position] == 'n' ? '\n' : kEscapable[position];
        index += placeholders[position].size();
        replaced = true;
        break;
      }
    }
    if (!replaced) result += text[index++];
  }
  return result;
}

GiftTextFormat takeGiftTextFormat(std::string& text, GiftTextFormat inherited) {
  const std::size_t start = text.find_first_not_of(" \t\r\n");
  if (start == std::string::npos || text[start] != '[') return inherited;
  const std::size_t end = text.find(']', start);
  if (end == std::string::npos) return inherited;
  const std::string_view name = std::string_view(text).substr(start + 1, end - start - 1);
  GiftTextFormat format;
  if (name == "html") {
    format = GiftTextFormat::html;
  } else if (name == "plain") {
    format = GiftTextFormat::plain;
  } else if (name == "markdown") {
    format = GiftTextFormat::markdown;
  } else if (name == "moodle") {
    format = GiftTextFormat::moodle;
  } else {
    return inherited;  // "[1] first step" is text, not a marker
  }
  text.erase(0, end + 1);
  return format;
}

PlainText giftTextToPlain(std::string_view protected_text, GiftTextFormat format) {
  const std::string text = trimmed(protected_text);
  switch (format) {
    case GiftTextFormat::plain:
      return PlainText{restoreGiftEscapes(text), {}, {}};
    case GiftTextFormat::markdown:
      return PlainText{trimmed(markdownToPlain(restoreGiftEscapes(text))), {}, {}};
    case GiftTextFormat::html:
      return htmlToPlainText(restoreGiftEscapes(text));
    case GiftTextFormat::moodle:
      break;
  }
  // Moodle's own format is HTML in which a line break is kept as a break;
  // escapes are restored last so an escaped \n survives as a new line too.
  PlainText plain = htmlToPlainText(replaceNewLinesWithBreaks(text));
  plain.text = restoreGiftEscapes(plain.text);
  return plain;
}

std::string escapeGiftText(std::string_view text) {
  std::string result;
  result.reserve(text.size() + text.size() / 8);
  for (const char character : text) {
    if (character == '\n') {
      result += "\\n";
    } else if (character == '\r') {
      continue;
    } else {
      if (kEscapable.find(character) != std::string_view::npos && character != 'n') result += '\\';
      result += character;
    }
  }
  return result;
}

}  // namespace esprit::interchange
