// Turns the HTML found in quiz exports into the plain text Esprit shows:
// entities decoded (named, decimal and hexadecimal) and, for HTML formatted
// text, tags removed with paragraphs and line breaks kept as new lines.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace esprit::interchange {

struct PlainText {
  std::string text;
  std::vector<std::string> unknown_entities;  // "&foo;" left as written, for the report
  std::vector<std::string> dropped_elements;  // "img", "audio": content that has no text form
};

// Decodes character references; unknown names are kept as written and listed.
PlainText decodeHtmlEntities(std::string_view text);

// Removes tags, keeps paragraph and line breaks, decodes entities and trims.
PlainText htmlToPlainText(std::string_view html);

}  // namespace esprit::interchange
