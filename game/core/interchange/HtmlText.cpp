// Entity decoding and tag stripping for imported HTML snippets.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/interchange/HtmlText.hpp"

#include "core/interchange/TextEncoding.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <optional>
#include <utility>

namespace esprit::interchange {
namespace {

// The named references quiz sites actually emit: the Latin-1 set and common
// typography. Anything else is reported, not guessed.
constexpr std::pair<std::string_view, char32_t> kNamedEntities[] = {
    {"amp", U'&'},      {"lt", U'<'},       {"gt", U'>'},       {"quot", U'"'},
    {"apos", U'\''},    {"nbsp", 0xA0},     {"iexcl", 0xA1},    {"cent", 0xA2},
    {"pound", 0xA3},    {"curren", 0xA4},   {"yen", 0xA5},      {"brvbar", 0xA6},
    {"sect", 0xA7},     {"uml", 0xA8},      {"copy", 0xA9},     {"ordf", 0xAA},
    {"laquo", 0xAB},    {"not", 0xAC},      {"shy", 0xAD},      {"reg", 0xAE},
    {"macr", 0xAF},     {"deg", 0xB0},      {"plusmn", 0xB1},   {"sup2", 0xB2},
    {"sup3", 0xB3},     {"acute", 0xB4},    {"micro", 0xB5},    {"para", 0xB6},
    {"middot", 0xB7},   {"cedil", 0xB8},    {"sup1", 0xB9},     {"ordm", 0xBA},
    {"raquo", 0xBB},    {"frac14", 0xBC},   {"frac12", 0xBD},   {"frac34", 0xBE},
    {"iquest", 0xBF},   {"Agrave", 0xC0},   {"Aacute", 0xC1},   {"Acirc", 0xC2},
    {"Atilde", 0xC3},   {"Auml", 0xC4},     {"Aring", 0xC5},    {"AElig", 0xC6},
    {"Ccedil", 0xC7},   {"Egrave", 0xC8},   {"Eacute", 0xC9},   {"Ecirc", 0xCA},
    {"Euml", 0xCB},     {"Igrave", 0xCC},   {"Iacute", 0xCD},   {"Icirc", 0xCE},
    {"Iuml", 0xCF},     {"ETH", 0xD0},      {"Ntilde", 0xD1},   {"Ograve", 0xD2},
    {"Oacute", 0xD3},   {"Ocirc", 0xD4},    {"Otilde", 0xD5},   {"Ouml", 0xD6},
    {"times", 0xD7},    {"Oslash", 0xD8},   {"Ugrave", 0xD9},   {"Uacute", 0xDA},
    {"Ucirc", 0xDB},    {"Uuml", 0xDC},     {"Yacute", 0xDD},   {"THORN", 0xDE},
    {"szlig", 0xDF},    {"agrave", 0xE0},   {"aacute", 0xE1},   {"acirc", 0xE2},
    {"atilde", 0xE3},   {"auml", 0xE4},     {"aring", 0xE5},    {"aelig", 0xE6},
    {"ccedil", 0xE7},   {"egrave", 0xE8},   {"eacute", 0xE9},   {"ecirc", 0xEA},
    {"euml", 0xEB},     {"igrave", 0xEC},   {"iacute", 0xED},   {"icirc", 0xEE},
    {"iuml", 0xEF},     {"eth", 0xF0},      {"ntilde", 0xF1},   {"ograve", 0xF2},
    {"oacute", 0xF3},   {"ocirc", 0xF4},    {"otilde", 0xF5},   {"ouml", 0xF6},
    {"divide", 0xF7},   {"oslash", 0xF8},   {"ugrave", 0xF9},   {"uacute", 0xFA},
    {"ucirc", 0xFB},    {"uuml", 0xFC},     {"yacute", 0xFD},   {"thorn", 0xFE},
    {"yuml", 0xFF},     {"OElig", 0x152},   {"oelig", 0x153},   {"Scaron", 0x160},
    {"scaron", 0x161},  {"Yuml", 0x178},    {"fnof", 0x192},    {"circ", 0x2C6},
    {"tilde", 0x2DC},   {"ndash", 0x2013},  {"mdash", 0x2014},  {"lsquo", 0x2018},
    {"rsquo", 0x2019},  {"sbquo", 0x201A},  {"ldquo", 0x201C},  {"rdquo", 0x201D},
    {"bdquo", 0x201E},  {"dagger", 0x2020}, {"Dagger", 0x2021}, {"bull", 0x2022},
    {"hellip", 0x2026}, {"permil", 0x2030}, {"prime", 0x2032},  {"Prime", 0x2033},
    {"lsaquo", 0x2039}, {"rsaquo", 0x203A}, {"euro", 0x20AC},   {"trade", 0x2122},
    {"larr", 0x2190},   {"rarr", 0x2192},   {"minus", 0x2212},  {"infin", 0x221E},
    {"ne", 0x2260},     {"le", 0x2264},     {"ge", 0x2265},     {"pi", 0x3C0},
    {"alpha", 0x3B1},   {"beta", 0x3B2},    {"mu", 0x3BC},
};

// Longest entity name we look for, so a stray '&' never scans the whole text.
constexpr std::size_t kLongestReference = 32;

std::optional<char32_t> findNamedEntity(std::string_view name) {
  for (const auto& [entity_name, code_point] : kNamedEntities) {
    if (entity_name == name) return code_point;
  }
  return std::nullopt;
}

std::optional<char32_t> parseNumericReference(std::string_view digits) {
  int base = 10;
  if (!digits.empty() && (digits.front() == 'x' || digits.front() == 'X')) {
    base = 16;
    digits.remove_prefix(1);
  }
  if (digits.empty()) return std::nullopt;
  std::uint32_t value = 0;
  const auto [end, error] =
      std::from_chars(digits.data(), digits.data() + digits.size(), value, base);
  if (error != std::errc{} || end != digits.data() + digits.size()) return std::nullopt;
  if (value == 0 || value > 0x10FFFF) return 0xFFFD;
  return static_cast<char32_t>(value);
}

bool isBlockBreak(std::string_view tag_name) {
  static constexpr std::array<std::string_view, 12> kBreaking = {
      "br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote"};
  return std::find(kBreaking.begin(), kBreaking.end(), tag_name) != kBreaking.end();
}

bool hasNoTextForm(std::string_view tag_name) {
  static constexpr std::array<std::string_view, 6> kMedia = {"img",   "audio",  "video",
                                                             "embed", "object", "iframe"};
  return std::find(kMedia.begin(), kMedia.end(), tag_name) != kMedia.end();
}

std::string lowerAscii(std::string_view text) {
  std::string lower(text);
  for (char& character : lower) {
    character = static_cast<char>(std::tolower(static_cast<unsigned char>(character)));
  }
  return lower;
}

// Collapses runs of spaces (HTML ignores them) but keeps explicit new lines.
std::string collapseSpaces(std::string_view text) {
  std::string result;
  bool pending_space = false;
  for (const char character : text) {
    if (character == '\n') {
      while (!result.empty() && result.back() == ' ') result.pop_back();
      if (!result.empty() && !(result.size() >= 2 && result.ends_with("\n\n"))) result += '\n';
      pending_space = false;
    } else if (character == ' ' || character == '\t' || character == '\r') {
      pending_space = true;
    } else {
      if (pending_space && !result.empty() && result.back() != '\n') result += ' ';
      pending_space = false;
      result += character;
    }
  }
  while (!result.empty() && (result.back() == '\n' || result.back() == ' ')) result.pop_back();
  return result;
}

}  // namespace

PlainText decodeHtmlEntities(std::string_view text) {
  PlainText result;
  result.text.reserve(text.size());
  std::size_t index = 0;
  while (index < text.size()) {
    if (text[index] != '&') {
      result.text += text[index++];
      continue;
    }
    const std::size_t semicolon = text.find(';', index + 1);
    if (semicolon == std::string_view::npos || semicolon - index > kLongestReference) {
      result.text += text[index++];
      continue;
    }
    const std::string_view name = text.substr(index + 1, semicolon - index - 1);
    std::optional<char32_t> code_point;
    if (!name.empty() && name.front() == '#') {
      code_point = parseNumericReference(name.substr(1));
    } else {
      code_point = findNamedEntity(name);
    }
    const bool looks_like_reference =
        !name.empty() && std::all_of(name.begin(), name.end(), [](char character) {
          return std::isalnum(static_cast<unsigned char>(character)) || character == '#';
        });
    if (!code_point) {
      // "AT&T; fine" is text, not a reference: only names that look like one are reported.
      if (looks_like_reference) {
        result.unknown_entities.emplace_back(text.substr(index, semicolon - index + 1));
      }
      result.text += text[index++];
      continue;
    }
    appendUtf8(result.text, *code_point);
    index = semicolon + 1;
  }
  return result;
}

PlainText htmlToPlainText(std::string_view html) {
  std::string without_tags;
  std::vector<std::string> dropped;
  std::size_t index = 0;
  while (index < html.size()) {
    const char character = html[index];
    if (character == '\n' || character == '\r') {
      without_tags += ' ';  // in HTML a line break in the source is just a space
      ++index;
      continue;
    }
    if (character != '<') {
      without_tags += character;
      ++index;
      continue;
    }
    const std::size_t close = html.find('>', index + 1);
    if (close == std::string_view::npos) {
      without_tags += html.substr(index);  // a lone '<' is text ("a < b")
      break;
    }
    std::string_view tag = html.substr(index + 1, close - index - 1);
    if (tag.starts_with("!--")) {
      const std::size_t comment_end = html.find("-->", index);
      index = comment_end == std::string_view::npos ? html.size() : comment_end + 3;
      continue;
    }
    if (!tag.empty() && tag.front() == '/') tag.remove_prefix(1);
    std::size_t name_end = 0;
    while (name_end < tag.size() && std::isalnum(static_cast<unsigned char>(tag[name_end]))) {
      ++name_end;
    }
    if (name_end == 0) {
      without_tags += '<';  // "<3" or "< 5": not a tag
      ++index;
      continue;
    }
    const std::string name = lowerAscii(tag.substr(0, name_end));
    if (isBlockBreak(name)) without_tags += '\n';
    if (hasNoTextForm(name) && std::find(dropped.begin(), dropped.end(), name) == dropped.end()) {
      dropped.push_back(name);
    }
    index = close + 1;
  }
  PlainText result = decodeHtmlEntities(collapseSpaces(without_tags));
  // A decoded no-break space is still a space for the player.
  std::string cleaned;
  cleaned.reserve(result.text.size());
  for (std::size_t position = 0; position < result.text.size(); ++position) {
    if (result.text.compare(position, 2, "\xC2\xA0") == 0) {
      cleaned += ' ';
      ++position;
    } else {
      cleaned += result.text[position];
    }
  }
  result.text = std::move(cleaned);
  result.dropped_elements = std::move(dropped);
  return result;
}

}  // namespace esprit::interchange
