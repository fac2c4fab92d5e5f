// The one language-tag check: what a pack's "language", a settings file, an
// import's --language and the translation tables accept, and how a tag
// ("fr-BE", "nl_BE.UTF-8") comes down to the language its words are in.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>

namespace esprit {

// BCP 47 as packs use it: two or three letters, then parts of 2 to 8 letters
// or digits after '-': "en", "fr-BE", "zh-Hant".
bool isLanguageTag(std::string_view tag);

// The primary language in lower case: "fr-BE" and "fr_BE" give "fr".
std::string primaryLanguage(std::string_view tag);

// "fr_BE.UTF-8" → "fr"; the language a new player probably wants, from a
// locale variable's value; empty for none, "C" or "POSIX".
std::string languageFromLocale(const char* locale_value);

}  // namespace esprit
