// Brings the text of an imported file to clean UTF-8: spreadsheets often save
// CSV in Windows-1252 and put a byte order mark in front, and Esprit packs are
// UTF-8 only.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Utf8.hpp"

#include <string>
#include <string_view>

namespace esprit::interchange {

struct DecodedText {
  std::string text;
  bool had_byte_order_mark = false;
  bool was_windows_1252 = false;  // not UTF-8, so read as Western European Windows text
};

// Strips a UTF-8 byte order mark and, when the rest is not UTF-8, converts it
// from Windows-1252 (which also covers Latin-1), the usual spreadsheet default.
DecodedText decodeImportedText(std::string_view bytes);

}  // namespace esprit::interchange
