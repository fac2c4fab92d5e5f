// HTML entity decoding and tag removal for imported text.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/interchange/HtmlText.hpp"

#include <doctest/doctest.h>

using namespace esprit::interchange;

TEST_CASE("named, decimal and hexadecimal HTML entities are decoded") {
  CHECK(decodeHtmlEntities("&quot;A&quot; &amp; &#039;B&#39; &lt;&gt;").text == "\"A\" & 'B' <>");
  CHECK(decodeHtmlEntities("caf&eacute; &#233; &#xE9; &#XE9;").text == "café é é é");
  CHECK(decodeHtmlEntities("&ldquo;x&rdquo; &hellip; &mdash; &euro;").text == "“x” … — €");
}

TEST_CASE("an unknown entity is kept as written and listed") {
  const PlainText decoded = decodeHtmlEntities("a &nosuch; b");
  CHECK(decoded.text == "a &nosuch; b");
  CHECK(decoded.unknown_entities == std::vector<std::string>{"&nosuch;"});
}

TEST_CASE("an ampersand that is not an entity stays text") {
  const PlainText decoded = decodeHtmlEntities("Tom & Jerry; R&D");
  CHECK(decoded.text == "Tom & Jerry; R&D");
  CHECK(decoded.unknown_entities.empty());
}

TEST_CASE("HTML becomes plain text with paragraphs apart and line breaks kept") {
  CHECK(htmlToPlainText("<p>One <b>bold</b>\n word.</p><p>Two<br/>lines</p>").text ==
        "One bold word.\n\nTwo\nlines");
  CHECK(htmlToPlainText("3 < 5 and <3").text == "3 < 5 and <3");
  CHECK(htmlToPlainText("a<!-- hidden -->b").text == "ab");
}

TEST_CASE("HTML elements with no text form are listed") {
  const PlainText plain = htmlToPlainText("See <img src=x.png> and <IMG src=y.png>");
  CHECK(plain.text == "See and");
  CHECK(plain.dropped_elements == std::vector<std::string>{"img"});
}
