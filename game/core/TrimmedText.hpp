// Text without the spaces, tabs and line breaks around it: how importers,
// the editor and the results store tidy what a person typed.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>

namespace esprit {

inline std::string trimmed(std::string_view text) {
  constexpr std::string_view kSpaces = " \t\r\n";
  const std::size_t first = text.find_first_not_of(kSpaces);
  if (first == std::string_view::npos) return {};
  const std::size_t last = text.find_last_not_of(kSpaces);
  return std::string(text.substr(first, last - first + 1));
}

}  // namespace esprit
