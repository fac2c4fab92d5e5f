// Turns byte offsets into the line and column a teacher sees in an editor.
// Line starts are indexed once, only when a problem needs them.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string_view>
#include <vector>

namespace esprit {

struct TextPosition {
  int line = 1;    // 1-based
  int column = 1;  // 1-based, in characters (UTF-8 code points), tabs count as one
};

class SourceText {
 public:
  explicit SourceText(std::string_view text) : text_(text) {}

  TextPosition positionOf(std::size_t offset) const;

 private:
  std::string_view text_;
  mutable std::vector<std::size_t> line_starts_;
};

}  // namespace esprit
