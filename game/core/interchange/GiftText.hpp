// The text layer of GIFT shared by its importer and exporter: backslash
// escapes and the [format] markers that say how a piece of text is written.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/interchange/HtmlText.hpp"

#include <string>
#include <string_view>

namespace esprit::interchange {

enum class GiftTextFormat { moodle, html, plain, markdown };

// Replaces each escaped special character (\~ \= \# \{ \} \: \\ and \n) with a
// private-use character, so the parser can split on the real ones.
std::string protectGiftEscapes(std::string_view text);
// Turns the private-use characters back into what they stand for.
std::string restoreGiftEscapes(std::string_view text);

// Reads an optional "[html]"-style marker at the start of `text`, removing it.
// Returns `inherited` when there is none (answers inherit the question's).
GiftTextFormat takeGiftTextFormat(std::string& text, GiftTextFormat inherited);

// Protected GIFT text in `format` -> the plain text Esprit shows.
PlainText giftTextToPlain(std::string_view protected_text, GiftTextFormat format);

// Plain text -> GIFT text with every special character escaped and new lines
// written as \n, so it never breaks a question in two.
std::string escapeGiftText(std::string_view text);

}  // namespace esprit::interchange
